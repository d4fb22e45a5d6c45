import { withTransaction, type Db } from '../../storage/database.js';
import { documentsRepository, type RevisionRow } from '../../storage/repositories/documents.repository.js';
import { AppError, invalid, notFound } from '../errors.js';
import { nowIso } from '../ids.js';
import { loadScope } from '../scope.js';
import { staleVersion } from '../owners.js';
import type { Actor } from '../types.js';
import type { DocumentStatus } from './document-lifecycle.js';
import { EDITABLE_STATUSES } from './document-rules.js';
import { parseMatrix, toRevision, type Versioned } from './document-shapes.js';
import type { DocumentsService } from './documents.service.js';
import { revisionDiff, type RevisionDiff } from './revision-diff.js';
import type { Document, Revision } from './types.js';

/**
 * Every saved version of a document (issue 10 item 5): the list, one revision, a readable diff of
 * two (jsdiff), and restore, which makes a new revision with an old one's content — nothing is
 * rewritten. Whoever sees the document sees its revisions; restoring is the author's.
 */
export class DocumentRevisionsService {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentsService,
  ) {}

  async revisions(actor: Actor, id: string): Promise<Revision[]> {
    await this.documents.load(await loadScope(this.db, actor), id);
    return (await documentsRepository.revisions(this.db, id)).map(toRevision);
  }

  private async revisionOf(db: Db, id: string, revision: number, pointer: string): Promise<RevisionRow> {
    const r = await documentsRepository.revision(db, id, revision);
    if (!r) throw invalid(pointer, `This document has no revision ${revision}.`, 'validation_failed', pointer.startsWith('/') ? undefined : 'query');
    return r;
  }

  async revision(actor: Actor, id: string, revision: number): Promise<Revision> {
    await this.documents.load(await loadScope(this.db, actor), id);
    const r = await documentsRepository.revision(this.db, id, revision);
    if (!r) throw notFound('revision');
    return toRevision(r);
  }

  async diff(actor: Actor, id: string, from: number, to: number): Promise<RevisionDiff & { from: number; to: number }> {
    await this.documents.load(await loadScope(this.db, actor), id);
    const [a, b] = [await this.revisionOf(this.db, id, from, 'from'), await this.revisionOf(this.db, id, to, 'to')];
    return { from, to, ...revisionDiff(a.body, b.body) };
  }

  /** Restoring an old version makes a new revision with its content (nothing is rewritten). */
  async restore(actor: Actor, id: string, revision: number, ifMatch: number | undefined): Promise<Versioned<Document>> {
    return withTransaction(this.db, async (trx) => {
      const { row } = await this.documents.loadWritable(await loadScope(trx, actor), id, trx);
      this.documents.checkVersion(row, ifMatch);
      if (!EDITABLE_STATUSES.includes(row.status as DocumentStatus)) throw new AppError('document_final', `This document is ${row.status}; its text no longer changes.`);
      const old = await documentsRepository.revision(trx, id, revision);
      if (!old) throw notFound('revision');
      const content = { title: old.title, body: old.body, matrix: parseMatrix(old.matrix) };
      const now = nowIso();
      const next = row.revision + 1;
      const ok = await documentsRepository.update(
        trx,
        id,
        { title: content.title, body: content.body, matrix: old.matrix, revision: next, version: row.version + 1, updated_at: now },
        row.version,
      );
      if (!ok) throw staleVersion('document');
      await this.documents.addRevision(trx, id, next, content, actor.personId, revision, now);
      return this.documents.one(trx, id);
    });
  }
}
