/** The size and sign of a change: verbs' directions, percentages and factors. */
import type { Token } from './metric-tokens.js';
import { BETTER_VERBS, DOWN_VERBS, UP_VERBS, lowerIsBetter } from './metric-words.js';
import { LOOK_BACK, isWord, word, type Direction } from './metric-reading.js';

const SENTENCE_END = new Set(['.', ';', '!', '?', '\n']);

export function round1(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return r === 0 ? 0 : r;
}

/** The direction of the nearest verb (or "down"/"up") before token `end` in the same sentence. */
export function directionBefore(t: Token[], end: number): Direction | null {
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

export function signed(direction: Direction, name: string): 'down' | 'up' {
  return direction === 'better' ? (lowerIsBetter(name) ? 'down' : 'up') : direction;
}

function percentChange(direction: 'down' | 'up', percent: number): number {
  return round1(direction === 'down' ? -percent : percent);
}

function factorChange(direction: 'down' | 'up', factor: number): number | null {
  if (factor <= 0) return null;
  return round1(direction === 'down' ? (1 / factor - 1) * 100 : (factor - 1) * 100);
}

/** A percentage or a factor at token `i`, as a change in the given direction. */
export function changeOf(t: Token[], i: number, direction: 'down' | 'up'): number | null {
  const tok = t[i];
  if (tok?.kind === 'factor') return factorChange(direction, tok.value);
  if (tok?.kind === 'qty' && tok.unit === '%') return percentChange(direction, tok.value);
  if (isWord(tok, 'half')) return percentChange(direction, 50);
  return null;
}
