/** The name of a metric: the noun phrase before or after its numbers. */
import type { Token } from './metric-tokens.js';
import { AFTER_STOPS, BETTER_VERBS, DETERMINERS, DOWN_VERBS, LINKING, NAME_BREAKS, PAST_VERBS, PREPOSITIONS, UP_VERBS } from './metric-words.js';
import { LOOK_BACK, isWord, punct, word } from './metric-reading.js';

export interface Name {
  text: string;
  /** first token of the name, or of the verb that opens it */
  start: number;
  /** the verb the name was cut at, if any */
  verb: string | null;
}

const MAX_NAME_WORDS = 5;

const joinName = (tokens: Token[]): string => tokens.map((x) => (x.kind === 'word' ? x.text : '')).join(' ').trim();

function looksLikeVerb(lower: string, first: boolean): boolean {
  return PAST_VERBS.has(lower) || (first && lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed'));
}

/** Words between a name and its numbers: "costs dropped by", "p99 went down from". */
function closesName(lower: string): boolean {
  return LINKING.has(lower) || PAST_VERBS.has(lower) || DOWN_VERBS.has(lower) || UP_VERBS.has(lower) || BETTER_VERBS.has(lower);
}

/** The noun phrase that ends just before token `end`, read backwards. */
export function nameBefore(t: Token[], end: number): Name {
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
export function nameAfter(t: Token[], start: number): { text: string; end: number } {
  let k = start;
  while (DETERMINERS.has(word(t[k]) ?? '') || isWord(t[k], 'up', 'down')) k++;
  const words: Token[] = [];
  for (let tok = t[k]; tok?.kind === 'word' && !AFTER_STOPS.has(tok.lower) && words.length < MAX_NAME_WORDS; tok = t[++k]) words.push(tok);
  return { text: joinName(words), end: k };
}
