import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { clearSessionCookie, setSessionCookie } from '../cookies.js';
import { seenBySelf } from '../../core/people.js';
import { authErrors, NoContent } from '../schemas/common.js';
import { LoginBody, PasswordChangeBody, SetupBody, SetupNeededAnswer, SignedInSchema } from '../schemas/auth.js';
import { MePatchBody, PersonRef } from '../schemas/people.js';

export const authRoutes: RoutePlugin = async (app, { services, config }) => {
  app.get(
    '/setup',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Whether first-run set-up is still needed', response: { 200: SetupNeededAnswer } },
    },
    async () => ({ needed: await services.auth.setupNeeded() }),
  );

  app.post(
    '/setup',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Create the first account (an admin); refused once any account exists',
        body: SetupBody,
        response: { 201: SignedInSchema, ...authErrors },
      },
    },
    async (request, reply) => {
      const s = await services.auth.setup(request.body, request.headers['user-agent'] ?? '', { address: request.ip });
      setSessionCookie(reply, request, config, s.sessionToken, s.expiresAt);
      return reply.code(201).send({ person: seenBySelf(s.person), csrfToken: s.csrfToken });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: LoginBody, response: { 200: SignedInSchema, ...authErrors } },
    },
    async (request, reply) => {
      const s = await services.auth.login(request.body, request.ip, request.headers['user-agent'] ?? '');
      setSessionCookie(reply, request, config, s.sessionToken, s.expiresAt);
      return { person: seenBySelf(s.person), csrfToken: s.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { allowPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Sign out this session', response: { 204: NoContent, ...authErrors } },
    },
    async (request, reply) => {
      await services.auth.logout(actorOf(request));
      clearSessionCookie(reply, request, config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { allowPasswordChange: true },
      schema: { tags: ['auth'], summary: 'The signed-in person and the CSRF token', response: { 200: SignedInSchema, ...authErrors } },
    },
    async (request) => ({ person: await services.people.me(actorOf(request)), csrfToken: request.csrfToken }),
  );

  app.patch(
    '/me',
    {
      schema: { tags: ['auth'], summary: 'Change your own profile settings', body: MePatchBody, response: { 200: PersonRef, ...authErrors } },
    },
    async (request) => services.people.update(actorOf(request), 'me', request.body),
  );

  app.post(
    '/me/password',
    {
      config: { allowPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Change your password; other sessions are signed out, and with `revokeTokens` every other token is revoked',
        body: PasswordChangeBody,
        response: { 204: NoContent, ...authErrors },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword, revokeTokens } = request.body;
      await services.auth.changePassword(actorOf(request), currentPassword, newPassword, { revokeTokens });
      return reply.code(204).send(null);
    },
  );
};
