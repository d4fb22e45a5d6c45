import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, Body, Id, IdParams, IsoTime, NoContent, Page } from '../schemas/common.js';
import { lit } from '../schemas/people.js';
import { ASSESSMENT_KINDS } from '../../core/assessments/assessments.service.js';

const Slug = Type.String({ minLength: 1, maxLength: 40 });
const RatingInput = Type.Object(
  {
    dimension: Slug,
    level: Slug,
    towards: Type.Optional(Type.Union([Slug, Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    evidenceIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
const Rating = Type.Object({ dimension: Type.String(), level: Type.String(), towards: Type.Union([Type.String(), Type.Null()]), note: Type.String(), evidenceIds: Type.Array(Type.String()) });
export const AssessmentSchema = Type.Object(
  {
    id: Id,
    subjectId: Id,
    authorId: Id,
    kind: lit(ASSESSMENT_KINDS),
    frameworkId: Id,
    frameworkKey: Type.String(),
    frameworkVersion: Type.Integer(),
    status: lit(['draft', 'shared']),
    ratings: Type.Array(Rating),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    sharedAt: Type.Union([IsoTime, Type.Null()]),
  },
  { $id: 'Assessment' },
);
const AssessmentRef = Type.Unsafe({ $ref: 'Assessment#' });
const Ratings = Type.Array(RatingInput, { maxItems: 30 });

export const assessmentsRoutes: RoutePlugin = async (app, { services }) => {
  const { assessments } = services;

  app.get(
    '/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Assessments of a person you may see (shared ones, and your drafts), oldest first',
        querystring: Type.Object({ subject: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }),
        response: { 200: Page(AssessmentRef), ...authErrors },
      },
    },
    async (request) => ({ items: await assessments.list(actorOf(request), request.query.subject ?? 'me'), nextCursor: null }),
  );

  app.post(
    '/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Start an assessment (a draft) against the active framework',
        body: Body({ subjectId: Type.String({ minLength: 1, maxLength: 100 }), kind: lit(ASSESSMENT_KINDS), ratings: Type.Optional(Ratings) }),
        response: { 201: AssessmentRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await assessments.create(actorOf(request), request.body)),
  );

  app.post(
    '/assessments/requests',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Ask a colleague for a peer assessment (they get a notification)',
        body: Body({ personId: Id, message: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 204: NoContent, ...authErrors },
      },
    },
    async (request, reply) => {
      await assessments.requestPeer(actorOf(request), request.body.personId, request.body.message);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/assessments/:id',
    { schema: { tags: ['assessments'], summary: 'One assessment', params: IdParams, response: { 200: AssessmentRef, ...authErrors } } },
    async (request) => assessments.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/assessments/:id',
    {
      preValidation: async (request) => {
        await assessments.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: { tags: ['assessments'], summary: 'Change a draft’s ratings (author)', params: IdParams, body: Body({ ratings: Ratings }), response: { 200: AssessmentRef, ...authErrors } },
    },
    async (request) => assessments.update(actorOf(request), request.params.id, request.body.ratings),
  );

  app.post(
    '/assessments/:id/share',
    { schema: { tags: ['assessments'], summary: 'Share a draft with its subject and their managers; it is final (a manager assessment only while you are in their manager chain, 403 otherwise)', params: IdParams, response: { 200: AssessmentRef, ...authErrors } } },
    async (request) => assessments.share(actorOf(request), request.params.id),
  );

  app.delete(
    '/assessments/:id',
    { schema: { tags: ['assessments'], summary: 'Delete a draft (author)', params: IdParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await assessments.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
