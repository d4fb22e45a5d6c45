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
 *
 * The pieces live next to this file: readiness-types.ts (the shapes and reason codes),
 * readiness-thresholds.ts (merging overrides), readiness-assessments.ts (the latest rating)
 * and readiness-reasons.ts (the wording). This module applies the rules and re-exports them.
 */
import { addMonths, isIsoDate } from '../../shared/dates.js';
import { invalid } from '../errors.js';
import { levelRank, type ThresholdKey } from '../frameworks/framework-file.js';
import { latestRating } from './readiness-assessments.js';
import { inSentence, levelName, listNames, meetsText, monthName, plural, rateAgainstTarget } from './readiness-reasons.js';
import { resolveThresholds } from './readiness-thresholds.js';
import type { DimensionReadiness, ReadinessInput, ReadinessReason, ReadinessResult, ReadinessStatus } from './readiness-types.js';

export {
  READINESS_REASON_CODES,
  type AssessmentFact,
  type DimensionFacts,
  type DimensionReadiness,
  type EvidenceFact,
  type InitiativeFact,
  type ReadinessInput,
  type ReadinessReason,
  type ReadinessReasonCode,
  type ReadinessResult,
  type ReadinessStatus,
  type ResolvedThresholds,
} from './readiness-types.js';
export { resolveThresholds } from './readiness-thresholds.js';
export { monthName } from './readiness-reasons.js';

// ---------------------------------------------------------------------------------------------
// Dates

/** Calendar arithmetic lives in the one date module; re-exported for the readiness service. */
export { addMonths };

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
  // The dimension initiatives' scope speaks to: \`scope\`, or else the one carrying the scope questions.
  const scopeDimension = framework.dimensions.find((d) => d.id === 'scope')?.id ?? framework.dimensions.find((d) => d.questions?.length)?.id;

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
    const reviews = sources.reviews?.length ?? null;
    if (documents !== null) {
      check('minDocuments', documents, (n, tier) => ({
        code: 'few_documents',
        text: `${documents === 0 ? 'No document' : plural(documents, 'document', 'documents')} approved in the window; ${tier} needs ${n}.`,
      }));
    }
    if (outcomes !== null) {
      check('minOutcomes', outcomes, (n, tier) => ({
        code: 'few_outcomes',
        text: `${outcomes === 0 ? 'No outcome' : plural(outcomes, 'outcome', 'outcomes')} measured in the window; ${tier} needs ${n}.`,
      }));
    }
    if (reviews !== null) {
      check('minReviews', reviews, (n, tier) => ({
        code: 'few_reviews',
        text: `${reviews === 0 ? 'No review' : plural(reviews, 'review', 'reviews')} of other people’s documents in the window; ${tier} needs ${n}.`,
      }));
    }
    if (mentees !== null) {
      check('minMentees', mentees, (n, tier) => ({
        code: 'few_mentees',
        text: `${mentees === 0 ? 'No active mentee' : plural(mentees, 'active mentee', 'active mentees')}; ${tier} needs ${n}.`,
      }));
    }

    // The scope dimension's reasons name the initiatives' scope verdicts; they inform, they do
    // not change the status (the evidence and assessments decide it).
    if (sources.initiatives && dim.id === scopeDimension) {
      const meeting = sources.initiatives.filter((i) => i.meetsLevel);
      if (meeting.length > 0) {
        reasons.push({ code: 'initiative_meets_level', text: `${listNames(meeting.map((i) => `“${i.title}”`))} ${meeting.length === 1 ? 'reads' : 'read'} as ${targetName} scope.` });
      } else if (sources.initiatives.length > 0) {
        const first = sources.initiatives[0] as { title: string; summary: string };
        reasons.push({ code: 'initiative_below_level', text: `No initiative reads as ${targetName} scope yet. “${first.title}”: ${first.summary}` });
      }
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
        reviews,
      },
    };
  });

  return { level, windowMonths, dimensions };
}
