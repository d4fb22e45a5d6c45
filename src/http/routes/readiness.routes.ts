import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, Body, IdParams } from '../schemas/common.js';
import { lit } from '../schemas/people.js';

const Reason = Type.Object({ code: Type.String(), text: Type.String() });
const Num = Type.Union([Type.Integer(), Type.Null()]);
const Readiness = Type.Object({
  personId: Type.String(),
  frameworkId: Type.String(),
  level: Type.String(),
  windowMonths: Type.Integer(),
  dimensions: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      status: lit(['strong', 'developing', 'gap']),
      reasons: Type.Array(Reason),
      facts: Type.Object({
        evidence: Type.Integer(),
        teams: Type.Integer(),
        measured: Type.Integer(),
        latest: Type.Union([Type.String(), Type.Null()]),
        selfRating: Type.Union([Type.String(), Type.Null()]),
        selfTowards: Type.Union([Type.String(), Type.Null()]),
        managerRating: Type.Union([Type.String(), Type.Null()]),
        managerTowards: Type.Union([Type.String(), Type.Null()]),
        documents: Num,
        outcomes: Num,
        mentees: Num,
      }),
    }),
  ),
});
const PlanStep = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  detector: Type.String(),
  automatic: Type.Boolean(),
  detected: Type.Union([Type.Boolean(), Type.Null()], { description: 'What the detector sees over what you may see; null for a manual step, or when what it watches is not visible to you and nothing you can see ticks it' }),
  visible: Type.Boolean({ description: 'Whether you may see everything the detector watches (someone else’s mentorships, for instance, are visible to their two parties only)' }),
  manual: Type.Union([Type.Boolean(), Type.Null()]),
  done: Type.Boolean(),
  how: Type.String(),
});
const Plan = Type.Object({ personId: Type.String(), steps: Type.Array(PlanStep), done: Type.Integer(), total: Type.Integer() });

export const readinessRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/people/:id/readiness',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Readiness per dimension of a level, with reasons (the person, their managers, active mentors)',
        params: IdParams,
        querystring: Type.Object({ level: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })), window: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })) }),
        response: { 200: Readiness, ...authErrors },
      },
    },
    async (request) => services.readiness.forPerson(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/people/:id/plan',
    { schema: { tags: ['readiness'], summary: 'The starting plan: seven steps, ticked by detectors (over what you may see) or by hand', params: IdParams, response: { 200: Plan, ...authErrors } } },
    async (request) => services.plan.forPerson(actorOf(request), request.params.id),
  );

  app.put(
    '/people/:id/plan/:stepId',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Tick (true), un-tick (false) or hand back to the detector (null) a step of your plan',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), stepId: Type.String({ minLength: 1, maxLength: 60 }) }),
        body: Body({ done: Type.Union([Type.Boolean(), Type.Null()]) }),
        response: { 200: Plan, ...authErrors },
      },
    },
    async (request) => services.plan.tick(actorOf(request), request.params.id, request.params.stepId, request.body.done),
  );
};
