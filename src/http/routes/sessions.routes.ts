import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, NoContent, Page, PageQuerySchema } from '../schemas/common.js';
import { NewTokenBody, NewTokenSchema, SessionSchema, TokenSchema } from '../schemas/sessions.js';

export const sessionsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/sessions',
    { schema: { tags: ['auth'], summary: 'Your signed-in sessions', response: { 200: Page(SessionSchema), ...authErrors } } },
    async (request) => services.auth.listSessions(actorOf(request)),
  );

  app.delete(
    '/sessions/:id',
    { schema: { tags: ['auth'], summary: 'Sign out one of your sessions', params: IdParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.auth.revokeSession(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/sessions/revoke-others',
    { schema: { tags: ['auth'], summary: 'Sign out every other session', response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.auth.revokeOtherSessions(actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Your personal access tokens (never the secret)',
        querystring: PageQuerySchema,
        response: { 200: Page(TokenSchema), ...authErrors },
      },
    },
    async (request) => services.auth.listTokens(actorOf(request), request.query.limit ?? 20, request.query.cursor),
  );

  app.post(
    '/tokens',
    {
      // Who may make tokens is a gate (403) before the body is judged (400).
      preValidation: async (request) => services.auth.assertMayMakeTokens(actorOf(request)),
      schema: {
        tags: ['auth'],
        summary: 'Create a personal access token; the secret is shown once',
        description:
          'A signed-in person makes tokens with any scopes. A token may make tokens only if it has the `tokens` scope (and `write`); ' +
          'the new token has no scope its parent lacks and expires no later than its parent.',
        body: NewTokenBody,
        response: { 201: NewTokenSchema, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await services.auth.createToken(actorOf(request), request.body)),
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags: ['auth'], summary: 'Revoke a token', params: IdParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.auth.revokeToken(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
