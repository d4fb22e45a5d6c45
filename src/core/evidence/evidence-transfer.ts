/**
 * Moving evidence in and out as Markdown: the lossless export (one file per period), its
 * import, and the import of a plain brag document. Imports are all-or-nothing, skip entries
 * already in the importer's log (so importing twice creates nothing twice) and can be
 * previewed.
 *
 * Ids are global, so an import must never tell whether an id is taken by someone else's
 * entry. The answer (preview or real) depends only on the file and the importer's own log:
 *
 * - an entry whose id (or the id derived from it, below) is one of the importer's own entries,
 *   in the trash or not, is skipped as already there;
 * - otherwise it is imported, and the answer says so in the same words whatever else exists.
 *   It keeps its id when that id is free. When another person's entry has the id, it is
 *   stored under an id derived from it: the same time part, then 16 characters of an HMAC of
 *   the importer and the id under a key kept in the database (`settings`). The derived id is
 *   the same every time, so a second import finds it and skips the entry, exactly as when the
 *   id was kept; and nobody can predict it, so nobody can take it first. (Should it be taken
 *   anyway, or be an id the same import also carries, the entry gets a fresh id.)
 *
 * Ids in an export must have the product's form (`isId`); anything else is refused with the
 * file and line, like any other problem in a file.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { withTransaction, type Db } from '../../storage/database.js';
import { evidenceIdsRepository } from '../../storage/repositories/evidence-ids.repository.js';
import { AppError, isUniqueViolation, type FieldError } from '../errors.js';
import { isId } from '../ids.js';
import type { Actor } from '../types.js';
import { checkEvidence } from './evidence-rules.js';
import { isOwnInitiative, type EvidenceService } from './evidence.service.js';
import { extractMetrics } from './metric-extraction.js';
import { exportEvidence, type ExportFile, type ExportPeriod } from './markdown-export.js';
import { parseBragDocument, parseEvidenceExport } from './markdown-import.js';
import type { EvidenceInput } from './types.js';

/** The setting that holds the key of derived ids, made on first use. */
const IMPORT_KEY_SETTING = 'evidence_import_id_key';
/** The alphabet of `newId` (ids.ts); `isId` checks every derived id against it. */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** The id an entry takes when another person's entry already has `id` (see above). */
export function derivedImportId(key: string, importerId: string, id: string): string {
  const mac = createHmac('sha256', key).update(`${importerId}\u0000${id}`).digest();
  let rest = '';
  for (let i = 0; i < 16; i++) rest += ID_ALPHABET[(mac[i] ?? 0) % 32];
  const derived = id.slice(0, 10) + rest;
  if (!isId(derived)) throw new Error('derived import id has the wrong form');
  return derived;
}

const ID_FORM_MESSAGE = '`id` must be a staffpath id: 26 characters, digits and lower-case letters other than i, l, o and u.';

export type ImportRequest =
  | { format: 'staffpath'; files: { path: string; content: string }[] }
  | { format: 'brag'; markdown: string; today?: string };

export interface ImportPreviewEntry extends EvidenceInput {
  /** The id the entry carries in the import (null in a brag document), not necessarily the stored one. */
  id: string | null;
  /** Where it came from: `2026-11.md:12` (the line of its id), or `line 12` in a brag document */
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
      const pointer = (path: string) => `/files/${request.files.findIndex((f) => f.path === path)}`;
      for (const e of parsed.errors) errors.push({ pointer: pointer(e.path), message: `${e.path}:${e.line}: ${e.message}` });
      parsed.entries.forEach((e, i) => {
        const at = parsed.locations[i] ?? { path: '', line: 0 };
        if (!isId(e.id)) errors.push({ pointer: pointer(at.path), message: `${at.path}:${at.line}: ${ID_FORM_MESSAGE}` });
        entries.push({ ...e, source: `${at.path}:${at.line}` });
      });
    } else {
      const parsed = parseBragDocument(request.markdown, { ...(request.today && { today: request.today }) });
      for (const w of parsed.warnings) warnings.push({ source: `line ${w.line}`, message: w.message });
      for (const { sourceLine, ...e } of parsed.entries) {
        const metrics = extractMetrics(`${e.title}\n${e.body ?? ''}`);
        entries.push({ ...e, metrics: e.metrics?.length ? e.metrics : metrics, id: null, source: `line ${sourceLine}` });
      }
    }
    // A link to an initiative that is not the importer's here (an export from another
    // installation, say) is dropped with a warning rather than refusing the whole import.
    for (const e of entries) {
      if (e.initiativeId != null && !(await isOwnInitiative(this.db, actor.personId, e.initiativeId))) {
        warnings.push({ source: e.source, message: `The initiative ${e.initiativeId} is not one of yours here; the entry is imported without the link.` });
        e.initiativeId = null;
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

    for (let attempt = 1; ; attempt++) {
      const { fresh, skipped } = await this.plan(actor.personId, entries);
      const answer = (): ImportResult => ({ dryRun, created: dryRun ? 0 : fresh.length, skipped, entries: fresh.map((f) => f.entry), warnings });
      if (dryRun || fresh.length === 0) return answer();
      try {
        await withTransaction(this.db, async (trx) => {
          for (const { entry, storeAs } of fresh) {
            const { id: _id, source: _source, ...input } = entry;
            await this.evidence.insert(trx, actor.personId, input, 'import', ...(storeAs ? [storeAs] : []));
          }
        });
        return answer();
      } catch (err) {
        // Another import took one of these ids since the plan: plan again, now that it is taken.
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  }

  /**
   * Which entries to create and under which id (undefined: a fresh one), and which to skip.
   * What it answers depends only on the entries and the importer's own log; who else holds an
   * id changes only `storeAs`, which never reaches the answer.
   */
  private async plan(importerId: string, entries: ImportPreviewEntry[]): Promise<{ fresh: { entry: ImportPreviewEntry; storeAs: string | undefined }[]; skipped: ImportResult['skipped'] }> {
    const carried = entries.flatMap((e) => (e.id ? [e.id] : []));
    const key = carried.length > 0 ? await evidenceIdsRepository.settingOnce(this.db, IMPORT_KEY_SETTING, () => randomBytes(32).toString('hex')) : '';
    const derived = new Map(carried.map((id) => [id, derivedImportId(key, importerId, id)]));
    const taken = await evidenceIdsRepository.taken(this.db, importerId, [...carried, ...derived.values()]);
    const explicit = new Set(carried);
    const seen = new Set<string>();
    const used = new Set<string>();
    const fresh: { entry: ImportPreviewEntry; storeAs: string | undefined }[] = [];
    const skipped: ImportResult['skipped'] = [];
    for (const entry of entries) {
      const id = entry.id;
      if (id === null) {
        fresh.push({ entry, storeAs: undefined });
        continue;
      }
      const alt = derived.get(id) ?? '';
      if (seen.has(id)) {
        skipped.push({ id, source: entry.source, reason: 'this id appears twice in the import' });
        continue;
      }
      seen.add(id);
      if (taken.own.has(id) || taken.own.has(alt)) {
        skipped.push({ id, source: entry.source, reason: 'already in your evidence log' });
        continue;
      }
      let storeAs: string | undefined;
      if (!taken.others.has(id) && !used.has(id)) storeAs = id;
      else if (!taken.others.has(alt) && !explicit.has(alt) && !used.has(alt)) storeAs = alt;
      if (storeAs) used.add(storeAs);
      fresh.push({ entry, storeAs });
    }
    return { fresh, skipped };
  }
}
