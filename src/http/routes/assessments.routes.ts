import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, NoContent, Page } from '../schemas/common.js';
import { AssessmentPatchBody, AssessmentRef, AssessmentsQuery, NewAssessmentBody, PeerRequestBody } from '../schemas/assessments.js';

export const assessmentsRoutes: RoutePlugin = async (app, { services }) => {
  const { assessments } = services;

  app.get(
    '/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Assessments of a person you may see (shared ones, and your drafts), oldest first',
        querystring: AssessmentsQuery,
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
        body: NewAssessmentBody,
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
        body: PeerRequestBody,
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
      schema: { tags: ['assessments'], summary: 'Change a draft’s ratings (author)', params: IdParams, body: AssessmentPatchBody, response: { 200: AssessmentRef, ...authErrors } },
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
