/**
 * Reading the files of an import (document-transfer.ts): staffpath exports through
 * document-markdown.ts, everything else as a folder of ADRs through adr-import.ts. Pure: what it
 * returns is the plan of documents to create, in a stable order, and the warnings to give.
 */
import { AppError, type FieldError } from '../errors.js';
import { nowIso } from '../ids.js';
import type { Audience } from '../types.js';
import { findUnstorableText } from '../validation.js';
import { readAdrFolder } from './adr-import.js';
import type { DecisionMatrix } from './decision-matrix.js';
import { documentKey, type DocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import { type DocumentFile } from './document-markdown.js';
import { isStaffpathFile, parseDocumentFile } from './document-markdown-read.js';

export interface TransferWarning {
  path: string;
  message: string;
}

export /** One document the import would create, as read from its file. */
interface Candidate {
  path: string;
  source: 'export' | 'adr';
  /** The export's id; null for an ADR (it gets a new one). */
  id: string | null;
  kind: DocumentKind;
  number: number;
  title: string;
  body: string;
  status: DocumentStatus;
  audience: Audience[] | null;
  matrix: DecisionMatrix | null;
  reviewDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  /** How other files of the same source name this one, and how this one names others. */
  ref: string;
  supersedesRef: string | null;
  supersededByRef: string | null;
}

export const exportRef = (key: string): string => `export:${key.toUpperCase()}`;
export const adrRef = (n: number): string => `adr:${n}`;

/** Reads every file; a broken export refuses the whole import (400), naming file and line. */
export function readImportFiles(files: readonly DocumentFile[]): { candidates: Candidate[]; warnings: TransferWarning[] } {
  const errors: FieldError[] = [];
  const warnings: TransferWarning[] = [];
  const candidates: Candidate[] = [];
  const adrFiles: DocumentFile[] = [];
  const indexOf = new Map<string, number>();

  files.forEach((file, i) => {
    indexOf.set(file.path, i);
    for (const e of findUnstorableText(file)) errors.push({ pointer: `/files/${i}${e.pointer}`, message: `${file.path}: ${e.message}` });
    if (!file.path.toLowerCase().endsWith('.md')) {
      warnings.push({ path: file.path, message: `${file.path}: not a Markdown file (.md); skipped.` });
      return;
    }
    if (!isStaffpathFile(file.content)) {
      adrFiles.push(file);
      return;
    }
    const parsed = parseDocumentFile(file);
    if ('problems' in parsed) {
      for (const p of parsed.problems) errors.push({ pointer: `/files/${i}/content`, message: `${file.path}:${p.line}: ${p.message}` });
      return;
    }
    for (const n of parsed.notes) warnings.push({ path: file.path, message: `${file.path}:${n.line}: ${n.message}` });
    const d = parsed.document;
    candidates.push({
      path: file.path,
      source: 'export',
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: d.title,
      body: d.body,
      status: d.status,
      audience: parsed.audienceGiven ? d.audience : null,
      matrix: d.matrix ?? null,
      reviewDeadline: d.reviewDeadline,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      ref: exportRef(documentKey(d.kind, d.number)),
      supersedesRef: d.supersedes ? exportRef(d.supersedes) : null,
      supersededByRef: d.supersededBy ? exportRef(d.supersededBy) : null,
    });
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', `The import has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported. ${errors[0]?.message ?? ''}`, { errors });
  }

  const { adrs, warnings: adrWarnings } = readAdrFolder(adrFiles);
  warnings.push(...adrWarnings);
  const now = nowIso();
  for (const a of adrs) {
    const createdAt = a.date ? `${a.date}T00:00:00.000Z` : now;
    if (!a.date) warnings.push({ path: a.path, message: `${a.path}: the record gives no date; it is dated today.` });
    if (a.supersedes.length > 1) {
      warnings.push({ path: a.path, message: `${a.path}: supersedes ${a.supersedes.length} records; a document links to one, so only record ${a.supersedes[0]} is linked.` });
    }
    const first = a.supersedes[0];
    candidates.push({
      path: a.path,
      source: 'adr',
      id: null,
      kind: 'adr',
      number: a.number,
      title: a.title,
      body: a.body,
      status: a.status,
      audience: null,
      matrix: null,
      reviewDeadline: null,
      createdAt,
      updatedAt: createdAt,
      ref: adrRef(a.number),
      supersedesRef: first === undefined ? null : adrRef(first),
      supersededByRef: a.supersededBy === null ? null : adrRef(a.supersededBy),
    });
  }
  candidates.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.number - b.number || (a.path < b.path ? -1 : 1)));
  return { candidates, warnings };
}
