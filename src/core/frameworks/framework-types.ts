/**
 * The shapes of a career framework (PRODUCT.md §2, §3.1) as `parseFrameworkFile` returns it,
 * the errors it reports, and the small helpers every reader of a framework needs.
 */

export interface Level {
  id: string;
  name: string;
  summary: string;
}

export interface DimensionLevel {
  description: string;
  /** Observable signals: each can be checked against one piece of work. */
  signals: string[];
}

export interface NamedItem {
  id: string;
  name: string;
}

export interface ScopeQuestion {
  id: string;
  text: string;
}

export interface Dimension {
  id: string;
  name: string;
  summary: string;
  /** The core idea of the dimension in a sentence or two. */
  principle?: string;
  /** Questions that test a problem against the dimension (the five scope questions). */
  questions?: ScopeQuestion[];
  /** Kinds of written artifacts the dimension is shown through. */
  artifacts?: NamedItem[];
  /** Behaviours or practices the dimension is built from. */
  practices?: string[];
  /** Kinds of business impact (ids match evidence `impact`). */
  impactKinds?: NamedItem[];
  /** One entry per framework level, keyed by level id. */
  levels: Record<string, DimensionLevel>;
}

/** Minimum counts; a key that is absent is no requirement. */
export interface ReadinessThresholds {
  minEvidence?: number;
  minTeams?: number;
  minMeasured?: number;
  /** For the documents source, once it feeds readiness. */
  minDocuments?: number;
  /** For the outcomes source, once it feeds readiness. */
  minOutcomes?: number;
  /** For the mentoring source, once it feeds readiness. */
  minMentees?: number;
  /** Reviews given on other people's documents in the window (the documents source). */
  minReviews?: number;
}

export const THRESHOLD_KEYS = ['minEvidence', 'minTeams', 'minMeasured', 'minDocuments', 'minOutcomes', 'minMentees', 'minReviews'] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export interface ReadinessOverride {
  recentMonths?: number;
  strong?: ReadinessThresholds;
  developing?: ReadinessThresholds;
}

export interface ReadinessLevelOverride extends ReadinessOverride {
  dimensions?: Record<string, ReadinessOverride>;
}

export interface ReadinessConfig {
  /** Default evidence window in months. */
  windowMonths: number;
  /** Newest tagged evidence older than this many months → not strong. */
  recentMonths: number;
  strong: ReadinessThresholds;
  developing: ReadinessThresholds;
  /** Per-dimension overrides, merged over the defaults. */
  dimensions?: Record<string, ReadinessOverride>;
  /** Per-target-level overrides, merged over the per-dimension ones. */
  levels?: Record<string, ReadinessLevelOverride>;
}

export const SCOPE_RULE_KEYS = ['minTeams', 'minOutsideTeams', 'minOneWayDecisions', 'minOpenHighRisks'] as const;
export type ScopeRuleKey = (typeof SCOPE_RULE_KEYS)[number];

/**
 * One alternative of a level's scope bar: minimum counts from an initiative's scope canvas,
 * all of which must be met. A key that is absent is no requirement.
 */
export interface ScopeRule {
  /** Distinct organisation teams the initiative affects. */
  minTeams?: number;
  /** Of those, teams that are not the owner's own. */
  minOutsideTeams?: number;
  /** Decisions recorded as not reversible. */
  minOneWayDecisions?: number;
  /** Open risks whose likelihood or severity is high. */
  minOpenHighRisks?: number;
}

/** A level's scope bar: the scope meets the level when one alternative is met in full. */
export interface ScopeThresholds {
  anyOf: ScopeRule[];
}

export interface ScopeConfig {
  /** Keyed by level id; a level without an entry has no scope bar. */
  levels: Record<string, ScopeThresholds>;
}

export const PLAN_DETECTORS = [
  'manager-expectations',
  'initiative-exists',
  'plan-before-implementation',
  'stakeholders-added',
  'active-mentee',
  'outcome-measured',
  'packet-drafted',
] as const;
export type PlanDetector = (typeof PLAN_DETECTORS)[number];

export interface PlanStep {
  id: string;
  title: string;
  description: string;
  detector: PlanDetector;
}

export interface Framework {
  id: string;
  name: string;
  version: number;
  description: string;
  /** Ordered from the lowest level to the highest. */
  levels: Level[];
  dimensions: Dimension[];
  readiness: ReadinessConfig;
  /** When an initiative's scope reads as a level; absent means no level has a scope bar. */
  scope?: ScopeConfig;
  plan: PlanStep[];
}

export interface FrameworkFileError {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** Path of the field, `dimensions[2].levels.staff.signals`; empty for the whole file. */
  field: string;
  /** The same field as a JSON Pointer (`/dimensions/2/levels/staff/signals`), for problem+json. */
  pointer: string;
  message: string;
}

export type ParseFrameworkResult = { framework: Framework } | { errors: FrameworkFileError[] };

/** Position of a level in the framework's order (0 = lowest), or -1 when it has no such level. */
export function levelRank(framework: Framework, levelId: string): number {
  return framework.levels.findIndex((l) => l.id === levelId);
}

/** The scope bar the framework sets for a level, or null when it sets none (or has no such level). */
export function scopeThresholdsFor(framework: Framework, levelId: string): ScopeThresholds | null {
  const levels = framework.scope?.levels;
  return levels && Object.hasOwn(levels, levelId) ? (levels[levelId] ?? null) : null;
}
