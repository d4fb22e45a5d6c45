import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { DocumentCommentsTable, DocumentReviewersTable, DocumentReviewsTable } from '../schema.js';

export type ReviewerRow = Selectable<DocumentReviewersTable>;
export type ReviewRow = Selectable<DocumentReviewsTable>;
export type CommentRow = Selectable<DocumentCommentsTable>;

/** Reviewers (the §4 grant), reviews and section comments of documents. */
export const documentReviewsRepository = {
  reviewersOf(db: Db, documentIds: string[]): Promise<ReviewerRow[]> {
    if (documentIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('document_reviewers').selectAll().where('document_id', 'in', documentIds).orderBy('added_at').orderBy('person_id').execute();
  },

  reviewer(db: Db, documentId: string, personId: string): Promise<ReviewerRow | undefined> {
    return db.selectFrom('document_reviewers').selectAll().where('document_id', '=', documentId).where('person_id', '=', personId).executeTakeFirst();
  },

  async addReviewer(db: Db, row: Insertable<DocumentReviewersTable>): Promise<void> {
    await db.insertInto('document_reviewers').values(row).execute();
  },

  async setRequired(db: Db, documentId: string, personId: string, required: boolean): Promise<void> {
    await db.updateTable('document_reviewers').set({ required: required ? 1 : 0 }).where('document_id', '=', documentId).where('person_id', '=', personId).execute();
  },

  async removeReviewer(db: Db, documentId: string, personId: string): Promise<boolean> {
    const r = await db.deleteFrom('document_reviewers').where('document_id', '=', documentId).where('person_id', '=', personId).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  reviewsOf(db: Db, documentIds: string[]): Promise<ReviewRow[]> {
    if (documentIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('document_reviews').selectAll().where('document_id', 'in', documentIds).orderBy('created_at').orderBy('id').execute();
  },

  async insertReview(db: Db, row: Insertable<DocumentReviewsTable>): Promise<void> {
    await db.insertInto('document_reviews').values(row).execute();
  },

  /** Reviews one person gave on other people's documents (readiness: influence; reach). */
  reviewsBy(db: Db, reviewerId: string, from: string, to: string): Promise<(ReviewRow & { owner_id: string })[]> {
    return db
      .selectFrom('document_reviews as r')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .selectAll('r')
      .select('d.owner_id')
      .where('r.reviewer_id', '=', reviewerId)
      .where('d.owner_id', '!=', reviewerId)
      .where('r.created_at', '>=', from)
      .where('r.created_at', '<', to)
      .orderBy('r.created_at')
      .execute();
  },

  commentsOf(db: Db, documentId: string): Promise<CommentRow[]> {
    return db.selectFrom('document_comments').selectAll().where('document_id', '=', documentId).orderBy('created_at').orderBy('id').execute();
  },

  comment(db: Db, id: string): Promise<CommentRow | undefined> {
    return db.selectFrom('document_comments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insertComment(db: Db, row: Insertable<DocumentCommentsTable>): Promise<void> {
    await db.insertInto('document_comments').values(row).execute();
  },

  async resolveComment(db: Db, id: string, resolvedAt: string | null, resolvedById: string | null): Promise<void> {
    await db.updateTable('document_comments').set({ resolved_at: resolvedAt, resolved_by_id: resolvedById }).where('id', '=', id).execute();
  },
};
