import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';

/**
 * ETags are a resource's version (evidence, initiatives, stakeholders, outcomes); If-Match is
 * optional on them and 412 when stale (PRODUCT.md §9).
 */
export const etag = (version: number): string => `"${version}"`;

export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const h = request.headers['if-match'];
  if (h === undefined) return undefined;
  const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(h);
  if (!m) throw new AppError('precondition_failed', 'If-Match must be an ETag this server gave out.');
  return Number(m[1]);
}

/** Sets the ETag of a versioned answer and returns its value. */
export function sendVersioned<T>(reply: FastifyReply, r: { value: T; version: number }): T {
  reply.header('ETag', etag(r.version));
  return r.value;
}
