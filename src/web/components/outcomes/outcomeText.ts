/**
 * The words an outcome is shown with: values with their unit, the direction, progress and a
 * one-line summary of the measurements. Pure, so the chart, the cards and the detail page say
 * the same thing.
 */
import type { Direction, Measurement, Outcome } from '../../api/types.js';
import { formatNumber } from '../../lib/evidence.js';

/** `420 ms`, `12%`, `3` (no unit). */
export function formatValue(value: number, unit: string): string {
  const u = unit.trim();
  if (!u) return formatNumber(value);
  return u === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${u}`;
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  lower: 'Lower is better',
  higher: 'Higher is better',
};

export function directionText(direction: Direction): string {
  return DIRECTION_LABELS[direction].toLowerCase();
}

export type ProgressKind = 'none' | 'wrong' | 'partial' | 'reached' | 'passed';

export interface ProgressView {
  kind: ProgressKind;
  /** What the bar and the words say, such as "62% of the way". */
  words: string;
  /** How much of the bar is filled, 0 to 1. */
  fill: number;
}

/** Progress (unclamped; null without a measurement) in words and as a bar's fill. */
export function progressView(progress: number | null): ProgressView {
  if (progress === null || !Number.isFinite(progress)) return { kind: 'none', words: 'No measurement yet', fill: 0 };
  if (progress > 1) return { kind: 'passed', words: 'Target passed', fill: 1 };
  if (progress === 1) return { kind: 'reached', words: 'Target reached', fill: 1 };
  if (progress < 0) return { kind: 'wrong', words: 'Moved the wrong way', fill: 0 };
  // Never round up to 100% before the target is reached.
  const percent = Math.min(99, Math.round(progress * 100));
  return { kind: 'partial', words: `${percent}% of the way`, fill: progress };
}

const shortDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const tickDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' });

/** `4 Mar 2026` for a `YYYY-MM-DD` day (calendar dates never shift with the time zone). */
export function formatMeasuredOn(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : shortDay.format(d);
}

/** `4 Mar`, for the chart's axis. */
export function formatTick(time: number): string {
  return tickDay.format(new Date(time));
}

/** "3 measurements from 2 Mar 2026 to 20 Mar 2026; latest 420 ms." */
export function measurementSummary(outcome: Pick<Outcome, 'measurements' | 'latest' | 'unit'>): string {
  const list: readonly Measurement[] = outcome.measurements;
  if (!list.length || !outcome.latest) return 'No measurement yet.';
  const days = list.map((m) => m.measuredOn).sort();
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  const latest = formatValue(outcome.latest.value, outcome.unit);
  if (list.length === 1) return `1 measurement, on ${formatMeasuredOn(first)}: ${latest}.`;
  const span = first === last ? `on ${formatMeasuredOn(first)}` : `from ${formatMeasuredOn(first)} to ${formatMeasuredOn(last)}`;
  return `${list.length} measurements ${span}; latest ${latest}.`;
}

/** Baseline and target in one phrase: "from 800 ms to 200 ms, lower is better". */
export function goalText(outcome: Pick<Outcome, 'baseline' | 'target' | 'unit' | 'direction'>): string {
  return `from ${formatValue(outcome.baseline, outcome.unit)} to ${formatValue(outcome.target, outcome.unit)}, ${directionText(outcome.direction)}`;
}
