/** Units of a metric: rates ("per quarter"), count nouns ("engineers"), and converting to one unit. */
import { tidy, unitInfo, type Token } from './metric-tokens.js';
import { AFTER_STOPS, APPROXIMATORS, DETERMINERS, LINKING, NAME_BREAKS, PERIOD_ADVERBS, PERIODS, VERBS } from './metric-words.js';
import { punct, word, type Qty } from './metric-reading.js';

/** "per quarter", "a week", "/month", "monthly" */
export function readRate(t: Token[], i: number): { period: string; end: number } | null {
  const w = word(t[i]);
  const adverb = PERIOD_ADVERBS.get(w ?? '');
  if (adverb) return { period: adverb, end: i + 1 };
  const opener = w !== null ? ['per', 'a', 'an', 'every', 'each'].includes(w) : punct(t[i]) === '/';
  const period = PERIODS.get(word(t[i + 1]) ?? '');
  return opener && period ? { period, end: i + 2 } : null;
}

export function isCountNoun(tok: Token | undefined): boolean {
  const w = word(tok);
  if (w === null || w.length < 3 || !/^\p{L}+$/u.test(w)) return false;
  return ![VERBS, LINKING, NAME_BREAKS, DETERMINERS, AFTER_STOPS, APPROXIMATORS].some((set) => set.has(w)) && !PERIOD_ADVERBS.has(w);
}

export function withRate(unit: string | null, period: string | null): string | null {
  if (period === null) return unit;
  return unit === null ? `per ${period}` : `${unit} per ${period}`;
}

/** Both values in one unit, converting time and data units to the smaller one. */
export function sameUnit(a: Qty, b: Qty): { unit: string | null; before: number; after: number } | null {
  if (a.unit === null || b.unit === null || a.unit === b.unit) return { unit: a.unit ?? b.unit, before: a.value, after: b.value };
  const ia = unitInfo(a.unit);
  const ib = unitInfo(b.unit);
  if (!ia?.family || ia.family !== ib?.family || !ia.scale || !ib.scale) return null;
  const small = ia.scale <= ib.scale ? ia : ib;
  return { unit: small.unit, before: tidy((a.value * ia.scale) / (small.scale ?? 1)), after: tidy((b.value * ib.scale) / (small.scale ?? 1)) };
}

export const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;
