import { withTransaction, type Db } from '../../storage/database.js';
import { documentReviewsRepository, type CommentRow, type ReviewRow } from '../../storage/repositories/document-reviews.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { AppError, invalid, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { loadScope } from '../scope.js';
import { assertAuthorized, authorize, type ViewerScope } from '../visibility.js';
import type { Actor } from '../types.js';
import type { DocumentEvents } from './document-events.js';
import type { DocumentsService } from './documents.service.js';
import { visibleDocument, type LoadedDocument } from './document-shapes.js';
import type { Verdict } from './review-rules.js';
import type { Document, DocumentComment, DocumentReviewer, Review } from './types.js';

export const toReview = (r: ReviewRow): Review => ({
  id: r.id,
  documentId: r.document_id,
  reviewerId: r.reviewer_id,
  verdict: r.verdict as Verdict,
  body: r.body,
  revision: r.revision,
  createdAt: r.created_at,
});

export const toComment = (r: CommentRow): DocumentComment => ({
  id: r.id,
  documentId: r.document_id,
  authorId: r.author_id,
  section: r.section,
  body: r.body,
  parentId: r.parent_id,
  resolved: r.resolved_at !== null,
  resolvedAt: r.resolved_at,
  resolvedById: r.resolved_by_id,
  createdAt: r.created_at,
});

/**
 * Review and sign-off (issue 10 item 4): reviewers and required approvers, chosen by the author;
 * verdicts by reviewers while the document is in review; comments anchored to a section heading,
 * with replies and resolve, by the author and the reviewers. A reviewer sees the document from
 * being added until being removed (the §4 `reviewer` grant, read from `document_reviewers`).
 */
export class DocumentReviewsService {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentsService,
    private readonly events: DocumentEvents,
  ) {}

  private async presented(db: Db, loaded: LoadedDocument): Promise<Document> {
    return (await this.documents.present(db, [loaded.row]))[0] as Document;
  }

  private assertMay(scope: ViewerScope, loaded: LoadedDocument, action: 'edit' | 'review' | 'comment', message: string): void {
    assertAuthorized(authorize(scope, action, { kind: 'document', item: visibleDocument(loaded.row, loaded.reviewers) }), 'document', message);
  }

  /** Adds a reviewer (201), or changes whether an existing one is a required approver (`created: false`). */
  async addReviewer(actor: Actor, id: string, input: { personId: string; required: boolean }): Promise<{ reviewer: DocumentReviewer; created: boolean }> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const loaded = await this.documents.load(scope, id, trx);
      this.assertMay(scope, loaded, 'edit', 'Only the author chooses the reviewers.');
      if (input.personId === loaded.row.owner_id) throw invalid('/personId', 'The author cannot review their own document.');
      const person = await peopleRepository.findById(trx, input.personId);
      if (!person || person.active !== 1) throw invalid('/personId', 'Choose an active person of the organisation.');
      const existing = loaded.reviewers.find((r) => r.person_id === input.personId);
      if (existing) await documentReviewsRepository.setRequired(trx, id, input.personId, input.required);
      else await documentReviewsRepository.addReviewer(trx, { document_id: id, person_id: input.personId, required: input.required ? 1 : 0, added_at: nowIso() });
      const doc = await this.presented(trx, loaded);
      if (!existing) await this.events.reviewerAdded(trx, actor, doc, input.personId);
      return { reviewer: doc.reviewers.find((r) => r.personId === input.personId) as DocumentReviewer, created: !existing };
    });
  }

  /** Removes a reviewer: from now on they no longer see the document (their past reviews stay on it). */
  async removeReviewer(actor: Actor, id: string, personId: string): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const loaded = await this.documents.load(scope, id, trx);
      this.assertMay(scope, loaded, 'edit', 'Only the author chooses the reviewers.');
      if (!(await documentReviewsRepository.removeReviewer(trx, id, personId))) throw notFound('reviewer');
    });
  }

  async reviews(actor: Actor, id: string): Promise<Review[]> {
    await this.documents.load(await loadScope(this.db, actor), id);
    return (await documentReviewsRepository.reviewsOf(this.db, [id])).map(toReview);
  }

  /** A verdict by a reviewer while the document is in review (409 `not_in_review` otherwise). */
  async addReview(actor: Actor, id: string, input: { verdict: Verdict; body: string }): Promise<Review> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const loaded = await this.documents.load(scope, id, trx);
      this.assertMay(scope, loaded, 'review', 'Only the document’s reviewers give verdicts; ask the author to add you.');
      const body = input.body.trim();
      if (input.verdict === 'request-changes' && !body) throw invalid('/body', 'Say which changes you ask for.');
      if (loaded.row.status !== 'in-review') {
        throw new AppError('not_in_review', `This document is ${loaded.row.status}; verdicts are given while it is in review.`);
      }
      const row = { id: newId(), document_id: id, reviewer_id: actor.personId, verdict: input.verdict, body, revision: loaded.row.revision, created_at: nowIso() };
      await documentReviewsRepository.insertReview(trx, row);
      const review = toReview(row);
      await this.events.reviewed(trx, actor, await this.presented(trx, loaded), review);
      return review;
    });
  }

  async comments(actor: Actor, id: string): Promise<DocumentComment[]> {
    await this.documents.load(await loadScope(this.db, actor), id);
    return (await documentReviewsRepository.commentsOf(this.db, id)).map(toComment);
  }

  /** A comment on a section (or a reply to one), by the author or a reviewer. */
  async addComment(actor: Actor, id: string, input: { section: string; body: string; parentId?: string | undefined }): Promise<DocumentComment> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const loaded = await this.documents.load(scope, id, trx);
      this.assertMay(scope, loaded, 'comment', 'Only the author and the reviewers comment on a document.');
      const section = input.section.trim();
      const body = input.body.trim();
      if (!section) throw invalid('/section', 'Name the section the comment is about.');
      if (!body) throw invalid('/body', 'Write the comment.');
      let parent: CommentRow | undefined;
      if (input.parentId) {
        parent = await documentReviewsRepository.comment(trx, input.parentId);
        if (!parent || parent.document_id !== id) throw invalid('/parentId', 'Reply to a comment of this document.');
      }
      const row = {
        id: newId(),
        document_id: id,
        author_id: actor.personId,
        section: parent ? parent.section : section,
        body,
        parent_id: parent?.id ?? null,
        resolved_at: null,
        resolved_by_id: null,
        created_at: nowIso(),
      };
      await documentReviewsRepository.insertComment(trx, row);
      const comment = toComment(row);
      await this.events.commented(trx, actor, await this.presented(trx, loaded), comment, parent?.author_id ?? null);
      return comment;
    });
  }

  /** Resolves a comment thread, or reopens it (`resolved: false`). */
  async resolveComment(actor: Actor, id: string, commentId: string, resolved: boolean): Promise<DocumentComment> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const loaded = await this.documents.load(scope, id, trx);
      const row = await documentReviewsRepository.comment(trx, commentId);
      if (!row || row.document_id !== id) throw notFound('comment');
      this.assertMay(scope, loaded, 'comment', 'Only the author and the reviewers resolve comments.');
      const at = resolved ? nowIso() : null;
      await documentReviewsRepository.resolveComment(trx, commentId, at, resolved ? actor.personId : null);
      return toComment({ ...row, resolved_at: at, resolved_by_id: resolved ? actor.personId : null });
    });
  }
}
