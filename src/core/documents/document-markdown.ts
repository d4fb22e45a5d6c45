/**
 * One document ⇄ one Markdown file (issue 10 item 8), pure. The file is
 *
 *     ---
 *     id: 01jd…
 *     kind: rfc
 *     number: 7
 *     title: Event bus migration
 *     status: approved
 *     audience:
 *       - manager
 *     supersedes: RFC-0002        (a key, or null)
 *     supersededBy: null
 *     reviewDeadline: null        (YYYY-MM-DD, or null)
 *     createdAt: 2026-11-02T09:00:00.000Z
 *     updatedAt: 2026-11-03T10:30:00.000Z
 *     matrix: …                   (trade-off summaries only; null when there is none)
 *     ---
 *
 *     <the body>
 *
 * named `<prefix-lower>-<NNNN>-<slug>.md` (`rfc-0007-event-bus-migration.md`). The keys come in
 * this fixed order and the YAML is written by the `yaml` package without line folding, so the
 * same document always gives the same bytes. One blank line separates the front matter from
 * the body (none when the body is empty), and the file ends with exactly one newline (trailing
 * blank lines of a body are not kept). The front matter ends at the first `---` line, so `---` lines in the body stay body.
 * Reading a file back is document-markdown-read.ts.
 */
import { stringify } from 'yaml';
import { slugify } from '../validation.js';
import type { Audience } from '../types.js';
import { DOCUMENT_KINDS, KIND_PREFIX, documentKey, type DocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import type { DecisionMatrix } from './decision-matrix.js';

/** `RFC-0007` → rfc 7; null when it is not a key of any kind. */
export function parseKey(key: string): { kind: DocumentKind; number: number } | null {
  const m = /^([A-Za-z]+)-(\d{1,9})$/.exec(key.trim());
  if (!m) return null;
  const prefix = (m[1] ?? '').toUpperCase();
  const kind = DOCUMENT_KINDS.find((k) => KIND_PREFIX[k] === prefix);
  const number = Number(m[2]);
  return kind && number >= 1 ? { kind, number } : null;
}

/** The kind a file name written by the export names: `rfc-0007-….md` → rfc. */
export function kindOfFileName(path: string): DocumentKind | null {
  const name = path.split('/').pop() ?? '';
  const m = /^([a-z]+)-\d{4,}(?:-[^/]*)?\.md$/i.exec(name);
  if (!m) return null;
  const prefix = (m[1] ?? '').toUpperCase();
  return DOCUMENT_KINDS.find((k) => KIND_PREFIX[k] === prefix) ?? null;
}

export interface DocumentFile {
  path: string;
  content: string;
}

/** Everything the file holds. */
export interface MarkdownDocument {
  id: string;
  kind: DocumentKind;
  number: number;
  title: string;
  status: DocumentStatus;
  audience: Audience[];
  /** Keys (`ADR-0002`), not ids: ids do not travel between installations, keys read well. */
  supersedes: string | null;
  supersededBy: string | null;
  reviewDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  /** Trade-off summaries only (null when there is none); undefined for other kinds. */
  matrix?: DecisionMatrix | null;
  body: string;
}

export function documentFileName(kind: DocumentKind, number: number, title: string): string {
  return `${documentKey(kind, number).toLowerCase()}-${slugify(title) || 'untitled'}.md`;
}

/** The matrix with its keys in a fixed order, so that it is written the same way every time. */
function orderedMatrix(m: DecisionMatrix): DecisionMatrix {
  return {
    options: m.options.map((o) => ({ id: o.id, name: o.name })),
    criteria: m.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    scores: Object.fromEntries(Object.entries(m.scores).map(([o, row]) => [o, { ...row }])),
    chosen: m.chosen ? { optionId: m.chosen.optionId, reason: m.chosen.reason } : null,
  };
}

export function toMarkdownFile(doc: MarkdownDocument): DocumentFile {
  const front: Record<string, unknown> = {
    id: doc.id,
    kind: doc.kind,
    number: doc.number,
    title: doc.title,
    status: doc.status,
    audience: [...doc.audience],
    supersedes: doc.supersedes,
    supersededBy: doc.supersededBy,
    reviewDeadline: doc.reviewDeadline,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
  if (doc.kind === 'trade-off') front.matrix = doc.matrix ? orderedMatrix(doc.matrix) : null;
  const yaml = stringify(front, { lineWidth: 0 });
  const body = doc.body.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  return { path: documentFileName(doc.kind, doc.number, doc.title), content: `---\n${yaml}---\n${body === '' ? '' : `\n${body}\n`}` };
}
