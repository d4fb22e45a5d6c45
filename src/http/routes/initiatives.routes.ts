import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { ifMatchVersion, sendVersioned } from '../etag.js';
import { authErrors, IdParams, NoContent, Page, precondition } from '../schemas/common.js';
import { InitiativePatchBody, InitiativeQuery, InitiativeRef, NewInitiativeBody } from '../schemas/initiatives.js';

/** Computed on read (PRODUCT.md §9): ignored when a client sends it back. */
const COMPUTED = ['scopeSummary', 'stakeholderSummary'];

export const initiativesRoutes: RoutePlugin = async (app, { services }) => {
  const { initiatives } = services;

  app.get(
    '/initiatives',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'List the initiatives you may see, newest first',
        description: '`owner` takes `me`, `reports` or person ids; `status` filters; both repeat to mean either.',
        querystring: InitiativeQuery,
        response: { 200: Page(InitiativeRef), ...authErrors },
      },
    },
    async (request) => initiatives.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/initiatives',
    { config: { computed: COMPUTED }, schema: { tags: ['initiatives'], summary: 'Start an initiative (status exploring unless given)', body: NewInitiativeBody, response: { 201: InitiativeRef, ...authErrors } } },
    async (request, reply) => reply.code(201).send(sendVersioned(reply, await initiatives.create(actorOf(request), request.body))),
  );

  app.get(
    '/initiatives/:id',
    { schema: { tags: ['initiatives'], summary: 'One initiative with its scope summary, and its ETag', params: IdParams, response: { 200: InitiativeRef, ...authErrors } } },
    async (request, reply) => sendVersioned(reply, await initiatives.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/initiatives/:id',
    {
      config: { computed: COMPUTED },
      preValidation: async (request) => {
        await initiatives.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['initiatives'],
        summary: 'Change an initiative (owner); scope parts sent replace those parts; If-Match optional, 412 when stale',
        params: IdParams,
        body: InitiativePatchBody,
        response: { 200: InitiativeRef, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => sendVersioned(reply, await initiatives.update(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.delete(
    '/initiatives/:id',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'Delete an initiative and its stakeholders; its outcomes and evidence stay, unlinked',
        params: IdParams,
        response: { 204: NoContent, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => {
      await initiatives.remove(actorOf(request), request.params.id, ifMatchVersion(request));
      return reply.code(204).send(null);
    },
  );
};
