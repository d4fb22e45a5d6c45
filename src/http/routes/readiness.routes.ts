import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams } from '../schemas/common.js';
import { PlanSchema, PlanStepParams, PlanTickBody, ReadinessQuery, ReadinessSchema } from '../schemas/readiness.js';

export const readinessRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/people/:id/readiness',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Readiness per dimension of a level, with reasons (the person, their managers, active mentors)',
        params: IdParams,
        querystring: ReadinessQuery,
        response: { 200: ReadinessSchema, ...authErrors },
      },
    },
    async (request) => services.readiness.forPerson(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/people/:id/plan',
    { schema: { tags: ['readiness'], summary: 'The starting plan: seven steps, ticked by detectors (over what you may see) or by hand', params: IdParams, response: { 200: PlanSchema, ...authErrors } } },
    async (request) => services.plan.forPerson(actorOf(request), request.params.id),
  );

  app.put(
    '/people/:id/plan/:stepId',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Tick (true), un-tick (false) or hand back to the detector (null) a step of your plan',
        params: PlanStepParams,
        body: PlanTickBody,
        response: { 200: PlanSchema, ...authErrors },
      },
    },
    async (request) => services.plan.tick(actorOf(request), request.params.id, request.params.stepId, request.body.done),
  );
};
