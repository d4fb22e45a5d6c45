/** Small readers over the extractor's tokens, and the shapes the extraction passes share. */
import type { Metric } from './types.js';
import type { Token } from './metric-tokens.js';
import { APPROXIMATORS } from './metric-words.js';

export type Direction = 'down' | 'up' | 'better';
export type Qty = Extract<Token, { kind: 'qty' }>;
export interface Found {
  start: number;
  end: number;
  metric: Metric;
}

/** How far back (in tokens) a name or a verb is looked for; keeps long texts linear. */
export const LOOK_BACK = 12;

export const word = (tok: Token | undefined): string | null => (tok?.kind === 'word' ? tok.lower : null);
export const punct = (tok: Token | undefined): string | null => (tok?.kind === 'punct' ? tok.text : null);
export const isWord = (tok: Token | undefined, ...words: string[]): boolean => words.includes(word(tok) ?? '\u0000');
export const qtyAt = (t: Token[], i: number): Qty | null => {
  const tok = t[i];
  return tok?.kind === 'qty' ? tok : null;
};

export function skipApprox(t: Token[], i: number): number {
  let j = i;
  while (APPROXIMATORS.has(word(t[j]) ?? punct(t[j]) ?? '')) j++;
  return j;
}
