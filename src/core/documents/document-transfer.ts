/**
 * Documents as files (issue 10 item 8): the export of every document a person owns, one
 * Markdown file each (document-markdown.ts), and the import of a folder that holds such
 * exports, Nygard ADRs or MADR ADRs (adr-import.ts), all in one transaction.
 *
 * What an import keeps and decides:
 * - The importer owns everything it imports; the audience comes from the file, else the
 *   importer's default audience. Each document gets revision 1 (its body) by the importer.
 * - Numbers are kept. A number another document already has (or an earlier file of the same
 *   import) makes the file take the next free number of its kind, with a warning naming it.
 * - Dates are kept: `createdAt`/`updatedAt` from an export; an ADR's date at 00:00 UTC.
 *   A document that left draft counts as submitted at `createdAt`; an approved one as approved
 *   at `updatedAt` (an ADR: at its date), a superseded one at `createdAt`.
 * - Statuses are kept (an ADR's are mapped by adr-import.ts), and supersedes links are set on
 *   both documents whichever of the two files names the other.
 * - Importing twice creates nothing twice: an export whose `id` exists already is skipped, and
 *   so is an ADR when one of the importer's own ADRs has its title and body.
 * - A file that does not read as an export is refused with its line, and nothing is written;
 *   an ADR that does not read is a warning and the rest imports. `dryRun` runs the whole
 *   import and rolls it back, so the preview is exactly what the import would do.
 */
import { withTransaction, type Db } from '../../storage/database.js';
import { documentsRepository, type DocumentRow } from '../../storage/repositories/documents.repository.js';
import { isUniqueViolation } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { defaultAudienceOf } from '../owners.js';
import type { Actor, Audience } from '../types.js';
import type { VisibilityFilter } from '../visibility.js';
import { documentKey, isDocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import { toMarkdownFile, type DocumentFile } from './document-markdown.js';
import { readImportFiles, type Candidate, type TransferWarning } from './document-import-files.js';
import { audienceColumns, parseMatrix } from './document-shapes.js';

export type { TransferWarning };

export interface ImportAnswer {
  imported: number;
  skipped: number;
  warnings: TransferWarning[];
  documents: { id: string; key: string; title: string; status: DocumentStatus }[];
}

/** Thrown inside the transaction of a dry run to roll it back, carrying the answer out. */
class DryRunRollback extends Error {
  constructor(readonly answer: ImportAnswer) {
    super('dry run');
  }
}

/** The §4 owner branch alone: export and import deal only in the caller's own documents. */
const ownOnly = (personId: string): VisibilityFilter => ({ viewerId: personId, branches: [{ relation: 'owner', owners: [personId], audience: null }] });

export class DocumentTransfer {
  constructor(private readonly db: Db) {}

  /** Every document the caller owns, whatever its status, one file each, ordered by file name. */
  async exportFiles(actor: Actor): Promise<DocumentFile[]> {
    const rows = await documentsRepository.ofOwner(this.db, actor.personId, ownOnly(actor.personId));
    const linked = rows.flatMap((r) => [r.supersedes_id, r.superseded_by_id]).filter((id): id is string => id !== null);
    const keys = new Map<string, string>();
    for (const r of [...rows, ...(await documentsRepository.findByIds(this.db, [...new Set(linked)]))]) {
      if (isDocumentKind(r.kind)) keys.set(r.id, documentKey(r.kind, r.number));
    }
    const keyOfId = (id: string | null): string | null => (id === null ? null : (keys.get(id) ?? null));
    const files = rows.flatMap((r) => {
      if (!isDocumentKind(r.kind)) return [];
      return [
        toMarkdownFile({
          id: r.id,
          kind: r.kind,
          number: r.number,
          title: r.title,
          status: r.status as DocumentStatus,
          audience: JSON.parse(r.audience) as Audience[],
          supersedes: keyOfId(r.supersedes_id),
          supersededBy: keyOfId(r.superseded_by_id),
          reviewDeadline: r.review_deadline,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          ...(r.kind === 'trade-off' && { matrix: parseMatrix(r.matrix) }),
          body: r.body,
        }),
      ];
    });
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async import(actor: Actor, files: readonly DocumentFile[], dryRun: boolean): Promise<ImportAnswer> {
    const { candidates, warnings } = readImportFiles(files);
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTransaction(this.db, async (trx) => {
          const answer = await this.write(trx, actor, candidates, [...warnings]);
          if (dryRun) throw new DryRunRollback(answer);
          return answer;
        });
      } catch (err) {
        if (err instanceof DryRunRollback) return err.answer;
        // Someone else took one of these ids or numbers meanwhile: plan again, now that it is taken.
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  }

  private async write(trx: Db, actor: Actor, candidates: Candidate[], warnings: TransferWarning[]): Promise<ImportAnswer> {
    const warn = (path: string, message: string): void => {
      warnings.push({ path, message: `${path}: ${message}` });
    };
    // Documents already here, which a link may point at: ref → id (the importer's own only).
    const existing = new Map<string, DocumentRow>();
    const fresh: Candidate[] = [];
    let skipped = 0;

    const ids = candidates.flatMap((c) => (c.id ? [c.id] : []));
    const present = new Map((await documentsRepository.findByIds(trx, [...new Set(ids)])).map((r) => [r.id, r]));
    const seenIds = new Set<string>();
    let own: DocumentRow[] | undefined;
    for (const c of candidates) {
      if (c.id) {
        if (seenIds.has(c.id)) {
          warn(c.path, 'another file of this import has the same id; skipped.');
          skipped++;
          continue;
        }
        seenIds.add(c.id);
        const row = present.get(c.id);
        if (row) {
          warn(c.path, 'a document with this id is here already (imported before); skipped.');
          if (row.owner_id === actor.personId) existing.set(c.ref, row);
          skipped++;
          continue;
        }
      } else {
        // An ADR has no id: it was imported before when one of the importer's ADRs has its
        // title and body (whatever number it was given then).
        own ??= (await documentsRepository.ofOwner(trx, actor.personId, ownOnly(actor.personId))).filter((r) => r.kind === 'adr');
        const row = own.find((r) => r.title === c.title && r.body === c.body);
        if (row && isDocumentKind(row.kind)) {
          warn(c.path, `it is your ${documentKey(row.kind, row.number)} already (imported before); skipped.`);
          existing.set(c.ref, row);
          skipped++;
          continue;
        }
      }
      fresh.push(c);
    }

    // Numbers: keep every free one first, then give the clashing files the next free numbers.
    const numberOf = new Map<Candidate, number>();
    const used = new Set<string>();
    const clashes: Candidate[] = [];
    for (const c of fresh) {
      const slot = `${c.kind}:${c.number}`;
      if (used.has(slot) || (await documentsRepository.findByNumber(trx, c.kind, c.number))) {
        clashes.push(c);
        continue;
      }
      used.add(slot);
      await documentsRepository.claimNumber(trx, c.kind, c.number);
      numberOf.set(c, c.number);
    }
    for (const c of clashes) {
      const n = await documentsRepository.takeNumber(trx, c.kind);
      numberOf.set(c, n);
      warn(c.path, `${documentKey(c.kind, c.number)} is taken by another document here; imported as ${documentKey(c.kind, n)}.`);
    }

    // Ids, then links on both sides.
    const idOf = new Map<Candidate, string>(fresh.map((c) => [c, c.id ?? newId(Date.parse(c.createdAt))]));
    const byRef = new Map<string, string>(fresh.map((c) => [c.ref, idOf.get(c) as string]));
    const resolve = (ref: string): string | null => byRef.get(ref) ?? existing.get(ref)?.id ?? null;
    const supersedes = new Map<string, string>(); // newer → older
    const supersededBy = new Map<string, string>(); // older → newer
    for (const r of existing.values()) {
      if (r.supersedes_id) supersedes.set(r.id, r.supersedes_id);
      if (r.superseded_by_id) supersededBy.set(r.id, r.superseded_by_id);
    }
    const refName = (ref: string): string => ref.replace(/^export:/, '').replace(/^adr:/, 'record ');
    const pair = (c: Candidate, older: string, newer: string): void => {
      if (older === newer) return warn(c.path, 'a document cannot supersede itself; the link was left out.');
      const o = supersededBy.get(older);
      const n = supersedes.get(newer);
      if ((o !== undefined && o !== newer) || (n !== undefined && n !== older)) {
        return warn(c.path, 'names a supersedes link that another file contradicts; the first one read was kept.');
      }
      supersededBy.set(older, newer);
      supersedes.set(newer, older);
    };
    for (const c of fresh) {
      const self = idOf.get(c) as string;
      for (const [ref, older] of [
        [c.supersedesRef, true],
        [c.supersededByRef, false],
      ] as const) {
        if (ref === null) continue;
        const other = resolve(ref);
        if (other === null) {
          // adr-import.ts already warns of records missing from the folder.
          if (c.source === 'export') warn(c.path, `links to ${refName(ref)}, which is not in this import; the link was left out.`);
          continue;
        }
        if (older) pair(c, other, self);
        else pair(c, self, other);
      }
    }

    // The importer's own documents already here that gain a link.
    const now = nowIso();
    for (const r of existing.values()) {
      const by = supersededBy.get(r.id) ?? null;
      const of = supersedes.get(r.id) ?? null;
      if (by !== r.superseded_by_id || of !== r.supersedes_id) {
        await documentsRepository.link(trx, r.id, { supersedes_id: of, superseded_by_id: by }, now);
      }
    }

    const defaultAudience = fresh.some((c) => c.audience === null) ? await defaultAudienceOf(trx, actor.personId) : [];
    const documents: ImportAnswer['documents'] = [];
    for (const c of fresh) {
      const id = idOf.get(c) as string;
      const number = numberOf.get(c) as number;
      const audience = c.audience ?? defaultAudience;
      const matrix = c.kind === 'trade-off' && c.matrix ? JSON.stringify(c.matrix) : null;
      await documentsRepository.insert(trx, {
        id,
        owner_id: actor.personId,
        kind: c.kind,
        number,
        title: c.title,
        body: c.body,
        status: c.status,
        matrix,
        initiative_id: null,
        supersedes_id: supersedes.get(id) ?? null,
        superseded_by_id: supersededBy.get(id) ?? null,
        review_deadline: c.reviewDeadline,
        ...audienceColumns(audience),
        revision: 1,
        submitted_at: c.status === 'draft' ? null : c.createdAt,
        approved_at: c.status === 'approved' ? c.updatedAt : c.status === 'superseded' ? c.createdAt : null,
        version: 1,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      });
      await documentsRepository.insertRevision(trx, {
        id: newId(),
        document_id: id,
        revision: 1,
        title: c.title,
        body: c.body,
        matrix,
        author_id: actor.personId,
        restored_from: null,
        created_at: now,
      });
      documents.push({ id, key: documentKey(c.kind, number), title: c.title, status: c.status });
    }
    documents.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { imported: documents.length, skipped, warnings, documents };
  }
}
