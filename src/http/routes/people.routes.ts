import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, NoContent, Page } from '../schemas/common.js';
import { MovedAnswer, MoveReportsBody, NewPersonBody, PasswordResetBody, PeopleQuery, PersonPatchBody, PersonRef } from '../schemas/people.js';
import { resolvePersonId } from '../../core/people.js';
import type { Origin } from '../../core/audit.js';

/** Where the request came from, for the audit log. */
const originOf = (request: { ip: string }): Origin => ({ address: request.ip });

export const peopleRoutes: RoutePlugin = async (app, { services }) => {
  /** Visibility (404) is decided before the body is validated (400). */
  const personExists = async (request: { params: unknown; actor: Parameters<typeof actorOf>[0]['actor'] }) => {
    const { id } = request.params as { id: string };
    await services.people.get(actorOf(request as Parameters<typeof actorOf>[0]), id);
  };

  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'The directory of people, by name',
        querystring: PeopleQuery,
        response: { 200: Page(PersonRef), ...authErrors },
      },
    },
    async (request) => {
      const { limit = 20, cursor, q, team, managerId, includeInactive } = request.query;
      return services.people.list(actorOf(request), {
        limit,
        ...(cursor !== undefined && { cursor }),
        ...(q !== undefined && { q }),
        ...(team !== undefined && { team }),
        ...(managerId !== undefined && { managerId }),
        ...(includeInactive !== undefined && { includeInactive }),
      });
    },
  );

  app.get(
    '/people/:id',
    { schema: { tags: ['people'], summary: 'One person (`me` for yourself)', params: IdParams, response: { 200: PersonRef, ...authErrors } } },
    async (request) => services.people.get(actorOf(request), request.params.id),
  );

  app.post(
    '/people',
    { schema: { tags: ['people'], summary: 'Add a person (admin)', body: NewPersonBody, response: { 201: PersonRef, ...authErrors } } },
    async (request, reply) => reply.code(201).send(await services.people.create(actorOf(request), request.body, undefined, originOf(request))),
  );

  app.patch(
    '/people/:id',
    {
      preValidation: personExists,
      schema: {
        tags: ['people'],
        summary: 'Change a person: admins anything; the person or their manager the target level',
        params: IdParams,
        body: PersonPatchBody,
        response: { 200: PersonRef, ...authErrors },
      },
    },
    async (request) => services.people.update(actorOf(request), request.params.id, request.body, originOf(request)),
  );

  app.post(
    '/people/:id/password-reset',
    {
      preValidation: personExists,
      schema: {
        tags: ['people'],
        summary: 'Set a new password that must be changed at next sign-in (admin); ends all their sessions and revokes all their tokens',
        params: IdParams,
        body: PasswordResetBody,
        response: { 204: NoContent, ...authErrors },
      },
    },
    async (request, reply) => {
      await services.people.resetPassword(actorOf(request), request.params.id, request.body.password, originOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/people/:id/move-reports',
    {
      preValidation: personExists,
      schema: {
        tags: ['people'],
        summary: "Move a manager's direct reports to another manager (admin)",
        params: IdParams,
        body: MoveReportsBody,
        response: { 200: MovedAnswer, ...authErrors },
      },
    },
    async (request) => ({
      moved: await services.people.moveReports(actorOf(request), resolvePersonId(actorOf(request), request.params.id), request.body.toManagerId, originOf(request)),
    }),
  );
};
