/**
 * How text becomes search tokens, the same for both databases and for every layer:
 * case-folded, accents removed, split on anything that is not a letter or a digit
 * (PRODUCT.md §8). A leaf module: core parses queries with it, storage indexes with it.
 */

/** A parsed search term: only letters and digits ever reach a database's query syntax. */
export type SearchTerm =
  | { kind: 'word'; tokens: string[] }
  | { kind: 'prefix'; tokens: string[] }
  | { kind: 'phrase'; tokens: string[] };

export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The text as the search index stores it: its tokens separated by single spaces. */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ');
}
