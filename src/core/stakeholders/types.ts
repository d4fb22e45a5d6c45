/** The shapes of stakeholders (PRODUCT.md §9 "Stakeholders"), shared by initiatives and documents. */
import type { Db } from '../../storage/database.js';
import type { Actor } from '../types.js';
import type { RiskGrade } from '../initiatives/scope-summary.js';
import type { StakeholderRole, Stance, StanceChange } from './stakeholder-rules.js';

export interface Stakeholder {
  id: string;
  initiativeId: string | null;
  documentId: string | null;
  personId: string | null;
  teamId: string | null;
  name: string | null;
  role: StakeholderRole;
  stance: Stance;
  /** Where they sit on the influence/interest grid; null until placed. */
  influence: RiskGrade | null;
  interest: RiskGrade | null;
  lastContactOn: string | null;
  note: string;
  stale: boolean;
  history: StanceChange[];
  createdAt: string;
  updatedAt: string;
}

export interface NewStakeholder {
  initiativeId?: string | undefined;
  documentId?: string | undefined;
  personId?: string | undefined;
  teamId?: string | undefined;
  name?: string | undefined;
  role: StakeholderRole;
  stance?: Stance | undefined;
  influence?: RiskGrade | null | undefined;
  interest?: RiskGrade | null | undefined;
  lastContactOn?: string | null | undefined;
  note?: string | undefined;
}

export interface StakeholderPatch {
  name?: string | undefined;
  role?: StakeholderRole | undefined;
  stance?: Stance | undefined;
  influence?: RiskGrade | null | undefined;
  interest?: RiskGrade | null | undefined;
  lastContactOn?: string | null | undefined;
  note?: string | undefined;
}

export const PARENT_KINDS = ['initiative', 'document'] as const;
export type ParentKind = (typeof PARENT_KINDS)[number];

/** A stakeholder's parent as the rules need it. */
export interface StakeholderParent {
  ownerId: string;
  /** Not done or dropped (initiative); not approved, rejected, superseded or abandoned (document). */
  open: boolean;
}

/**
 * How the stakeholders service reaches a kind of parent: `forRead` answers the parent when the
 * caller may see it (404 otherwise), `forWrite` when the caller may change it (404/403), both
 * inside the caller's transaction `db`.
 */
export interface ParentAccess {
  forRead(actor: Actor, id: string, db: Db): Promise<StakeholderParent>;
  forWrite(actor: Actor, id: string, db: Db): Promise<StakeholderParent>;
}
