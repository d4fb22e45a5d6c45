import type { Insertable, Selectable, Updateable } from 'kysely';
import { CONTENT_KINDS, type VisibilityFilter } from '../../shared/policy.js';
import type { Db } from '../database.js';
import type { DocumentRevisionsTable, DocumentsTable } from '../schema.js';
import { visibleSql } from '../visibility-sql.js';

export type DocumentRow = Selectable<DocumentsTable>;
export type RevisionRow = Selectable<DocumentRevisionsTable>;

export interface DocumentCriteria {
  visible: VisibilityFilter;
  owners?: string[] | undefined;
  kinds?: string[] | undefined;
  statuses?: string[] | undefined;
  /** Only documents this person reviews. */
  reviewerId?: string | undefined;
  initiativeId?: string | undefined;
  /** Only documents in review that still wait for this reviewer's approve or request-changes. */
  waitingFor?: string | undefined;
}

export const documentsRepository = {
  findById(db: Db, id: string): Promise<DocumentRow | undefined> {
    return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByIds(db: Db, ids: string[]): Promise<DocumentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('documents').selectAll().where('id', 'in', ids).execute();
  },

  findByNumber(db: Db, kind: string, number: number): Promise<DocumentRow | undefined> {
    return db.selectFrom('documents').selectAll().where('kind', '=', kind).where('number', '=', number).executeTakeFirst();
  },

  /**
   * The next number of `kind`, taken inside the caller's transaction: the counter row is
   * updated first, so concurrent creators queue on it (PostgreSQL row lock; SQLite runs one
   * transaction at a time) and a rolled-back create gives its number back.
   */
  async takeNumber(db: Db, kind: string): Promise<number> {
    await db.insertInto('document_numbers').values({ kind, last_number: 0 }).onConflict((oc) => oc.column('kind').doNothing()).execute();
    const row = await db
      .updateTable('document_numbers')
      .set((eb) => ({ last_number: eb('last_number', '+', 1) }))
      .where('kind', '=', kind)
      .returning('last_number')
      .executeTakeFirstOrThrow();
    return Number(row.last_number);
  },

  /** An imported document keeps its number: the counter moves up to it (never down). */
  async claimNumber(db: Db, kind: string, number: number): Promise<void> {
    await db.insertInto('document_numbers').values({ kind, last_number: 0 }).onConflict((oc) => oc.column('kind').doNothing()).execute();
    await db.updateTable('document_numbers').set({ last_number: number }).where('kind', '=', kind).where('last_number', '<', number).execute();
  },

  async insert(db: Db, row: Insertable<DocumentsTable>): Promise<void> {
    await db.insertInto('documents').values(row).execute();
  },

  /** Updates only if the stored version is `expectedVersion`; returns whether it did. */
  async update(db: Db, id: string, patch: Updateable<DocumentsTable>, expectedVersion: number): Promise<boolean> {
    const r = await db.updateTable('documents').set(patch).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Sets a link column on another document (supersedes / superseded by) and bumps its version. */
  async link(db: Db, id: string, patch: Pick<Updateable<DocumentsTable>, 'supersedes_id' | 'superseded_by_id'>, now: string): Promise<void> {
    await db
      .updateTable('documents')
      .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .execute();
  },

  /** Removes the document with everything hanging off it; links to it from other documents are cleared. */
  async remove(db: Db, id: string, expectedVersion: number): Promise<boolean> {
    await db.updateTable('documents').set({ supersedes_id: null }).where('supersedes_id', '=', id).execute();
    await db.updateTable('documents').set({ superseded_by_id: null }).where('superseded_by_id', '=', id).execute();
    await db.deleteFrom('stakeholders').where('document_id', '=', id).execute();
    const r = await db.deleteFrom('documents').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  /** Newest first; `after` is the last row of the previous page. */
  list(db: Db, c: DocumentCriteria, after: { k: string; id: string } | null, limit: number): Promise<DocumentRow[]> {
    let q = db.selectFrom('documents as d').selectAll('d').where(visibleSql(CONTENT_KINDS.document, 'd', c.visible));
    if (c.owners) q = q.where('d.owner_id', 'in', c.owners);
    if (c.kinds && c.kinds.length > 0) q = q.where('d.kind', 'in', c.kinds);
    if (c.statuses && c.statuses.length > 0) q = q.where('d.status', 'in', c.statuses);
    if (c.initiativeId) q = q.where('d.initiative_id', '=', c.initiativeId);
    if (c.reviewerId) {
      const reviewerId = c.reviewerId;
      q = q.where('d.id', 'in', (eb) => eb.selectFrom('document_reviewers').select('document_id').where('person_id', '=', reviewerId));
    }
    if (c.waitingFor) {
      const who = c.waitingFor;
      q = q
        .where('d.status', '=', 'in-review')
        .where('d.id', 'in', (eb) => eb.selectFrom('document_reviewers').select('document_id').where('person_id', '=', who))
        .where('d.id', 'not in', (eb) =>
          eb.selectFrom('document_reviews').select('document_id').where('reviewer_id', '=', who).where('verdict', 'in', ['approve', 'request-changes']),
        );
    }
    if (after) q = q.where((eb) => eb.or([eb('d.created_at', '<', after.k), eb.and([eb('d.created_at', '=', after.k), eb('d.id', '<', after.id)])]));
    return q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit + 1).execute();
  },

  /** Every document of one owner the caller may see (readiness, plan detectors, export). */
  ofOwner(db: Db, ownerId: string, visible: VisibilityFilter): Promise<DocumentRow[]> {
    return db
      .selectFrom('documents as d')
      .selectAll('d')
      .where('d.owner_id', '=', ownerId)
      .where(visibleSql(CONTENT_KINDS.document, 'd', visible))
      .orderBy('d.created_at', 'desc')
      .limit(5000)
      .execute();
  },

  // --- revisions ------------------------------------------------------------------------

  async insertRevision(db: Db, row: Insertable<DocumentRevisionsTable>): Promise<void> {
    await db.insertInto('document_revisions').values(row).execute();
  },

  revisions(db: Db, documentId: string): Promise<RevisionRow[]> {
    return db.selectFrom('document_revisions').selectAll().where('document_id', '=', documentId).orderBy('revision', 'desc').execute();
  },

  revision(db: Db, documentId: string, revision: number): Promise<RevisionRow | undefined> {
    return db.selectFrom('document_revisions').selectAll().where('document_id', '=', documentId).where('revision', '=', revision).executeTakeFirst();
  },
};
