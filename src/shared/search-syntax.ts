/**
 * The search syntax (PRODUCT.md §8), read once for every layer: words are combined with AND;
 * `"two words"` is a phrase (an unclosed quote runs to the end); a trailing `*` makes a
 * prefix; operators such as AND, OR, NEAR are plain words. The core adds the limits (length,
 * number of terms) and turns terms into each database's query; the web uses the same reading
 * to mark matched words in titles.
 */
import { tokenize, type SearchTerm } from './text.js';

/** The terms of a query, in order, without duplicates; empty when it has no letters or digits. */
export function readSearchTerms(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of q.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const tokens = tokenize(m[1]);
      if (tokens.length > 0) terms.push({ kind: tokens.length === 1 ? 'word' : 'phrase', tokens });
      continue;
    }
    const raw = m[2] ?? '';
    const prefix = /\p{L}|\p{N}/u.test(raw) && raw.endsWith('*');
    const tokens = tokenize(raw);
    if (tokens.length === 0) continue;
    if (prefix) terms.push({ kind: 'prefix', tokens });
    else terms.push({ kind: tokens.length === 1 ? 'word' : 'phrase', tokens });
  }
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.kind}:${t.tokens.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether one token (already tokenized) is matched by a term: a word of it, or the start of a prefix's last word. */
export function tokenMatches(token: string, terms: readonly SearchTerm[]): boolean {
  return terms.some((t) => t.tokens.some((tok, i) => (t.kind === 'prefix' && i === t.tokens.length - 1 ? token.startsWith(tok) : token === tok)));
}
