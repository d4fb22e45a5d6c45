/**
 * Moving evidence in and out as Markdown: the lossless export (one file per period), its
 * import, and the import of a plain brag document. Imports are all-or-nothing, skip ids
 * that already exist (so importing twice creates nothing twice) and can be previewed.
 */
import { withTransaction, type Db } from '../../storage/database.js';
import { AppError, type FieldError } from '../errors.js';
import type { Actor } from '../types.js';
import { checkEvidence } from './evidence-rules.js';
import type { EvidenceService } from './evidence.service.js';
import { extractMetrics } from './metric-extraction.js';
import { exportEvidence, type ExportFile, type ExportPeriod } from './markdown-export.js';
import { parseBragDocument, parseEvidenceExport } from './markdown-import.js';
import type { EvidenceInput } from './types.js';

export type ImportRequest =
  | { format: 'staffpath'; files: { path: string; content: string }[] }
  | { format: 'brag'; markdown: string; today?: string };

export interface ImportPreviewEntry extends EvidenceInput {
  id: string | null;
  /** Where it came from: `2026-11.md:12` */
  source: string;
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  skipped: { id: string | null; source: string; reason: string }[];
  entries: ImportPreviewEntry[];
  warnings: { source: string; message: string }[];
}

export class EvidenceTransfer {
  constructor(
    private readonly db: Db,
    private readonly evidence: EvidenceService,
  ) {}

  async exportMarkdown(actor: Actor, period: ExportPeriod): Promise<ExportFile[]> {
    return exportEvidence(await this.evidence.allOwn(actor), period);
  }

  async import(actor: Actor, request: ImportRequest, dryRun: boolean): Promise<ImportResult> {
    const entries: ImportPreviewEntry[] = [];
    const warnings: ImportResult['warnings'] = [];
    const errors: FieldError[] = [];

    if (request.format === 'staffpath') {
      const parsed = parseEvidenceExport(request.files);
      for (const e of parsed.errors) errors.push({ pointer: `/files/${request.files.findIndex((f) => f.path === e.path)}`, message: `${e.path}:${e.line}: ${e.message}` });
      for (const e of parsed.entries) entries.push({ ...e, source: e.id });
    } else {
      const parsed = parseBragDocument(request.markdown, { ...(request.today && { today: request.today }) });
      for (const w of parsed.warnings) warnings.push({ source: `line ${w.line}`, message: w.message });
      for (const { sourceLine, ...e } of parsed.entries) {
        const metrics = extractMetrics(`${e.title}\n${e.body ?? ''}`);
        entries.push({ ...e, metrics: e.metrics?.length ? e.metrics : metrics, id: null, source: `line ${sourceLine}` });
      }
    }
    // Every entry must be valid before anything is written.
    const dimensionIds = await this.evidence.dimensionIds();
    entries.forEach((e, i) => {
      try {
        checkEvidence(e, dimensionIds);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        for (const fe of err.errors ?? []) errors.push({ pointer: `/entries/${i}${fe.pointer}`, message: `${e.source}: ${fe.message}` });
      }
    });
    if (errors.length > 0) {
      throw new AppError('validation_failed', `The import has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported. ${errors[0]?.message ?? ''}`, { errors });
    }

    const existing = await this.evidence.existingIds(entries.flatMap((e) => (e.id ? [e.id] : [])));
    const skipped: ImportResult['skipped'] = [];
    const seen = new Set<string>();
    const fresh = entries.filter((e) => {
      if (e.id && (existing.has(e.id) || seen.has(e.id))) {
        skipped.push({ id: e.id, source: e.source, reason: 'an entry with this id already exists' });
        return false;
      }
      if (e.id) seen.add(e.id);
      return true;
    });
    if (!dryRun && fresh.length > 0) {
      await withTransaction(this.db, async (trx) => {
        for (const { id, source: _source, ...input } of fresh) {
          await this.evidence.insert(trx, actor.personId, input, 'import', ...(id ? [id] : []));
        }
      });
    }
    return { dryRun, created: dryRun ? 0 : fresh.length, skipped, entries: fresh, warnings };
  }
}
