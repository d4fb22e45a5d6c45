import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, Page } from '../schemas/common.js';
import { AcceptedAnswer, AcceptProposalBody, ProposalQuery, ProposalRef } from '../schemas/proposals.js';

/** A proposal's own fields, ignored when a client sends a proposal back as its edits. */
const COMPUTED = ['status', 'evidenceId', 'decidedAt', 'documentId'];

/**
 * Evidence proposals: the caller's own only. Someone else's — whoever the caller is, their
 * manager and an admin included — is 404, as if it did not exist.
 */
export const proposalsRoutes: RoutePlugin = async (app, { services }) => {
  const { proposals } = services;

  app.get(
    '/evidence/proposals',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Evidence proposed to you, newest first',
        description: 'Only your own. `status` defaults to `proposed`.',
        querystring: ProposalQuery,
        response: { 200: Page(ProposalRef), ...authErrors },
      },
    },
    async (request) => proposals.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/evidence/proposals/:id/accept',
    {
      config: { computed: COMPUTED },
      preValidation: async (request) => {
        await proposals.get(actorOf(request), (request.params as { id: string }).id);
        // No body at all: accept the proposal as it stands.
        request.body ??= {};
      },
      schema: {
        tags: ['evidence'],
        summary: 'Accept a proposal, with your edits, as an entry of your evidence log',
        description:
          'The entry keeps the proposal’s source. Edits are checked as on POST /evidence (400 naming each field; the proposal stays proposed). Accepted already → 409 `conflict`.',
        params: IdParams,
        body: AcceptProposalBody,
        response: { 201: AcceptedAnswer, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await proposals.accept(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/evidence/proposals/:id/dismiss',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Dismiss a proposal; the same source never proposes it again',
        params: IdParams,
        response: { 200: ProposalRef, ...authErrors },
      },
    },
    async (request) => proposals.dismiss(actorOf(request), request.params.id),
  );

  app.post(
    '/evidence/proposals/:id/reopen',
    {
      schema: { tags: ['evidence'], summary: 'Bring a dismissed proposal back (the undo of dismiss)', params: IdParams, response: { 200: ProposalRef, ...authErrors } },
    },
    async (request) => proposals.reopen(actorOf(request), request.params.id),
  );
};
