import { Type } from 'typebox';
import { DOCUMENT_KINDS, FINDING_CODES } from '../../core/documents/document-kinds.js';
import { DOCUMENT_STATUSES } from '../../core/documents/document-lifecycle.js';
import { VERDICTS } from '../../core/documents/review-rules.js';
import { DOCUMENT_LIMITS as L } from '../../shared/staff-work-limits.js';
import { ISO_DATE_PATTERN } from '../../shared/dates.js';
import { Audience } from './evidence.js';
import { Body, Id, IsoDate, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';

export const DocumentKind = lit(DOCUMENT_KINDS);
export const DocumentStatus = lit(DOCUMENT_STATUSES);
export const Verdict = lit(VERDICTS);
const BodyDay = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD' });

const MatrixName = Type.String({ minLength: 1, maxLength: L.matrixName });
const MatrixId = Type.String({ minLength: 1, maxLength: 100 });
export const MatrixSchema = Type.Object(
  {
    options: Type.Array(Type.Object({ id: MatrixId, name: MatrixName }), { maxItems: L.matrixItems }),
    criteria: Type.Array(Type.Object({ id: MatrixId, name: MatrixName, weight: Type.Number() }), { maxItems: L.matrixItems }),
    scores: Type.Record(Type.String(), Type.Record(Type.String(), Type.Number()), { description: 'scores[optionId][criterionId]' }),
    chosen: Type.Union([Type.Object({ optionId: MatrixId, reason: Type.String({ maxLength: L.matrixReason }) }), Type.Null()]),
  },
  { description: 'A trade-off summary’s decision matrix: options × criteria with weights and scores' },
);
const MatrixInput = Body({
  options: Type.Array(Body({ id: MatrixId, name: MatrixName }), { maxItems: L.matrixItems }),
  criteria: Type.Array(Body({ id: MatrixId, name: MatrixName, weight: Type.Number({ minimum: 0 }) }), { maxItems: L.matrixItems }),
  scores: Type.Record(Type.String({ maxLength: 100 }), Type.Record(Type.String({ maxLength: 100 }), Type.Number())),
  chosen: Type.Union([Body({ optionId: MatrixId, reason: Type.String({ maxLength: L.matrixReason }) }), Type.Null()]),
});

export const RankedOptionSchema = Type.Object({
  optionId: Type.String(),
  name: Type.String(),
  total: Type.Number(),
  rank: Type.Integer({ description: '1 for the best; equal totals share a rank' }),
  missing: Type.Array(Type.String(), { description: 'Criteria this option has no score for' }),
});

export const ReviewerSchema = Type.Object(
  {
    personId: Id,
    required: Type.Boolean({ description: 'A required approver: approval waits for their approve' }),
    verdict: Type.Union([lit(['approve', 'request-changes']), Type.Null()], { description: 'Their standing verdict: the latest approve or request-changes' }),
    addedAt: IsoTime,
  },
);

export const DocumentSchema = Type.Object(
  {
    id: Id,
    kind: DocumentKind,
    number: Type.Integer({ description: 'Sequential per kind' }),
    key: Type.String({ description: 'The number as people say it: RFC-0007' }),
    title: Type.String(),
    body: Type.String(),
    status: DocumentStatus,
    ownerId: Id,
    audience: Audience,
    supersedes: Type.Union([Id, Type.Null()], { description: 'The older document this one supersedes' }),
    supersededBy: Type.Union([Id, Type.Null()], { description: 'The newer document that superseded this one' }),
    initiativeId: NullableId,
    reviewDeadline: Type.Union([IsoDate, Type.Null()]),
    matrix: Type.Union([MatrixSchema, Type.Null()]),
    ranking: Type.Union([Type.Array(RankedOptionSchema), Type.Null()], { description: 'Computed from the matrix: totals and ranks' }),
    revision: Type.Integer({ description: 'The latest revision’s number' }),
    reviewers: Type.Array(ReviewerSchema),
    stillToAnswer: Type.Array(Type.Object({ personId: Id, why: lit(['not-approved', 'requested-changes']) }), {
      description: 'Required approvers without a standing approval, and anyone asking for changes',
    }),
    mayApprove: Type.Boolean({ description: 'Whether the review rule lets the document be approved now' }),
    submittedAt: Type.Union([IsoTime, Type.Null()], { description: 'When it first went to review' }),
    approvedAt: Type.Union([IsoTime, Type.Null()]),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Document' },
);
export const DocumentRef = ref(DocumentSchema);

/** Computed or server-owned on read: ignored when a client sends them back. */
export const DOCUMENT_COMPUTED = ['key', 'status', 'supersedes', 'supersededBy', 'ranking', 'revision', 'reviewers', 'stillToAnswer', 'mayApprove', 'submittedAt', 'approvedAt'];

const editable = {
  title: Type.String({ minLength: 1, maxLength: L.title }),
  body: Type.String({ maxLength: L.body }),
  audience: Audience,
  initiativeId: Type.Union([Id, Type.Null()]),
  reviewDeadline: Type.Union([BodyDay, Type.Null()]),
  matrix: Type.Union([MatrixInput, Type.Null()]),
};

export const NewDocumentBody = Body({
  kind: DocumentKind,
  title: editable.title,
  body: Type.Optional(Type.String({ maxLength: L.body, description: 'Omitted: the kind’s template' })),
  audience: Type.Optional(editable.audience),
  initiativeId: Type.Optional(editable.initiativeId),
  reviewDeadline: Type.Optional(editable.reviewDeadline),
  matrix: Type.Optional(editable.matrix),
});

export const DocumentPatchBody = Body({
  title: Type.Optional(editable.title),
  body: Type.Optional(editable.body),
  audience: Type.Optional(editable.audience),
  initiativeId: Type.Optional(editable.initiativeId),
  reviewDeadline: Type.Optional(editable.reviewDeadline),
  matrix: Type.Optional(editable.matrix),
});

export const DocumentQuery = Type.Object({
  kind: Type.Optional(Type.Array(DocumentKind)),
  status: Type.Optional(Type.Array(DocumentStatus)),
  owner: Type.Optional(Type.Array(Type.String({ maxLength: 100 }))),
  reviewer: Type.Optional(Type.Literal('me', { description: 'Only documents you review' })),
  waiting: Type.Optional(Type.Boolean({ description: 'With reviewer=me: only those in review that still wait for your verdict' })),
  initiativeId: Type.Optional(Id),
  ...PageQuery,
});

export const TransitionBody = Body({ to: DocumentStatus, supersededBy: Type.Optional(Id) });

export const NewReviewerBody = Body({ personId: Id, required: Type.Boolean() });
export const ReviewerParams = Type.Object({ id: Id, personId: Id });

export const ReviewSchema = Type.Object(
  { id: Id, documentId: Id, reviewerId: Id, verdict: Verdict, body: Type.String(), revision: Type.Integer(), createdAt: IsoTime },
  { $id: 'DocumentReview' },
);
export const ReviewRef = ref(ReviewSchema);
export const NewReviewBody = Body({ verdict: Verdict, body: Type.String({ maxLength: L.review }) });

export const CommentSchema = Type.Object(
  {
    id: Id,
    documentId: Id,
    authorId: Id,
    section: Type.String({ description: 'The heading the comment is anchored to' }),
    body: Type.String(),
    parentId: NullableId,
    resolved: Type.Boolean(),
    resolvedAt: Type.Union([IsoTime, Type.Null()]),
    resolvedById: NullableId,
    createdAt: IsoTime,
  },
  { $id: 'DocumentComment' },
);
export const CommentRef = ref(CommentSchema);
export const NewCommentBody = Body({
  section: Type.String({ minLength: 1, maxLength: L.section }),
  body: Type.String({ minLength: 1, maxLength: L.comment }),
  parentId: Type.Optional(Id),
});
export const ResolveBody = Body({ resolved: Type.Optional(Type.Boolean({ description: 'false reopens it' })) });
export const CommentParams = Type.Object({ id: Id, cid: Id });

export const RevisionSchema = Type.Object(
  {
    revision: Type.Integer(),
    title: Type.String(),
    body: Type.String(),
    matrix: Type.Union([MatrixSchema, Type.Null()]),
    authorId: NullableId,
    restoredFrom: Type.Union([Type.Integer(), Type.Null()], { description: 'The revision this one restored' }),
    createdAt: IsoTime,
  },
  { $id: 'DocumentRevision' },
);
export const RevisionRef = ref(RevisionSchema);
export const RevisionParams = Type.Object({ id: Id, revision: Type.Integer({ minimum: 1 }) });

export const DiffQuery = Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) });
export const DiffSchema = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  added: Type.Integer({ description: 'Lines added' }),
  removed: Type.Integer({ description: 'Lines removed' }),
  same: Type.Boolean({ description: 'Nothing changed' }),
  hunks: Type.Array(
    Type.Object({
      oldStart: Type.Integer(),
      newStart: Type.Integer(),
      lines: Type.Array(
        Type.Object({
          kind: lit(['context', 'added', 'removed']),
          text: Type.String(),
          oldLine: Type.Union([Type.Integer(), Type.Null()]),
          newLine: Type.Union([Type.Integer(), Type.Null()]),
        }),
      ),
    }),
  ),
});

export const FindingSchema = Type.Object({
  code: Type.String({ description: `Stable: ${FINDING_CODES.join(', ')}; for a trade-off's matrix also chosen_not_top_without_reason, no_choice, unscored` }),
  section: Type.String({ description: 'The expected section, as the template spells it' }),
  message: Type.String(),
  line: Type.Union([Type.Integer(), Type.Null()], { description: '1-based; null for a finding about the decision matrix' }),
});
export const LintBody = Body({ kind: DocumentKind, body: Type.String({ maxLength: L.body }), matrix: Type.Optional(Type.Union([MatrixInput, Type.Null()])) });
export const LintAnswer = Type.Object({ findings: Type.Array(FindingSchema) });

export const TemplateSchema = Type.Object({ kind: DocumentKind, label: Type.String(), prefix: Type.String(), body: Type.String() });
export const TemplatesAnswer = Type.Object({ items: Type.Array(TemplateSchema) });
