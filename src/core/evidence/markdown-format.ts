/**
 * The evidence export file format, shared by the exporter and the importer.
 *
 * A file is a header comment, a blank line, then one block per entry. Blocks are separated
 * by one blank line. A block is:
 *
 *     <!-- staffpath:entry -->
 *     ---
 *     id: ...                      (YAML, keys in FIELD_ORDER)
 *     ---
 *     body, exactly as stored
 *
 * followed by a single newline that belongs to the layout, not to the body. So the text
 * between the closing `---` line and the next marker line is `body + "\n\n"` (the last
 * block: `body + "\n"`). A body line that is the marker, optionally preceded by
 * backslashes, gets one more backslash on export and loses one on import; nothing else in
 * a body is touched (CR characters, trailing spaces and blank lines stay as they are).
 */
import type { Evidence } from './types.js';

export const ENTRY_MARKER = '<!-- staffpath:entry -->';
export const FENCE = '---';
export const FORMAT_VERSION = 1;

/** Front-matter keys, in the order they are written. */
export const FIELD_ORDER = [
  'id',
  'occurredOn',
  'title',
  'dimensions',
  'impact',
  'metrics',
  'teams',
  'links',
  'initiativeId',
  'audience',
] as const;

export const METRIC_KEYS = ['name', 'unit', 'before', 'after', 'change'] as const;

/** What an export carries of an entry: everything but the owner, the source and the times. */
export type ExportedEvidence = Pick<Evidence, (typeof FIELD_ORDER)[number] | 'body'>;

const MARKER_LINE = /^(\\*)<!-- staffpath:entry -->$/;
const ESCAPED_MARKER_LINE = /^\\(\\*<!-- staffpath:entry -->)$/;

export function escapeBody(body: string): string {
  return body
    .split('\n')
    .map((line) => (MARKER_LINE.test(line) ? `\\${line}` : line))
    .join('\n');
}

export function unescapeBody(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(ESCAPED_MARKER_LINE, '$1'))
    .join('\n');
}

/** Compares like the exporter sorts: by code unit, never by locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
