import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, Page } from '../schemas/common.js';
import { MentorshipSchema, MentorshipsQuery, NewMentorshipBody } from '../schemas/mentorships.js';

export const mentorshipsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/mentorships',
    {
      schema: {
        tags: ['mentorships'],
        summary: 'Mentorships you are part of, newest first',
        querystring: MentorshipsQuery,
        response: { 200: Page(MentorshipSchema), ...authErrors },
      },
    },
    async (request) => {
      const { limit = 20, cursor, status } = request.query;
      return services.mentorships.list(actorOf(request), { limit, cursor, status });
    },
  );

  app.get(
    '/mentorships/:id',
    { schema: { tags: ['mentorships'], summary: 'One mentorship (its two parties only)', params: IdParams, response: { 200: MentorshipSchema, ...authErrors } } },
    async (request) => services.mentorships.get(actorOf(request), request.params.id),
  );

  app.post(
    '/mentorships',
    {
      schema: {
        tags: ['mentorships'],
        summary: 'Propose a mentorship you are part of',
        body: NewMentorshipBody,
        response: { 201: MentorshipSchema, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await services.mentorships.propose(actorOf(request), request.body)),
  );

  for (const action of ['accept', 'decline', 'end'] as const) {
    app.post(
      `/mentorships/:id/${action}`,
      {
        schema: {
          tags: ['mentorships'],
          summary: action === 'end' ? 'End a mentorship (either party)' : `${action[0]?.toUpperCase()}${action.slice(1)} a proposal (the other party)`,
          params: IdParams,
          response: { 200: MentorshipSchema, ...authErrors },
        },
      },
      async (request) => services.mentorships[action](actorOf(request), request.params.id),
    );
  }
};
