/**
 * The API's shapes. Domain types come from the core with `import type` (erased from the
 * bundle), so the web app and the server cannot drift apart; only client-side shapes are
 * declared here.
 */
import type { AccessToken, Audience, Person, TokenScope } from '../../core/types.js';
import type { Evidence } from '../../core/evidence/types.js';
import type { ReadinessResult } from '../../core/readiness/readiness.js';
import type { PlanStepState } from '../../core/plan/plan.service.js';

export type { AccessToken, Page, Person, Role, Team } from '../../core/types.js';
export type { Evidence, Impact, Metric } from '../../core/evidence/types.js';
export type { Dimension, DimensionLevel, Framework, Level, NamedItem, ScopeQuestion } from '../../core/frameworks/framework-file.js';
export type { StoredFramework } from '../../core/frameworks/frameworks.service.js';
export type { Assessment, AssessmentKind, Rating, RatingInput } from '../../core/assessments/assessments.service.js';
export type { DimensionFacts, DimensionReadiness, ReadinessReason, ReadinessStatus } from '../../core/readiness/readiness.js';
export type { PlanStepState } from '../../core/plan/plan.service.js';
export type { Notification } from '../../core/notifications.js';

/** Who may see an entry; the empty set is private. */
export type AudienceMember = Audience;

export interface Session {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string | null;
  userAgent: string | null;
}

export type Scope = TokenScope;

export interface CreatedToken extends Omit<AccessToken, 'lastUsedAt'> {
  token: string;
}

export interface SessionAnswer {
  person: Person;
  csrfToken: string | null;
}

/** A list item: with `q`, an HTML-escaped `snippet` with matches in `<mark>`; in the trash, `deletedAt`. */
export interface EvidenceListItem extends Evidence {
  snippet?: string;
  deletedAt?: string | null;
}

/** What a client writes (server fields left out). */
export type EvidenceInput = Omit<Evidence, 'id' | 'ownerId' | 'source' | 'createdAt' | 'updatedAt' | 'initiativeId' | 'audience'> & {
  audience: AudienceMember[];
};

/** `GET /people/:id/readiness`. */
export interface Readiness extends ReadinessResult {
  personId: string;
  frameworkId: string;
}

/** `GET /people/:id/plan`: the starting plan with its progress. */
export interface Plan {
  personId: string;
  steps: PlanStepState[];
  done: number;
  total: number;
}
