/** Metrics with two values: "from X to Y", "X → Y", "Y, down from X". */
import type { Token } from './metric-tokens.js';
import { VERSION_WORDS } from './metric-words.js';
import { isWord, punct, qtyAt, skipApprox, type Found, type Qty } from './metric-reading.js';
import { nameBefore } from './metric-names.js';
import { round1 } from './metric-changes.js';
import { isCountNoun, isYear, readRate, sameUnit, withRate } from './metric-units.js';

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
export function comparisonAt(t: Token[], i: number): Found | null {
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
