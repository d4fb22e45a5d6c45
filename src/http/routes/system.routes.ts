import type { RoutePlugin } from '../context.js';
import { DegradedAnswer, HealthAnswer } from '../schemas/system.js';

export const systemRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: HealthAnswer,
          503: DegradedAnswer,
        },
      },
    },
    async (_req, reply) => {
      try {
        await services.storage.ping();
        return { status: 'ok' as const, database: 'ok' as const, dialect: services.storage.dialect };
      } catch {
        return reply.code(503).send({ status: 'degraded' as const, database: 'unreachable' as const, dialect: services.storage.dialect });
      }
    },
  );

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
};
