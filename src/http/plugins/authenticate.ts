import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import type { Actor } from '../../core/types.js';
import type { Services } from '../../core/services.js';
import { safeEqual } from '../../core/secrets.js';

export const SESSION_COOKIE = 'staffpath_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Answers without credentials (health, set-up, login, docs). */
    public?: boolean;
    /** Reachable while the person must change their password. */
    allowPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every API route is registered under this prefix (http/app.ts). */
const API_ROUTE_PREFIX = '/api/';

/**
 * For a request no route matched: whether its path, decoded, with repeated slashes folded and
 * in any case, is under the API, so that an unknown API path still asks for credentials (401)
 * however it is spelled.
 */
function looksLikeApi(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: judge the path as sent.
  }
  return decoded.replace(/\/{2,}/g, '/').toLowerCase().startsWith(API_ROUTE_PREFIX);
}

/** The actor behind the request, if any. The Bearer token wins over the cookie. */
async function resolveActor(services: Services, request: FastifyRequest): Promise<{ actor: Actor | null; csrf: string | null; presented: boolean }> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const actor = m?.[1] ? await services.auth.authenticateToken(m[1]) : null;
    return { actor, csrf: null, presented: true };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) {
    const session = await services.auth.authenticateSession(cookie);
    if (!session) return { actor: null, csrf: null, presented: true };
    const { csrfToken, ...actor } = session;
    return { actor, csrf: csrfToken, presented: true };
  }
  return { actor: null, csrf: null, presented: false };
}

/**
 * The request path's first gates, in the order of PRODUCT.md §8: body size (413) →
 * authentication (401) → CSRF and token scope (403). Visibility and validation follow in
 * the routes and the core.
 */
export function registerAuthentication(app: FastifyInstance, services: Services, bodyLimit: number): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    // Decided by the route the router matched, never by the raw URL: `/%61pi/v1/me` and
    // `/api/v1/%6De` reach the same handler as `/api/v1/me`, so they pass the same gates.
    const route = request.routeOptions.url;
    const api = route !== undefined ? route.startsWith(API_ROUTE_PREFIX) : looksLikeApi(request.url);
    if (!api) return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > bodyLimit) throw new AppError('payload_too_large', 'The request body is larger than this server accepts.');

    const config: FastifyContextConfig = route !== undefined ? request.routeOptions.config : {};
    const { actor, csrf } = await resolveActor(services, request);
    request.actor = actor;
    request.csrfToken = csrf;
    if (config.public) return;
    if (!actor) throw new AppError('unauthenticated', 'Sign in, or send a valid personal access token.');
    // No route: nothing will happen but a 404, so the other gates have nothing to guard.
    if (route === undefined) return;

    if (!SAFE_METHODS.has(request.method)) {
      if (actor.via === 'session') {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !csrf || !safeEqual(sent, csrf)) {
          throw new AppError('csrf_failed', 'Send the X-CSRF-Token header with the token from /me.');
        }
      } else if (!actor.scopes.includes('write')) {
        throw new AppError('insufficient_scope', 'This token may only read; create one with the write scope.');
      }
    }
    if (actor.mustChangePassword && !config.allowPasswordChange) {
      throw new AppError('password_change_required', 'Change your password before you go on.');
    }
  });
}

/** For handlers of non-public routes: the hook has guaranteed an actor. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first.');
  return request.actor;
}
