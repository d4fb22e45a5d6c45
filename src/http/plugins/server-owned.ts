import type { FastifyInstance } from 'fastify';

/**
 * Server-owned fields a client may send back from what it read; they are ignored rather
 * than refused (PRODUCT.md §8, "Unknown input").
 */
const SERVER_OWNED = ['id', 'ownerId', 'source', 'createdAt', 'updatedAt', 'number'];

export function registerServerOwnedFields(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const k of SERVER_OWNED) delete (body as Record<string, unknown>)[k];
    }
  });
}
