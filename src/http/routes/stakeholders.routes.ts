import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { ifMatchVersion, sendVersioned } from '../etag.js';
import { authErrors, IdParams, NoContent, Page, precondition } from '../schemas/common.js';
import { NewStakeholderBody, StakeholderPatchBody, StakeholderQuery, StakeholderRef } from '../schemas/stakeholders.js';

/** Computed on read (PRODUCT.md §9): ignored when a client sends them back. */
const COMPUTED = ['stale', 'history'];

export const stakeholdersRoutes: RoutePlugin = async (app, { services }) => {
  const { stakeholders } = services;

  app.get(
    '/stakeholders',
    {
      schema: {
        tags: ['stakeholders'],
        summary: 'The stakeholders of one initiative or document, oldest first',
        description: 'Give exactly one of `initiativeId` and `documentId`; a parent you may not see is 404.',
        querystring: StakeholderQuery,
        response: { 200: Page(StakeholderRef), ...authErrors },
      },
    },
    async (request) => stakeholders.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.post(
    '/stakeholders',
    {
      config: { computed: COMPUTED },
      schema: {
        tags: ['stakeholders'],
        summary: 'Add a stakeholder to an initiative or a document (its owner)',
        description: 'Exactly one parent (`initiativeId` or `documentId`) and exactly one of `personId`, `teamId` and `name`. New stakeholders start `unaware`.',
        body: NewStakeholderBody,
        response: { 201: StakeholderRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(sendVersioned(reply, await stakeholders.create(actorOf(request), request.body))),
  );

  app.get(
    '/stakeholders/:id',
    { schema: { tags: ['stakeholders'], summary: 'One stakeholder', params: IdParams, response: { 200: StakeholderRef, ...authErrors } } },
    async (request, reply) => sendVersioned(reply, await stakeholders.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/stakeholders/:id',
    {
      config: { computed: COMPUTED },
      preValidation: async (request) => {
        await stakeholders.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['stakeholders'],
        summary: 'Change a stakeholder’s role, stance, contact or note; a new stance is added to the history',
        params: IdParams,
        body: StakeholderPatchBody,
        response: { 200: StakeholderRef, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => sendVersioned(reply, await stakeholders.update(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.delete(
    '/stakeholders/:id',
    { schema: { tags: ['stakeholders'], summary: 'Remove a stakeholder', params: IdParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await stakeholders.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
