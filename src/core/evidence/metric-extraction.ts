/**
 * Suggests metrics in free text, for the person to confirm. Pure and deterministic.
 *
 * What counts as a metric — a measurement that changed:
 * - two values: "from X to Y", "down from X to Y", "to Y from X", "X → Y" / "X -> Y", "Y, down from
 *   X", and "X unit to Y unit" (both units written; "2 to 3 weeks" is a range). before = X,
 *   after = Y.
 * - a relative change: "by N%", "N% reduction in ...", "N% fewer ...", "revenue up N%", "by Nx",
 *   "halved", "doubled", "cut ... in half". before/after are null, unit is "%" (the unit of
 *   `change`). "N% faster" is left alone: it is unclear whether time or speed changed by N%.
 * - an amount saved: "saved $40k per month" → name "savings" (money), "time saved" (time) or
 *   "storage saved" (data), after = the amount.
 * - an end value after a verb that moves it: "cut p99 to 200 ms" → after only.
 * Single numbers ("fixed 3 bugs", "worked with 3 teams") are not metrics, nor are dates,
 * times of day, versions ("v1.2", "Node 18 to 20", "upgraded Postgres from 12 to 16"), phone
 * numbers, years without a unit ("from 2024 to 2025"), two bare numbers with no name, or
 * numbers with a unit that is not known ("12m" could be minutes or millions).
 *
 * change = round((after - before) / before × 100, 1) when both are known and before ≠ 0. For a
 * relative change the verb gives the sign: cut/reduced/lowered/decreased/saved... → negative;
 * increased/raised/grew/boosted... → positive; improved/optimised/sped up/accelerated →
 * negative when the quantity is lower-is-better (latency, pNN, cost, time, duration, errors,
 * incidents, MTTR, ... — see `lowerIsBetter`), else positive. A factor f gives (f - 1) × 100
 * upwards and (1/f - 1) × 100 downwards ("reduced pages by 4x" → -75).
 *
 * Units are canonical (see metric-tokens.ts). A rate is written "<unit> per <period>", or
 * "per <period>" for a count: "incidents from 12 to 3 per quarter" → name "incidents", unit
 * "per quarter"; "$40k per month" → unit "USD per month". A count noun after the numbers is the
 * unit when the name comes before ("grew the team from 4 to 9 engineers" → name "team", unit
 * "engineers") and the name otherwise ("reduced from 12 to 3 incidents"). Mixed time or data
 * units are converted to the smaller one ("from 2 min to 30 s" → 120 s → 30 s).
 *
 * The name is the noun phrase the numbers are about, as written, without the verb, articles,
 * possessives and linking words ("Cut the checkout p99 down from ..." → "checkout p99"), at most
 * five words.
 */
import type { Metric } from './types.js';
import { tokenize } from './metric-tokens.js';
import type { Found } from './metric-reading.js';
import { comparisonAt } from './metric-comparisons.js';
import { relativeAt } from './metric-relative.js';

export function extractMetrics(text: string): Metric[] {
  const t = tokenize(text);
  const used = new Array<boolean>(t.length).fill(false);
  const found: Found[] = [];
  const free = (f: Found): boolean => used.slice(f.start, f.end).every((u) => !u);
  for (const pass of [comparisonAt, relativeAt]) {
    for (let i = 0; i < t.length; i++) {
      if (used[i]) continue;
      const f = pass(t, i);
      if (f && f.end > f.start && free(f)) {
        found.push(f);
        used.fill(true, f.start, f.end);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.metric);
}
