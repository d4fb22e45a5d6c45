/**
 * The rules of an outcome (PRODUCT.md §9), pure so every door and the readiness source share
 * them: which way is better, where the target may sit, which measurement is the latest, and
 * progress — (latest − baseline) / (target − baseline), not clamped: above 1 once the target is
 * passed, below 0 when it went the wrong way, null without a measurement (never 0).
 */
import type { FieldError } from '../errors.js';

export const DIRECTIONS = ['lower', 'higher'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface MeasurementFact {
  value: number;
  /** A calendar date, `YYYY-MM-DD`. */
  measuredOn: string;
}

/** The problem with a target for a direction, or null: it must lie on the better side of the baseline. */
export function targetProblem(direction: Direction, baseline: number, target: number): FieldError | null {
  if (!Number.isFinite(baseline) || !Number.isFinite(target)) return null; // the schema's business
  if (target === baseline) return { pointer: '/target', message: 'The target equals the baseline: nothing to improve. Set the value you aim for.' };
  if (direction === 'lower' && target > baseline) {
    return { pointer: '/target', message: `Lower is better here, so the target must be below the baseline (${baseline}).` };
  }
  if (direction === 'higher' && target < baseline) {
    return { pointer: '/target', message: `Higher is better here, so the target must be above the baseline (${baseline}).` };
  }
  return null;
}

/** The measurement with the latest date; of several on one day, the last one given (recorded last). */
export function latestMeasurement<M extends MeasurementFact>(measurements: readonly M[]): M | null {
  let latest: M | null = null;
  for (const m of measurements) if (!latest || m.measuredOn >= latest.measuredOn) latest = m;
  return latest;
}

/** Measurements oldest first (stable for one day: the order they were recorded). */
export function oldestFirst<M extends MeasurementFact>(measurements: readonly M[]): M[] {
  return measurements
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.measuredOn < b.m.measuredOn ? -1 : a.m.measuredOn > b.m.measuredOn ? 1 : a.i - b.i))
    .map(({ m }) => m);
}

/** Progress from baseline to target, not clamped; null without a measurement or with no distance to cover. */
export function outcomeProgress(baseline: number, target: number, latest: number | null | undefined): number | null {
  if (latest === null || latest === undefined || !Number.isFinite(latest)) return null;
  const distance = target - baseline;
  if (distance === 0) return null;
  return (latest - baseline) / distance;
}

/** How far along, in words, for lists and the packet: "no data yet", "target passed", … */
export function progressWords(progress: number | null): string {
  if (progress === null) return 'No measurement yet';
  if (progress >= 1) return progress === 1 ? 'Target reached' : 'Target passed';
  if (progress < 0) return 'Moved the wrong way';
  if (progress === 0) return 'At the baseline';
  return `${Math.round(progress * 100)}% of the way to the target`;
}

/**
 * Which of a person's outcomes a reference names (the CLI's `<outcome>`): its id, or else its
 * name, case-insensitively. An ambiguous or unknown name answers why, in words.
 */
export function matchOutcome<O extends { id: string; name: string }>(outcomes: readonly O[], ref: string): { outcome: O } | { problem: string } {
  const byId = outcomes.find((o) => o.id === ref);
  if (byId) return { outcome: byId };
  const wanted = ref.trim().toLowerCase();
  const named = outcomes.filter((o) => o.name.trim().toLowerCase() === wanted);
  if (named.length === 1) return { outcome: named[0] as O };
  if (named.length > 1) return { problem: `${named.length} of your outcomes are called “${ref}”; give its id instead (${named.map((o) => o.id).join(', ')}).` };
  const names = outcomes.slice(0, 10).map((o) => `“${o.name}”`);
  return {
    problem: outcomes.length === 0
      ? 'You have no outcomes yet; create one in the web app (Outcomes) or with the API first.'
      : `No outcome of yours is called “${ref}”. Yours: ${names.join(', ')}${outcomes.length > 10 ? ', …' : ''}.`,
  };
}
