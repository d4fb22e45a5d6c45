import type { FastifyInstance } from 'fastify';

/**
 * Server-owned fields a client may send back from what it read; they are ignored rather
 * than refused (PRODUCT.md §8, "Unknown input"; §9 adds each resource's computed fields, which
 * a route names in its `config.computed`).
 */
const SERVER_OWNED = ['id', 'ownerId', 'source', 'createdAt', 'updatedAt', 'number'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Computed fields of the resource this route writes, ignored when a client sends them back. */
    computed?: readonly string[];
  }
}

export function registerServerOwnedFields(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const k of SERVER_OWNED) delete (body as Record<string, unknown>)[k];
      for (const k of request.routeOptions.config.computed ?? []) delete (body as Record<string, unknown>)[k];
    }
  });
}
