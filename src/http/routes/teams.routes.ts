import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, NoContent, Page, PageQuerySchema } from '../schemas/common.js';
import { MemberParams, NewTeamBody, TeamPatchBody, TeamRef } from '../schemas/teams.js';

export const teamsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/teams',
    { schema: { tags: ['teams'], summary: 'Teams, by name', querystring: PageQuerySchema, response: { 200: Page(TeamRef), ...authErrors } } },
    async (request) => services.teams.list(actorOf(request), request.query.limit ?? 20, request.query.cursor),
  );

  app.get(
    '/teams/:id',
    { schema: { tags: ['teams'], summary: 'One team with its members', params: IdParams, response: { 200: TeamRef, ...authErrors } } },
    async (request) => services.teams.get(actorOf(request), request.params.id),
  );

  app.post(
    '/teams',
    { schema: { tags: ['teams'], summary: 'Create a team (admin)', body: NewTeamBody, response: { 201: TeamRef, ...authErrors } } },
    async (request, reply) => reply.code(201).send(await services.teams.create(actorOf(request), request.body)),
  );

  app.patch(
    '/teams/:id',
    {
      preValidation: async (request) => {
        await services.teams.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: { tags: ['teams'], summary: 'Rename or describe a team (admin)', params: IdParams, body: TeamPatchBody, response: { 200: TeamRef, ...authErrors } },
    },
    async (request) => services.teams.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/teams/:id',
    { schema: { tags: ['teams'], summary: 'Delete a team (admin)', params: IdParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.teams.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/teams/:id/members/:personId',
    { schema: { tags: ['teams'], summary: 'Add a member (admin)', params: MemberParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.teams.addMember(actorOf(request), request.params.id, request.params.personId);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/teams/:id/members/:personId',
    { schema: { tags: ['teams'], summary: 'Remove a member (admin)', params: MemberParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await services.teams.removeMember(actorOf(request), request.params.id, request.params.personId);
      return reply.code(204).send(null);
    },
  );
};
