/**
 * How documents look outside storage: rows to the §7/§9 shapes (with the review state and the
 * matrix's ranking worked out), the single-item check's view of a document (owner, audience,
 * reviewers), and the small column and precondition helpers the services share.
 */
import type { DocumentRow, RevisionRow } from '../../storage/repositories/documents.repository.js';
import type { ReviewerRow, ReviewRow } from '../../storage/repositories/document-reviews.repository.js';
import { AppError } from '../errors.js';
import type { Audience } from '../types.js';
import type { DecisionMatrix } from './decision-matrix.js';
import { documentKey, type DocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import { rankingOf } from './document-rules.js';
import { approvalState, standingVerdicts, type Verdict } from './review-rules.js';
import type { Document, Revision } from './types.js';

export interface Versioned<T> {
  value: T;
  version: number;
}

/** A document as the single-item check sees it: its owner, audience and reviewers (the §4 grant). */
export const visibleDocument = (r: Pick<DocumentRow, 'owner_id' | 'audience'>, reviewers: readonly Pick<ReviewerRow, 'person_id'>[]) => ({
  ownerId: r.owner_id,
  audience: JSON.parse(r.audience) as Audience[],
  grants: { reviewer: reviewers.map((x) => x.person_id) },
});

export interface LoadedDocument {
  row: DocumentRow;
  reviewers: ReviewerRow[];
}

export const parseMatrix = (text: string | null): DecisionMatrix | null => (text ? (JSON.parse(text) as DecisionMatrix) : null);

export function toRevision(r: RevisionRow): Revision {
  return { revision: r.revision, title: r.title, body: r.body, matrix: parseMatrix(r.matrix), authorId: r.author_id, restoredFrom: r.restored_from, createdAt: r.created_at };
}

export function toDocument(r: DocumentRow, reviewers: readonly ReviewerRow[], reviews: readonly ReviewRow[]): Document {
  const facts = reviews.map((v) => ({ reviewerId: v.reviewer_id, verdict: v.verdict as Verdict, at: v.created_at }));
  const standing = standingVerdicts(facts);
  const approval = approvalState(reviewers.map((x) => ({ personId: x.person_id, required: x.required === 1 })), facts);
  const matrix = parseMatrix(r.matrix);
  const kind = r.kind as DocumentKind;
  return {
    id: r.id,
    kind,
    number: r.number,
    key: documentKey(kind, r.number),
    title: r.title,
    body: r.body,
    status: r.status as DocumentStatus,
    ownerId: r.owner_id,
    audience: JSON.parse(r.audience) as Audience[],
    supersedes: r.supersedes_id,
    supersededBy: r.superseded_by_id,
    initiativeId: r.initiative_id,
    reviewDeadline: r.review_deadline,
    matrix,
    ranking: rankingOf(matrix),
    revision: r.revision,
    reviewers: reviewers.map((x) => ({ personId: x.person_id, required: x.required === 1, verdict: standing.get(x.person_id) ?? null, addedAt: x.added_at })),
    stillToAnswer: approval.pending,
    mayApprove: approval.mayApprove,
    submittedAt: r.submitted_at,
    approvedAt: r.approved_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const audienceColumns = (audience: Audience[]) => ({
  audience: JSON.stringify(audience),
  aud_manager: audience.includes('manager') ? 1 : 0,
  aud_mentors: audience.includes('mentors') ? 1 : 0,
  aud_org: audience.includes('org') ? 1 : 0,
});

/** If-Match is required on every write to a document (PRODUCT.md §8): 428 without it. */
export function requireVersion(ifMatch: number | undefined): number {
  if (ifMatch === undefined) throw new AppError('precondition_required', 'Send If-Match with the ETag you read, so that no edit is lost.');
  return ifMatch;
}
