/**
 * Search queries (PRODUCT.md §8): the syntax is read by src/shared/search-syntax.ts (the web
 * marks matches with the same reading); here it gets its limits. User input never reaches the
 * database's query syntax: it becomes tokens that contain only letters and digits, and each
 * dialect builds its own query from them.
 *
 * Both databases index text normalised by `normalizeText`, so they agree on tokens.
 */
import { invalid } from '../errors.js';
import { readSearchTerms, tokenMatches } from '../../shared/search-syntax.js';
import { normalizeText, tokenize, type SearchTerm } from '../../shared/text.js';

export { normalizeText, tokenize, type SearchTerm };

export const MAX_QUERY_LENGTH = 1000;
export const MAX_TERMS = 32;

export function parseSearchQuery(q: string): SearchTerm[] {
  if (q.length > MAX_QUERY_LENGTH) throw invalid('q', `Search for at most ${MAX_QUERY_LENGTH} characters.`, 'validation_failed', 'query');
  const terms = readSearchTerms(q);
  if (terms.length === 0) throw invalid('q', 'Search for at least one word (letters or digits).', 'validation_failed', 'query');
  if (terms.length > MAX_TERMS) throw invalid('q', `Search for at most ${MAX_TERMS} words.`, 'validation_failed', 'query');
  return terms;
}

/** Markdown reduced to its words for snippets: links keep their text, marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether any of the terms' tokens occur in the text. */
export function mentions(text: string, terms: SearchTerm[]): boolean {
  return tokenize(text).some((token) => tokenMatches(token, terms));
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A short extract of `text` around the first match, HTML-escaped, with matched words in
 * `<mark>`. Computed here, the same way for both databases.
 */
export function snippet(text: string, terms: SearchTerm[], width = 160): string {
  const singles = new Set<string>();
  const prefixes: string[] = [];
  for (const t of terms) {
    t.tokens.forEach((tok, i) => {
      if (t.kind === 'prefix' && i === t.tokens.length - 1) prefixes.push(tok);
      else singles.add(tok);
    });
  }
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  const hits = words.filter((w) => {
    const tok = normalizeText(w[0]);
    return singles.has(tok) || prefixes.some((p) => tok.startsWith(p));
  });
  const firstHit = hits[0]?.index ?? 0;
  let start = Math.max(0, firstHit - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < firstHit) start = space + 1;
  }
  const end = Math.min(text.length, start + width);
  let out = '';
  let pos = start;
  for (const h of hits) {
    const i = h.index ?? 0;
    if (i < start || i + h[0].length > end) continue;
    out += escapeHtml(text.slice(pos, i)) + `<mark>${escapeHtml(h[0])}</mark>`;
    pos = i + h[0].length;
  }
  out += escapeHtml(text.slice(pos, end));
  return `${start > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
