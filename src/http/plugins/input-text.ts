import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../core/errors.js';
import { findUnstorableText } from '../../core/validation.js';

/**
 * Input text is checked once, here, for what both databases can store: a string anywhere in
 * the path parameters, the query string or the body that holds the NUL character (U+0000)
 * or a lone UTF-16 surrogate is refused with 400 `validation_failed`, naming each such field
 * the way validation does (`/title`, `/metrics/0/name`; `team` in the query, `id` in the path).
 *
 * In the order of PRODUCT.md §8: after body size, authentication, CSRF and scope (onRequest).
 * Parameters and the query are checked in `preValidation`, before a route's own visibility
 * check reads the database with them (an id that holds NUL names nothing that can exist);
 * the body after validation, so that an invisible resource is still 404 before its body is
 * judged. No request with such text reaches a handler.
 */
export function registerInputText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.is404) return;
    refuse([...inRequestPart(request.params, 'path'), ...inRequestPart(request.query, 'query')]);
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.is404) return;
    refuse(findUnstorableText(request.body));
  });
}

/** Parameters are named without the leading slash, as validation names them (`team`, `team/1`). */
function inRequestPart(value: unknown, where: 'path' | 'query'): FieldError[] {
  return findUnstorableText(value, where).map((e) => ({ ...e, pointer: e.pointer.replace(/^\//, '') }));
}

function refuse(errors: FieldError[]): void {
  const first = errors[0];
  if (!first) return;
  throw new AppError('validation_failed', `${first.pointer} ${first.message}.`, { errors });
}
