/** Metrics with one value: relative changes, amounts saved and end values. */
import { unitInfo, type Token } from './metric-tokens.js';
import { BETTER_VERBS, CHANGE_NOUNS, COMPARATIVES, DOWN_VERBS, FACTOR_VERBS, UP_VERBS } from './metric-words.js';
import { isWord, qtyAt, skipApprox, word, type Direction, type Found } from './metric-reading.js';
import { nameAfter, nameBefore } from './metric-names.js';
import { changeOf, directionBefore, round1, signed } from './metric-changes.js';
import { readRate, withRate } from './metric-units.js';

function relative(start: number, end: number, name: string, change: number | null): Found | null {
  if (name === '' || change === null) return null;
  return { start, end, metric: { name, unit: '%', before: null, after: null, change } };
}

/** Relative changes, amounts saved and end values. */
export function relativeAt(t: Token[], i: number): Found | null {
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
