import { withTransaction, type Db } from '../../storage/database.js';
import { documentsRepository, type DocumentRow } from '../../storage/repositories/documents.repository.js';
import { documentReviewsRepository } from '../../storage/repositories/document-reviews.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { AppError, invalid, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { loadScope } from '../scope.js';
import { defaultAudienceOf, resolveOwners, staleVersion } from '../owners.js';
import { assertAuthorized, assertCanSee, authorize, canSee, contentFilter, type ViewerScope } from '../visibility.js';
import type { Actor, Page } from '../types.js';
import type { InitiativesService } from '../initiatives/initiatives.service.js';
import type { ParentAccess } from '../stakeholders/types.js';
import type { DecisionMatrix } from './decision-matrix.js';
import { documentKey, type DocumentKind } from './document-kinds.js';
import { OPEN_STATUSES, transitionProblem, type DocumentStatus } from './document-lifecycle.js';
import { changesContent, checkContent, EDITABLE_STATUSES } from './document-rules.js';
import { audienceColumns, parseMatrix, requireVersion, toDocument, visibleDocument, type LoadedDocument, type Versioned } from './document-shapes.js';
import type { DocumentTemplates } from './templates.js';
import type { DocumentEvents } from './document-events.js';
import type { Document, DocumentInput, DocumentQuery, NewDocumentInput } from './types.js';

/**
 * The writing workspace (issue 10; PRODUCT.md §7, §9 "Documents"): documents with per-kind
 * numbers, every saved revision, the lifecycle with its approval rule, supersedes links.
 * Reviewers, reviews and comments are in document-reviews.service.ts; revisions, diffs and
 * restore in document-revisions.service.ts.
 */
export class DocumentsService {
  constructor(
    private readonly db: Db,
    private readonly initiatives: InitiativesService,
    readonly templates: DocumentTemplates,
    private readonly events: DocumentEvents,
  ) {}

  async present(db: Db, rows: DocumentRow[]): Promise<Document[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [reviewers, reviews] = await Promise.all([documentReviewsRepository.reviewersOf(db, ids), documentReviewsRepository.reviewsOf(db, ids)]);
    return rows.map((r) => toDocument(r, reviewers.filter((x) => x.document_id === r.id), reviews.filter((x) => x.document_id === r.id)));
  }

  async one(db: Db, id: string): Promise<Versioned<Document>> {
    const row = (await documentsRepository.findById(db, id)) as DocumentRow;
    const [value] = await this.present(db, [row]);
    return { value: value as Document, version: row.version };
  }

  /** The document if the caller may see it (owner, audience, or a current reviewer); 404 otherwise. */
  async load(scope: ViewerScope, id: string, db: Db = this.db): Promise<LoadedDocument> {
    const row = await documentsRepository.findById(db, id);
    if (!row) throw notFound('document');
    const reviewers = await documentReviewsRepository.reviewersOf(db, [id]);
    assertCanSee(scope, visibleDocument(row, reviewers), 'document');
    return { row, reviewers };
  }

  /** The document if the caller may change it: invisible → 404, visible to someone who is not the owner → 403. */
  async loadWritable(scope: ViewerScope, id: string, db: Db, action: 'edit' | 'delete' = 'edit'): Promise<LoadedDocument> {
    const loaded = await this.load(scope, id, db);
    assertAuthorized(authorize(scope, action, { kind: 'document', item: visibleDocument(loaded.row, loaded.reviewers) }), 'document', 'Only the author can change a document; reviewers review and comment.');
    return loaded;
  }

  /** After validation (PRODUCT.md §8's order): If-Match missing → 428, stale → 412. */
  checkVersion(row: DocumentRow, ifMatch: number | undefined): void {
    if (row.version !== requireVersion(ifMatch)) throw staleVersion('document');
  }

  private async checkInitiative(db: Db, initiativeId: string | null | undefined, ownerId: string): Promise<void> {
    if (initiativeId && !(await this.initiatives.belongsTo(db, initiativeId, ownerId))) {
      throw invalid('/initiativeId', 'Link the document to one of your own initiatives.');
    }
  }

  async create(actor: Actor, input: NewDocumentInput): Promise<Versioned<Document>> {
    const content = checkContent(input.kind, {
      title: input.title,
      body: input.body ?? this.templates.filled(input.kind, input.title.trim()),
      matrix: input.matrix ?? null,
    });
    return withTransaction(this.db, async (trx) => {
      await this.checkInitiative(trx, input.initiativeId, actor.personId);
      const audience = input.audience ?? (await defaultAudienceOf(trx, actor.personId));
      const now = nowIso();
      const id = newId();
      const number = await documentsRepository.takeNumber(trx, input.kind);
      await documentsRepository.insert(trx, {
        id,
        owner_id: actor.personId,
        kind: input.kind,
        number,
        title: content.title,
        body: content.body,
        status: 'draft',
        matrix: content.matrix ? JSON.stringify(content.matrix) : null,
        initiative_id: input.initiativeId ?? null,
        supersedes_id: null,
        superseded_by_id: null,
        review_deadline: input.reviewDeadline ?? null,
        ...audienceColumns(audience),
        revision: 1,
        submitted_at: null,
        approved_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      await this.addRevision(trx, id, 1, content, actor.personId, null, now);
      return this.one(trx, id);
    });
  }

  async addRevision(db: Db, documentId: string, revision: number, c: { title: string; body: string; matrix: DecisionMatrix | null }, authorId: string, restoredFrom: number | null, now: string): Promise<void> {
    await documentsRepository.insertRevision(db, {
      id: newId(),
      document_id: documentId,
      revision,
      title: c.title,
      body: c.body,
      matrix: c.matrix ? JSON.stringify(c.matrix) : null,
      author_id: authorId,
      restored_from: restoredFrom,
      created_at: now,
    });
  }

  async get(actor: Actor, id: string): Promise<Versioned<Document>> {
    const { row } = await this.load(await loadScope(this.db, actor), id);
    return this.one(this.db, row.id);
  }

  async update(actor: Actor, id: string, patch: DocumentInput, ifMatch: number | undefined): Promise<Versioned<Document>> {
    return withTransaction(this.db, async (trx) => {
      const { row } = await this.loadWritable(await loadScope(trx, actor), id, trx);
      const kind = row.kind as DocumentKind;
      const current = { title: row.title, body: row.body, matrix: parseMatrix(row.matrix) };
      const content = checkContent(kind, {
        title: patch.title ?? current.title,
        body: patch.body ?? current.body,
        matrix: patch.matrix !== undefined ? patch.matrix : current.matrix,
      });
      if (patch.initiativeId !== undefined) await this.checkInitiative(trx, patch.initiativeId, row.owner_id);
      this.checkVersion(row, ifMatch);
      const contentChanges = changesContent(current, patch);
      if (contentChanges && !EDITABLE_STATUSES.includes(row.status as DocumentStatus)) {
        throw new AppError('document_final', `This document is ${row.status}; its text no longer changes. Write a new document that supersedes it.`);
      }
      const now = nowIso();
      const revision = contentChanges ? row.revision + 1 : row.revision;
      const ok = await documentsRepository.update(
        trx,
        id,
        {
          title: content.title,
          body: content.body,
          matrix: content.matrix ? JSON.stringify(content.matrix) : null,
          ...(patch.audience !== undefined && audienceColumns(patch.audience)),
          ...(patch.initiativeId !== undefined && { initiative_id: patch.initiativeId }),
          ...(patch.reviewDeadline !== undefined && { review_deadline: patch.reviewDeadline }),
          revision,
          version: row.version + 1,
          updated_at: now,
        },
        row.version,
      );
      if (!ok) throw staleVersion('document');
      if (contentChanges) await this.addRevision(trx, id, revision, content, actor.personId, null, now);
      return this.one(trx, id);
    });
  }

  async remove(actor: Actor, id: string, ifMatch: number | undefined): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      const { row } = await this.loadWritable(await loadScope(trx, actor), id, trx, 'delete');
      this.checkVersion(row, ifMatch);
      if (!(await documentsRepository.remove(trx, id, row.version))) throw staleVersion('document');
    });
  }

  /** Moves a document along its lifecycle (409 illegal_transition / approval_pending). */
  async transition(actor: Actor, id: string, move: { to: DocumentStatus; supersededBy?: string | undefined }, ifMatch: number | undefined): Promise<Versioned<Document>> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const { row } = await this.loadWritable(scope, id, trx);
      const from = row.status as DocumentStatus;
      const problem = transitionProblem(from, move.to, { supersededBy: move.supersededBy ?? null, selfId: id });
      if (problem && problem.code !== 'illegal_transition') throw invalid(problem.pointer, problem.message);
      this.checkVersion(row, ifMatch);
      if (problem) throw new AppError('illegal_transition', problem.message);
      const now = nowIso();
      if (move.to === 'approved') {
        const [doc] = await this.present(trx, [row]);
        if (doc && !doc.mayApprove) throw new AppError('approval_pending', await this.pendingWords(trx, doc));
      }
      if (move.to === 'superseded') await this.linkSuccessor(trx, scope, row, move.supersededBy as string, now);
      const ok = await documentsRepository.update(
        trx,
        id,
        {
          status: move.to,
          ...(move.to === 'superseded' && { superseded_by_id: move.supersededBy ?? null }),
          ...(move.to === 'in-review' && !row.submitted_at && { submitted_at: now }),
          ...(move.to === 'approved' && { approved_at: now }),
          version: row.version + 1,
          updated_at: now,
        },
        row.version,
      );
      if (!ok) throw staleVersion('document');
      const moved = await this.one(trx, id);
      await this.events.moved(trx, actor, moved.value, from);
      return moved;
    });
  }

  /** "Still to answer: Ana (has not approved), Sam (asked for changes)." */
  private async pendingWords(db: Db, doc: Document): Promise<string> {
    const names = await Promise.all(doc.stillToAnswer.map(async (p) => `${(await peopleRepository.findById(db, p.personId))?.name ?? 'a reviewer'} (${p.why === 'requested-changes' ? 'asked for changes' : 'has not approved'})`));
    return `It cannot be approved yet. Still to answer: ${names.join(', ')}.`;
  }

  /** The newer document must be the same author's, not this one, and not already superseding another. */
  private async linkSuccessor(db: Db, scope: ViewerScope, older: DocumentRow, newerId: string, now: string): Promise<void> {
    const newer = await documentsRepository.findById(db, newerId);
    if (!newer || newer.owner_id !== older.owner_id) throw invalid('/supersededBy', 'Name a newer document of your own that supersedes this one.');
    const reviewers = await documentReviewsRepository.reviewersOf(db, [newerId]);
    assertCanSee(scope, visibleDocument(newer, reviewers), 'document');
    if (newer.supersedes_id && newer.supersedes_id !== older.id) throw invalid('/supersededBy', `${documentKey(newer.kind as DocumentKind, newer.number)} already supersedes another document.`);
    if (newer.status === 'abandoned' || newer.status === 'rejected') throw invalid('/supersededBy', `${documentKey(newer.kind as DocumentKind, newer.number)} is ${newer.status}; it cannot take this one's place.`);
    await documentsRepository.link(db, newerId, { supersedes_id: older.id }, now);
  }

  async list(actor: Actor, query: DocumentQuery): Promise<Page<Document>> {
    const scope = await loadScope(this.db, actor);
    const visible = contentFilter(scope);
    if (!visible) throw notFound('document');
    const owners = resolveOwners(actor, scope, query.owner);
    if (owners && owners.length === 0) return { items: [], nextCursor: null };
    const mine = query.reviewer === 'me' ? actor.personId : undefined;
    const rows = await documentsRepository.list(
      this.db,
      { visible, owners, kinds: query.kind, statuses: query.status, reviewerId: mine, waitingFor: mine && query.waiting ? mine : undefined, initiativeId: query.initiativeId },
      decodeCursor(query.cursor),
      query.limit,
    );
    const page = toPage(rows, query.limit, (r) => r, (r) => ({ k: r.created_at, id: r.id }));
    return { items: await this.present(this.db, page.items), nextCursor: page.nextCursor };
  }

  /** Every document of `ownerId` the viewer may see (readiness, plan detectors). */
  async visibleOf(db: Db, scope: ViewerScope, ownerId: string): Promise<Document[]> {
    const visible = contentFilter(scope);
    if (!visible) return [];
    return this.present(db, await documentsRepository.ofOwner(db, ownerId, visible));
  }

  /**
   * The documents of other people that `reviewerId` gave a review on between `from` and `to`
   * (ISO times), one per document, of those the viewer may see (readiness: influence; reach).
   */
  async reviewedBy(db: Db, scope: ViewerScope, reviewerId: string, from: string, to: string): Promise<{ documentId: string; ownerId: string; at: string }[]> {
    const rows = await documentReviewsRepository.reviewsBy(db, reviewerId, from, to);
    const firstPer = new Map<string, { documentId: string; ownerId: string; at: string }>();
    for (const r of rows) if (!firstPer.has(r.document_id)) firstPer.set(r.document_id, { documentId: r.document_id, ownerId: r.owner_id, at: r.created_at });
    if (firstPer.size === 0) return [];
    const ids = [...firstPer.keys()];
    const [docs, reviewers] = await Promise.all([documentsRepository.findByIds(db, ids), documentReviewsRepository.reviewersOf(db, ids)]);
    const visible = new Set(docs.filter((d) => canSee(scope, visibleDocument(d, reviewers.filter((x) => x.document_id === d.id)))).map((d) => d.id));
    return [...firstPer.values()].filter((r) => visible.has(r.documentId));
  }

  /** How stakeholders reach documents: seen by whoever sees the document, written by its author. */
  stakeholderParent(): ParentAccess {
    const parent = (row: DocumentRow) => ({ ownerId: row.owner_id, open: OPEN_STATUSES.includes(row.status as DocumentStatus) });
    return {
      forRead: async (actor, id, db) => parent((await this.load(await loadScope(db, actor), id, db)).row),
      forWrite: async (actor, id, db) => {
        const scope = await loadScope(db, actor);
        const loaded = await this.load(scope, id, db);
        assertAuthorized(authorize(scope, 'edit', { kind: 'document', item: visibleDocument(loaded.row, loaded.reviewers) }), 'document', 'Only the author names the stakeholders of a document.');
        return parent(loaded.row);
      },
    };
  }
}
