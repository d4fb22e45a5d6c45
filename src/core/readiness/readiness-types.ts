/**
 * The shapes of readiness: the facts a caller gathers, the explained status per dimension it
 * gets back, and the stable reason codes.
 */
import type { Framework, ReadinessThresholds } from '../frameworks/framework-file.js';

export type ReadinessStatus = 'strong' | 'developing' | 'gap';

/** Every reason code readiness gives; codes are stable, the texts are for people and may change. */
export const READINESS_REASON_CODES = [
  'meets_thresholds',
  'no_evidence',
  'few_evidence',
  'no_teams',
  'single_team',
  'few_teams',
  'own_team_only',
  'few_measured',
  'no_recent_evidence',
  'few_documents',
  'few_outcomes',
  'few_mentees',
  'few_reviews',
  'manager_rates_below',
  'manager_rates_approaching',
  'manager_rates_at_level',
  'initiative_meets_level',
  'initiative_below_level',
] as const;
export type ReadinessReasonCode = (typeof READINESS_REASON_CODES)[number];

export interface ReadinessReason {
  /** One of READINESS_REASON_CODES. */
  code: string;
  text: string;
}

export interface EvidenceFact {
  id: string;
  /** `YYYY-MM-DD` */
  occurredOn: string;
  dimensions: string[];
  /** Team keys (organisation team slugs, or outside group names). */
  teams: string[];
  /** Has at least one metric. */
  measured: boolean;
}

export interface InitiativeFact {
  title: string;
  /** The scope summary's verdict against the target level. */
  meetsLevel: boolean;
  /** The summary's first reason, in words. */
  summary: string;
}

export interface AssessmentFact {
  kind: 'self' | 'manager' | 'peer';
  /** When it was shared (ISO date or time); only shared assessments count. */
  sharedAt: string;
  ratings: { dimension: string; level: string; towards: string | null }[];
}

export interface ReadinessInput {
  framework: Framework;
  /** Target level id. */
  level: string;
  /** `YYYY-MM-DD` */
  today: string;
  /** Defaults to the framework's `readiness.windowMonths`. */
  windowMonths?: number;
  /** A source that is absent (undefined) adds no reasons and no gaps. */
  sources: {
    evidence?: EvidenceFact[];
    assessments?: AssessmentFact[];
    /** Documents approved in the window (counted; the caller filters). */
    documents?: unknown[];
    /** Other people's documents reviewed in the window (counted; the caller filters). */
    reviews?: unknown[];
    /** Outcomes with a measurement in the window (counted; the caller filters). */
    outcomes?: unknown[];
    /** The person's initiatives that are not dropped, with their scope verdicts (reasons of the scope dimension). */
    initiatives?: InitiativeFact[];
    /** Active mentorships where the person is the mentor (counted). */
    mentoring?: unknown[];
  };
  /** The person's own team keys. */
  ownTeamKeys: string[];
}

export interface DimensionFacts {
  /** Tagged evidence in the window. */
  evidence: number;
  /** Distinct teams across that evidence. */
  teams: number;
  /** Of that evidence, entries with a metric. */
  measured: number;
  /** Newest tagged evidence date in the window. */
  latest: string | null;
  selfRating: string | null;
  selfTowards: string | null;
  managerRating: string | null;
  managerTowards: string | null;
  /** Counts of the later sources; null while the source is absent. */
  documents: number | null;
  outcomes: number | null;
  mentees: number | null;
  reviews: number | null;
}

export interface DimensionReadiness {
  id: string;
  name: string;
  status: ReadinessStatus;
  reasons: ReadinessReason[];
  facts: DimensionFacts;
}

export interface ReadinessResult {
  level: string;
  windowMonths: number;
  dimensions: DimensionReadiness[];
}

export interface ResolvedThresholds {
  recentMonths: number;
  strong: ReadinessThresholds;
  developing: ReadinessThresholds;
}
