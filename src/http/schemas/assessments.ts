import { Type } from 'typebox';
import { ASSESSMENT_KINDS } from '../../core/assessments/assessments.service.js';
import { Body, Id, IsoTime, lit, ref } from './common.js';
import { ASSESSMENT_LIMITS } from '../../shared/assessment-limits.js';

export const AssessmentKind = lit(ASSESSMENT_KINDS);
export const AssessmentStatus = lit(['draft', 'shared']);
const Slug = Type.String({ minLength: 1, maxLength: 40 });

export const RatingInputSchema = Type.Object(
  {
    dimension: Slug,
    level: Slug,
    towards: Type.Optional(Type.Union([Slug, Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: ASSESSMENT_LIMITS.note })),
    evidenceIds: Type.Optional(Type.Array(Id, { maxItems: ASSESSMENT_LIMITS.evidenceIds })),
  },
  { additionalProperties: false },
);
export const RatingSchema = Type.Object({
  dimension: Type.String(),
  level: Type.String(),
  towards: Type.Union([Type.String(), Type.Null()]),
  note: Type.String(),
  evidenceIds: Type.Array(Type.String()),
});

export const AssessmentSchema = Type.Object(
  {
    id: Id,
    subjectId: Id,
    authorId: Id,
    kind: AssessmentKind,
    frameworkId: Id,
    frameworkKey: Type.String(),
    frameworkVersion: Type.Integer(),
    status: AssessmentStatus,
    ratings: Type.Array(RatingSchema),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    sharedAt: Type.Union([IsoTime, Type.Null()]),
  },
  { $id: 'Assessment' },
);
export const AssessmentRef = ref(AssessmentSchema);

const Ratings = Type.Array(RatingInputSchema, { maxItems: 30 });
export const AssessmentsQuery = Type.Object({ subject: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) });
export const NewAssessmentBody = Body({ subjectId: Type.String({ minLength: 1, maxLength: 100 }), kind: AssessmentKind, ratings: Type.Optional(Ratings) });
export const AssessmentPatchBody = Body({ ratings: Ratings });
export const PeerRequestBody = Body({ personId: Id, message: Type.Optional(Type.String({ maxLength: ASSESSMENT_LIMITS.peerRequestMessage })) });
