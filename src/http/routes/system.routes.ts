import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';

export const systemRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok'), dialect: Type.String() }),
          503: Type.Object({ status: Type.Literal('degraded'), database: Type.Literal('unreachable'), dialect: Type.String() }),
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
