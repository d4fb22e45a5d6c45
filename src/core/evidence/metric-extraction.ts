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
import { tidy, tokenize, unitInfo, type Token } from './metric-tokens.js';
import {
  AFTER_STOPS, APPROXIMATORS, BETTER_VERBS, CHANGE_NOUNS, COMPARATIVES, DETERMINERS, DOWN_VERBS, FACTOR_VERBS,
  LINKING, NAME_BREAKS, PAST_VERBS, PERIOD_ADVERBS, PERIODS, PREPOSITIONS, UP_VERBS, VERBS, VERSION_WORDS, lowerIsBetter,
} from './metric-words.js';

type Direction = 'down' | 'up' | 'better';
type Qty = Extract<Token, { kind: 'qty' }>;
interface Found {
  start: number;
  end: number;
  metric: Metric;
}
interface Name {
  text: string;
  /** first token of the name, or of the verb that opens it */
  start: number;
  /** the verb the name was cut at, if any */
  verb: string | null;
}

const MAX_NAME_WORDS = 5;
/** How far back (in tokens) a name or a verb is looked for; keeps long texts linear. */
const LOOK_BACK = 12;
const SENTENCE_END = new Set(['.', ';', '!', '?', '\n']);

function round1(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return r === 0 ? 0 : r;
}

const word = (tok: Token | undefined): string | null => (tok?.kind === 'word' ? tok.lower : null);
const punct = (tok: Token | undefined): string | null => (tok?.kind === 'punct' ? tok.text : null);
const isWord = (tok: Token | undefined, ...words: string[]): boolean => words.includes(word(tok) ?? '\u0000');
const qtyAt = (t: Token[], i: number): Qty | null => {
  const tok = t[i];
  return tok?.kind === 'qty' ? tok : null;
};
const joinName = (tokens: Token[]): string => tokens.map((x) => (x.kind === 'word' ? x.text : '')).join(' ').trim();

function looksLikeVerb(lower: string, first: boolean): boolean {
  return PAST_VERBS.has(lower) || (first && lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed'));
}

function skipApprox(t: Token[], i: number): number {
  let j = i;
  while (APPROXIMATORS.has(word(t[j]) ?? punct(t[j]) ?? '')) j++;
  return j;
}

/** Words between a name and its numbers: "costs dropped by", "p99 went down from". */
function closesName(lower: string): boolean {
  return LINKING.has(lower) || PAST_VERBS.has(lower) || DOWN_VERBS.has(lower) || UP_VERBS.has(lower) || BETTER_VERBS.has(lower);
}

/** The noun phrase that ends just before token `end`, read backwards. */
function nameBefore(t: Token[], end: number): Name {
  let k = end - 1;
  if (punct(t[k]) === ':') k--;
  const words: Token[] = [];
  for (let tok = t[k]; tok?.kind === 'word' && end - k <= LOOK_BACK && !NAME_BREAKS.has(tok.lower); tok = t[--k]) words.unshift(tok);
  while (words.length > 0 && closesName(word(words.at(-1)) ?? '')) words.pop();
  let cut = -1;
  words.forEach((w, i) => {
    const lower = word(w) ?? '';
    if (looksLikeVerb(lower, i === 0) || DETERMINERS.has(lower) || PREPOSITIONS.has(lower)) cut = i;
  });
  let first = cut + 1;
  while (first < words.length && LINKING.has(word(words[first]) ?? '')) first++;
  const name = words.slice(first).slice(-MAX_NAME_WORDS);
  const verbTok = cut >= 0 ? words[cut] : undefined;
  const verb = verbTok && looksLikeVerb(word(verbTok) ?? '', cut === 0) ? (word(verbTok) ?? null) : null;
  return { text: joinName(name), start: (verbTok ?? name[0])?.index ?? end, verb };
}

/** The noun phrase that starts at token `start`, read forwards. */
function nameAfter(t: Token[], start: number): { text: string; end: number } {
  let k = start;
  while (DETERMINERS.has(word(t[k]) ?? '') || isWord(t[k], 'up', 'down')) k++;
  const words: Token[] = [];
  for (let tok = t[k]; tok?.kind === 'word' && !AFTER_STOPS.has(tok.lower) && words.length < MAX_NAME_WORDS; tok = t[++k]) words.push(tok);
  return { text: joinName(words), end: k };
}

/** The direction of the nearest verb (or "down"/"up") before token `end` in the same sentence. */
function directionBefore(t: Token[], end: number): Direction | null {
  for (let k = end - 1; k >= 0 && end - k <= LOOK_BACK * 3; k--) {
    const tok = t[k];
    if (tok?.kind === 'punct' && SENTENCE_END.has(tok.text)) return null;
    const w = word(tok);
    if (w === null) continue;
    if (w === 'up' && isWord(t[k - 1], 'sped', 'speeded')) return 'better';
    if (DOWN_VERBS.has(w) || w === 'down') return 'down';
    if (UP_VERBS.has(w) || w === 'up') return 'up';
    if (BETTER_VERBS.has(w)) return 'better';
  }
  return null;
}

function signed(direction: Direction, name: string): 'down' | 'up' {
  return direction === 'better' ? (lowerIsBetter(name) ? 'down' : 'up') : direction;
}

function percentChange(direction: 'down' | 'up', percent: number): number {
  return round1(direction === 'down' ? -percent : percent);
}

function factorChange(direction: 'down' | 'up', factor: number): number | null {
  if (factor <= 0) return null;
  return round1(direction === 'down' ? (1 / factor - 1) * 100 : (factor - 1) * 100);
}

/** "per quarter", "a week", "/month", "monthly" */
function readRate(t: Token[], i: number): { period: string; end: number } | null {
  const w = word(t[i]);
  const adverb = PERIOD_ADVERBS.get(w ?? '');
  if (adverb) return { period: adverb, end: i + 1 };
  const opener = w !== null ? ['per', 'a', 'an', 'every', 'each'].includes(w) : punct(t[i]) === '/';
  const period = PERIODS.get(word(t[i + 1]) ?? '');
  return opener && period ? { period, end: i + 2 } : null;
}

function isCountNoun(tok: Token | undefined): boolean {
  const w = word(tok);
  if (w === null || w.length < 3 || !/^\p{L}+$/u.test(w)) return false;
  return ![VERBS, LINKING, NAME_BREAKS, DETERMINERS, AFTER_STOPS, APPROXIMATORS].some((set) => set.has(w)) && !PERIOD_ADVERBS.has(w);
}

function withRate(unit: string | null, period: string | null): string | null {
  if (period === null) return unit;
  return unit === null ? `per ${period}` : `${unit} per ${period}`;
}

/** Both values in one unit, converting time and data units to the smaller one. */
function sameUnit(a: Qty, b: Qty): { unit: string | null; before: number; after: number } | null {
  if (a.unit === null || b.unit === null || a.unit === b.unit) return { unit: a.unit ?? b.unit, before: a.value, after: b.value };
  const ia = unitInfo(a.unit);
  const ib = unitInfo(b.unit);
  if (!ia?.family || ia.family !== ib?.family || !ia.scale || !ib.scale) return null;
  const small = ia.scale <= ib.scale ? ia : ib;
  return { unit: small.unit, before: tidy((a.value * ia.scale) / (small.scale ?? 1)), after: tidy((b.value * ib.scale) / (small.scale ?? 1)) };
}

const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * Builds a before/after metric. `nameEnd` is where the name before the numbers ends; `tail`
 * is the first token after the second number (for a count noun or a rate).
 */
function pair(
  t: Token[],
  nameEnd: number,
  first: Qty,
  second: Qty,
  beforeIsFirst: boolean,
  tail: number,
  start?: number,
  firstRate: { period: string; end: number } | null = null,
): Found | null {
  const units = sameUnit(first, second);
  if (!units) return null;
  let end = tail;
  const nouns: string[] = [];
  while (units.unit === null && nouns.length < 3 && isCountNoun(t[end]) && !readRate(t, end)) {
    const tok = t[end++];
    if (tok?.kind === 'word') nouns.push(tok.text);
  }
  const noun = nouns.length > 0 ? nouns.join(' ') : null;
  const rate = readRate(t, end) ?? firstRate;
  if (rate && rate !== firstRate) end = rate.end;
  const name = nameBefore(t, nameEnd);
  const nameText = name.text || noun || '';
  const base = name.text && noun ? noun : units.unit;
  const unit = withRate(base, rate?.period ?? null);
  if (nameText === '') return null;
  const [before, after] = beforeIsFirst ? [units.before, units.after] : [units.after, units.before];
  if (unit === null) {
    if (isYear(before) && isYear(after)) return null;
    const context = [...nameText.toLowerCase().split(/\s+/), name.verb ?? ''];
    if (context.some((w) => VERSION_WORDS.has(w))) return null;
  }
  const change = before !== 0 ? round1(((after - before) / before) * 100) : null;
  return { start: Math.min(start ?? nameEnd, name.start), end, metric: { name: nameText, unit, before, after, change } };
}

/** Comparisons with two values. */
function comparisonAt(t: Token[], i: number): Found | null {
  const tok = t[i];
  if (isWord(tok, 'from')) {
    const a = skipApprox(t, i + 1);
    const first = qtyAt(t, a);
    let k = a + 1;
    if (first?.unit === null && isCountNoun(t[k])) k++;
    // "from 200 a week to 20"
    const firstRate = readRate(t, k);
    if (firstRate) k = firstRate.end;
    if (!first || !(isWord(t[k], 'to') || t[k]?.kind === 'arrow')) return null;
    const b = skipApprox(t, k + 1);
    const second = qtyAt(t, b);
    const nameEnd = isWord(t[i - 1], 'down', 'up') ? i - 1 : i;
    return second ? pair(t, nameEnd, first, second, true, b + 1, i, firstRate) : null;
  }
  if (isWord(tok, 'to')) {
    const a = skipApprox(t, i + 1);
    const now = qtyAt(t, a);
    const b = skipApprox(t, a + 2);
    const was = isWord(t[a + 1], 'from') ? qtyAt(t, b) : null;
    return now && was ? pair(t, i, was, now, true, b + 1) : null;
  }
  const first = qtyAt(t, i);
  if (!first || isWord(t[i - 1], 'from', 'to')) return null;
  const joiner = t[i + 1];
  const second = qtyAt(t, i + 2);
  // "12 min to 4 min" needs both units: "2 to 3 weeks" is a range, not a change
  if (second && (joiner?.kind === 'arrow' || (isWord(joiner, 'to') && first.unit !== null && second.unit !== null))) {
    return pair(t, i, first, second, true, i + 3);
  }
  // "200 ms, down from 800 ms"
  let k = i + 1;
  if ([',', '('].includes(punct(t[k]) ?? '')) k++;
  if (isWord(t[k], 'down', 'up') && isWord(t[k + 1], 'from')) {
    const b = skipApprox(t, k + 2);
    const was = qtyAt(t, b);
    return was ? pair(t, i, first, was, false, b + 1) : null;
  }
  return null;
}

function relative(start: number, end: number, name: string, change: number | null): Found | null {
  if (name === '' || change === null) return null;
  return { start, end, metric: { name, unit: '%', before: null, after: null, change } };
}

/** A percentage or a factor at token `i`, as a change in the given direction. */
function changeOf(t: Token[], i: number, direction: 'down' | 'up'): number | null {
  const tok = t[i];
  if (tok?.kind === 'factor') return factorChange(direction, tok.value);
  if (tok?.kind === 'qty' && tok.unit === '%') return percentChange(direction, tok.value);
  if (isWord(tok, 'half')) return percentChange(direction, 50);
  return null;
}

/** Relative changes, amounts saved and end values. */
function relativeAt(t: Token[], i: number): Found | null {
  const tok = t[i];
  const w = word(tok);
  if (w === 'by') {
    const q = skipApprox(t, i + 1);
    const direction = directionBefore(t, i);
    if (!direction || changeOf(t, q, 'up') === null) return null;
    const name = nameBefore(t, i);
    return relative(name.start, q + 1, name.text, changeOf(t, q, signed(direction, name.text)));
  }
  if (w === 'up' || w === 'down') {
    // "revenue up 20%", "p99 down 40%"
    const q = skipApprox(t, i + 1);
    const name = nameBefore(t, i);
    const change = changeOf(t, q, w);
    if (change !== null && !isWord(t[q], 'half')) return relative(name.start, q + 1, name.text, change);
  }
  if (w !== null && FACTOR_VERBS.has(w) && !isWord(t[i + 1], 'down')) {
    const after = nameAfter(t, i + 1);
    const name = after.text || nameBefore(t, i).text;
    const factor = FACTOR_VERBS.get(w) ?? 1;
    return relative(after.text ? i : nameBefore(t, i).start, Math.max(after.end, i + 1), name, round1((factor - 1) * 100));
  }
  if (w !== null && ['saved', 'save', 'saves', 'saving'].includes(w)) {
    const q = qtyAt(t, skipApprox(t, i + 1));
    const info = q?.unit ? unitInfo(q.unit) : undefined;
    if (q && q.unit !== null && q.unit !== '%') {
      const rate = readRate(t, q.index + 1);
      const name = ['USD', 'EUR', 'GBP'].includes(q.unit) ? 'savings' : info?.family === 'time' ? 'time saved' : info?.family === 'data' ? 'storage saved' : `${q.unit} saved`;
      return { start: i, end: rate?.end ?? q.index + 1, metric: { name, unit: withRate(q.unit, rate?.period ?? null), before: null, after: q.value, change: null } };
    }
  }
  const verbDirection: Direction | null = w === null ? null : DOWN_VERBS.has(w) ? 'down' : UP_VERBS.has(w) ? 'up' : BETTER_VERBS.has(w) ? 'better' : null;
  if (verbDirection) {
    // "cut 30% off build time", "saved 20% on cloud spend"
    const q = skipApprox(t, i + 1);
    if (changeOf(t, q, 'up') !== null && isWord(t[q + 1], 'off', 'of', 'on', 'from', 'in')) {
      const name = nameAfter(t, q + 2);
      return relative(i, name.end, name.text, changeOf(t, q, signed(verbDirection, name.text)));
    }
    // "cut cloud costs 30%", "grew adoption 3x", "throughput grew 3x", "cut build time in half"
    const name = nameAfter(t, i + 1);
    const p = skipApprox(t, name.end);
    if (changeOf(t, p, 'up') !== null && !isWord(t[p], 'half')) {
      const subject = name.text ? null : nameBefore(t, i);
      const text = name.text || (subject?.text ?? '');
      return relative(subject?.start ?? i, p + 1, text, changeOf(t, p, signed(verbDirection, text)));
    }
    if (name.text && isWord(t[name.end], 'in') && isWord(t[name.end + 1], 'half')) return relative(i, name.end + 2, name.text, changeOf(t, name.end + 1, signed(verbDirection, name.text)));
  }
  if (tok?.kind === 'factor' || (tok?.kind === 'qty' && tok.unit === '%')) {
    // "a 30% reduction in cloud spend", "40% fewer pages", "p99 is 40% lower"
    const next = word(t[i + 1]) ?? '';
    const noun = CHANGE_NOUNS.get(next);
    if (noun && isWord(t[i + 2], 'in', 'of', 'on', 'to', 'for')) {
      const name = nameAfter(t, i + 3);
      return relative(i, name.end, name.text, changeOf(t, i, signed(noun, name.text)));
    }
    const comparative = COMPARATIVES.get(next);
    if (comparative && !isWord(t[i + 2], 'than')) {
      const after = nameAfter(t, i + 2);
      const before = after.text ? null : nameBefore(t, i);
      return relative(before?.start ?? i, Math.max(after.end, i + 2), after.text || (before?.text ?? ''), changeOf(t, i, comparative));
    }
  }
  if (w === 'to') {
    // "cut p99 to 200 ms", "brought build time down to 4 minutes"
    const q = qtyAt(t, skipApprox(t, i + 1));
    const rate = q ? readRate(t, q.index + 1) : null;
    const direction = directionBefore(t, i);
    const name = nameBefore(t, isWord(t[i - 1], 'down', 'up') ? i - 1 : i);
    if (q && direction && name.text && (q.unit !== null || rate)) {
      return { start: name.start, end: rate?.end ?? q.index + 1, metric: { name: name.text, unit: withRate(q.unit, rate?.period ?? null), before: null, after: q.value, change: null } };
    }
  }
  return null;
}

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
