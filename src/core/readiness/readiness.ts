/**
 * Readiness (PRODUCT.md §3.10, §8 "Readiness"): for each dimension of a framework, an
 * explained status — strong, developing or gap — against a target level. Pure: the caller
 * gathers the facts (already limited to what the asking person may see) and this module
 * applies the rules. Every threshold comes from the framework's `readiness` block.
 *
 * The rules, per dimension:
 * - Evidence counts when it is tagged with the dimension and dated inside the window
 *   (`today` minus `windowMonths` calendar months, up to and including `today`).
 * - "Teams reached" is the number of distinct team keys (case-insensitive) across that
 *   evidence, the person's own teams included. When every team reached is one of the person's
 *   own teams and the strong threshold asks for two or more teams, that is a reason too
 *   (`own_team_only`) and the dimension is not strong: reach means beyond one's own team.
 * - Gap: the evidence source is present and nothing tagged falls in the window, or any
 *   `developing` threshold is missed.
 * - Strong: every `strong` threshold is met, the newest tagged entry is no older than
 *   `recentMonths`, and the latest shared manager assessment does not rate the dimension
 *   below the target level (a rating "towards" the target is approaching: developing at best).
 * - Developing: everything else.
 * - Thresholds merge from the general to the specific: `strong`/`developing` →
 *   `dimensions.<dim>` → `levels.<target>` → `levels.<target>.dimensions.<dim>`.
 * - A source that is absent (undefined) adds no reasons and no gaps; its thresholds are
 *   skipped. Later sources (documents, outcomes, mentoring) count the items the caller passes,
 *   which the caller limits to the window.
 * - Levels are compared by their order in the framework.
 */
import { addMonths, isIsoDate } from '../../shared/dates.js';
import { invalid } from '../errors.js';
import {
  levelRank,
  type Framework,
  type ReadinessOverride,
  type ReadinessThresholds,
  type ThresholdKey,
} from '../frameworks/framework-file.js';

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
  'manager_rates_below',
  'manager_rates_approaching',
  'manager_rates_at_level',
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
    /** Documents written in the window (counted; the caller filters). */
    documents?: unknown[];
    /** Outcomes measured in the window (counted; the caller filters). */
    outcomes?: unknown[];
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

// ---------------------------------------------------------------------------------------------
// Dates

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Calendar arithmetic lives in the one date module; re-exported for the readiness service. */
export { addMonths };

/** `2026-03-14` → `March 2026`. */
export function monthName(date: string): string {
  const m = DATE.exec(date);
  if (!m) return date;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

// ---------------------------------------------------------------------------------------------
// Thresholds

function merge(into: ResolvedThresholds, o: ReadinessOverride | undefined): void {
  if (!o) return;
  if (o.recentMonths !== undefined) into.recentMonths = o.recentMonths;
  if (o.strong) into.strong = { ...into.strong, ...o.strong };
  if (o.developing) into.developing = { ...into.developing, ...o.developing };
}

/** The thresholds that apply to one dimension at one target level, after every override. */
export function resolveThresholds(framework: Framework, level: string, dimension: string): ResolvedThresholds {
  const r = framework.readiness;
  const out: ResolvedThresholds = { recentMonths: r.recentMonths, strong: { ...r.strong }, developing: { ...r.developing } };
  merge(out, r.dimensions?.[dimension]);
  const byLevel = r.levels?.[level];
  merge(out, byLevel);
  merge(out, byLevel?.dimensions?.[dimension]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wording

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A dimension name inside a sentence: "Technical direction" → "technical direction"; "API design" stays. */
function inSentence(name: string): string {
  if (name.length > 1 && name[1] === name[1]?.toUpperCase() && name[1] !== name[1]?.toLowerCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function levelName(framework: Framework, id: string): string {
  return framework.levels.find((l) => l.id === id)?.name ?? id;
}

// ---------------------------------------------------------------------------------------------
// Assessments

interface Rating {
  level: string;
  towards: string | null;
}

/** The rating of one dimension in the latest shared assessment of a kind that rates it. */
function latestRating(assessments: AssessmentFact[] | undefined, kind: AssessmentFact['kind'], dimension: string, framework: Framework): Rating | null {
  if (!assessments) return null;
  const ordered = assessments.filter((a) => a.kind === kind && a.sharedAt).sort((a, b) => (a.sharedAt < b.sharedAt ? 1 : a.sharedAt > b.sharedAt ? -1 : 0));
  for (const a of ordered) {
    const r = a.ratings.find((x) => x.dimension === dimension && levelRank(framework, x.level) >= 0);
    if (r) return { level: r.level, towards: r.towards !== null && levelRank(framework, r.towards) >= 0 ? r.towards : null };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The rules

type Tier = 'strong' | 'developing';

export function computeReadiness(input: ReadinessInput): ReadinessResult {
  const { framework, level, today, sources } = input;
  const target = levelRank(framework, level);
  if (target < 0) {
    throw invalid('level', `Unknown level "${level}"; this framework has ${framework.levels.map((l) => l.id).join(', ')}.`, 'validation_failed', 'query');
  }
  if (!isIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got "${today}"`);
  const windowMonths = input.windowMonths ?? framework.readiness.windowMonths;
  if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > 120) {
    throw invalid('window', 'The window must be a whole number of months from 1 to 120.', 'validation_failed', 'query');
  }
  const windowStart = addMonths(today, -windowMonths);
  const own = new Set(input.ownTeamKeys.map((k) => k.trim().toLowerCase()));
  const evidence = sources.evidence?.filter((e) => isIsoDate(e.occurredOn) && e.occurredOn <= today);
  const targetName = levelName(framework, level);

  const dimensions = framework.dimensions.map((dim): DimensionReadiness => {
    const th = resolveThresholds(framework, level, dim.id);
    const name = inSentence(dim.name);
    const reasons: ReadinessReason[] = [];
    let gap = false;
    let strong = true;

    // A shortfall against `developing` makes a gap; against `strong`, keeps it from strong.
    const check = (key: ThresholdKey, value: number, text: (needed: number, tier: Tier) => ReadinessReason): void => {
      const dev = th.developing[key];
      const str = th.strong[key];
      if (dev !== undefined && value < dev) {
        reasons.push(text(dev, 'developing'));
        gap = true;
        strong = false;
      } else if (str !== undefined && value < str) {
        reasons.push(text(str, 'strong'));
        strong = false;
      }
    };

    // Evidence
    const tagged = evidence?.filter((e) => e.dimensions.includes(dim.id)) ?? [];
    const inWindow = tagged.filter((e) => e.occurredOn >= windowStart);
    const teamNames = new Map<string, string>();
    for (const e of inWindow) {
      for (const t of e.teams) {
        const key = t.trim().toLowerCase();
        if (key && !teamNames.has(key)) teamNames.set(key, t.trim());
      }
    }
    const teams = [...teamNames.keys()].sort();
    const teamList = listNames(teams.map((k) => teamNames.get(k) ?? k));
    const measured = inWindow.filter((e) => e.measured).length;
    const latest = inWindow.reduce<string | null>((m, e) => (m === null || e.occurredOn > m ? e.occurredOn : m), null);

    if (evidence) {
      if (inWindow.length === 0) {
        const older = tagged.reduce<string | null>((m, e) => (m === null || e.occurredOn > m ? e.occurredOn : m), null);
        reasons.push({
          code: 'no_evidence',
          text: `No evidence tagged ${name} in the last ${plural(windowMonths, 'month', 'months')}${older ? `; the latest is from ${monthName(older)}` : ''}.`,
        });
        gap = true;
        strong = false;
      } else {
        const window = `in the last ${plural(windowMonths, 'month', 'months')}`;
        check('minEvidence', inWindow.length, (n, tier) => ({
          code: 'few_evidence',
          text: `${inWindow.length === 1 ? 'Only 1 entry' : `${inWindow.length} entries`} tagged ${name} ${window}; ${tier} needs ${n}.`,
        }));
        check('minTeams', teams.length, (n, tier) =>
          teams.length === 0
            ? { code: 'no_teams', text: `No team is named on the evidence tagged ${name}; ${tier} needs ${plural(n, 'team', 'teams')} reached.` }
            : teams.length === 1
              ? { code: 'single_team', text: `Only one team reached (${teamList}); ${tier} needs ${n}.` }
              : { code: 'few_teams', text: `${teams.length} teams reached (${teamList}); ${tier} needs ${n}.` },
        );
        const minTeams = th.strong.minTeams ?? 0;
        if (teams.length > 0 && minTeams >= 2 && teams.every((t) => own.has(t))) {
          reasons.push({
            code: 'own_team_only',
            text: `Every team reached is their own team (${teamList}); reach counts teams beyond it.`,
          });
          strong = false;
        }
        check('minMeasured', measured, (n, tier) => ({
          code: 'few_measured',
          text:
            measured === 0
              ? `None of the ${plural(inWindow.length, 'entry', 'entries')} tagged ${name} has a measured outcome; ${tier} needs ${n}.`
              : `${measured} of the ${plural(inWindow.length, 'entry', 'entries')} tagged ${name} ${measured === 1 ? 'has' : 'have'} a measured outcome; ${tier} needs ${n}.`,
        }));
        const recentSince = addMonths(today, -th.recentMonths);
        if (latest !== null && latest < recentSince) {
          reasons.push({
            code: 'no_recent_evidence',
            text: `No evidence tagged ${name} since ${monthName(latest)}; strong needs an entry in the last ${plural(th.recentMonths, 'month', 'months')}.`,
          });
          strong = false;
        }
      }
    }

    // Later sources: counted when present, skipped when absent.
    const documents = sources.documents?.length ?? null;
    const outcomes = sources.outcomes?.length ?? null;
    const mentees = sources.mentoring?.length ?? null;
    if (documents !== null) {
      check('minDocuments', documents, (n, tier) => ({
        code: 'few_documents',
        text: `${documents === 0 ? 'No document' : plural(documents, 'document', 'documents')} written in the window; ${tier} needs ${n}.`,
      }));
    }
    if (outcomes !== null) {
      check('minOutcomes', outcomes, (n, tier) => ({
        code: 'few_outcomes',
        text: `${outcomes === 0 ? 'No outcome' : plural(outcomes, 'outcome', 'outcomes')} measured in the window; ${tier} needs ${n}.`,
      }));
    }
    if (mentees !== null) {
      check('minMentees', mentees, (n, tier) => ({
        code: 'few_mentees',
        text: `${mentees === 0 ? 'No active mentee' : plural(mentees, 'active mentee', 'active mentees')}; ${tier} needs ${n}.`,
      }));
    }

    // Assessments
    const self = latestRating(sources.assessments, 'self', dim.id, framework);
    const manager = latestRating(sources.assessments, 'manager', dim.id, framework);
    const managerReason = manager ? rateAgainstTarget(framework, manager, target, name, targetName) : null;
    if (managerReason && managerReason.code !== 'manager_rates_at_level') strong = false;

    const status: ReadinessStatus = gap ? 'gap' : strong ? 'strong' : 'developing';
    if (status === 'strong') reasons.unshift({ code: 'meets_thresholds', text: meetsText(name, inWindow.length, teams.length, measured, latest, evidence !== undefined, targetName) });
    if (managerReason) reasons.push(managerReason);

    return {
      id: dim.id,
      name: dim.name,
      status,
      reasons,
      facts: {
        evidence: inWindow.length,
        teams: teams.length,
        measured,
        latest,
        selfRating: self?.level ?? null,
        selfTowards: self?.towards ?? null,
        managerRating: manager?.level ?? null,
        managerTowards: manager?.towards ?? null,
        documents,
        outcomes,
        mentees,
      },
    };
  });

  return { level, windowMonths, dimensions };
}

function rateAgainstTarget(framework: Framework, rating: Rating, target: number, name: string, targetName: string): ReadinessReason {
  const rank = levelRank(framework, rating.level);
  const rated = levelName(framework, rating.level);
  if (rank > target) return { code: 'manager_rates_at_level', text: `The manager rates ${name} at ${rated}, above ${targetName}.` };
  if (rank === target) return { code: 'manager_rates_at_level', text: `The manager rates ${name} at ${rated}.` };
  if (rating.towards !== null && levelRank(framework, rating.towards) >= target) {
    return { code: 'manager_rates_approaching', text: `The manager rates ${name} at ${rated}, approaching ${targetName}.` };
  }
  return { code: 'manager_rates_below', text: `The manager rates ${name} at ${rated}, below ${targetName}.` };
}

function meetsText(name: string, count: number, teams: number, measured: number, latest: string | null, hasEvidence: boolean, targetName: string): string {
  if (!hasEvidence) return `Meets every ${targetName} threshold for ${name} that applies.`;
  const parts = [`${plural(count, 'entry', 'entries')} tagged ${name} across ${plural(teams, 'team', 'teams')}`];
  if (measured > 0) parts.push(`${measured} with a measured outcome`);
  if (latest) parts.push(`the latest in ${monthName(latest)}`);
  return `${parts.join(', ')}: meets every ${targetName} threshold.`;
}
