/** Writes evidence entries as Markdown files, one per period (format: markdown-format.ts). */
import { Document, Scalar, type ToStringOptions, YAMLSeq, visit } from 'yaml';
import { periodKey, type ExportPeriod } from './calendar.js';
import { ENTRY_MARKER, FENCE, FORMAT_VERSION, compareText, escapeBody, type ExportedEvidence } from './markdown-format.js';

export type { ExportPeriod } from './calendar.js';
export type { ExportedEvidence } from './markdown-format.js';

export interface ExportFile {
  path: string;
  content: string;
}

/** Fixed so that the same entries always give the same bytes. */
const YAML_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: false,
  flowCollectionPadding: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  directives: false,
};

/**
 * Strings with line breaks, control characters, lone surrogates, a BOM or a Unicode line or
 * paragraph separator are always written double quoted with escapes, so that every value
 * stays on one line (the yaml library would otherwise pick a multi-line style, and inside flow
 * lists not always a parseable one).
 */
const NEEDS_ESCAPES = /\p{Cc}|\p{Cs}|[\u2028\u2029\ufeff]/u;

/** Lists of short words read best on one line; links and metrics get a line each. */
const FLOW_KEYS = ['dimensions', 'teams', 'audience'] as const;

function frontMatter(entry: ExportedEvidence): string {
  const doc = new Document(
    {
      id: entry.id,
      occurredOn: entry.occurredOn,
      title: entry.title,
      dimensions: [...entry.dimensions],
      impact: entry.impact,
      metrics: entry.metrics.map((m) => ({ name: m.name, unit: m.unit, before: m.before, after: m.after, change: m.change })),
      teams: [...entry.teams],
      links: [...entry.links],
      initiativeId: entry.initiativeId,
      audience: [...entry.audience],
    },
    { aliasDuplicateObjects: false },
  );
  for (const key of FLOW_KEYS) {
    const node = doc.get(key, true);
    if (node instanceof YAMLSeq) node.flow = true;
  }
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && NEEDS_ESCAPES.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString(YAML_OPTIONS);
}

function entryBlock(entry: ExportedEvidence): string {
  return `${ENTRY_MARKER}\n${FENCE}\n${frontMatter(entry)}${FENCE}\n${escapeBody(entry.body)}\n`;
}

function header(key: string): string {
  return (
    `<!-- staffpath evidence export, format ${FORMAT_VERSION}, period ${key}. ` +
    'Each entry is a marker line, YAML front matter between two --- lines, then its Markdown body. ' +
    'Edit freely, but keep the marker lines and the blank line before each of them. -->\n'
  );
}

function byDateThenId(a: ExportedEvidence, b: ExportedEvidence): number {
  return compareText(a.occurredOn, b.occurredOn) || compareText(a.id, b.id);
}

/**
 * One file per period the entries fall in (`2026-11.md`, `2026-Q4.md`, `2026.md`), sorted by
 * name; inside a file, entries by `occurredOn`, then `id`. No entries, no files.
 */
export function exportEvidence(entries: readonly ExportedEvidence[], period: ExportPeriod): ExportFile[] {
  const groups = new Map<string, ExportedEvidence[]>();
  for (const entry of entries) {
    const key = periodKey(entry.occurredOn, period);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.keys()].sort(compareText).map((key) => {
    const blocks = (groups.get(key) ?? []).slice().sort(byDateThenId).map(entryBlock);
    return { path: `${key}.md`, content: `${header(key)}\n${blocks.join('\n')}` };
  });
}
