import { TOKEN_SCOPES, type TokenScope } from '../types.js';

/** A session or token records its use at most this often. */
export const TOUCH_EVERY_MS = 60_000;
/** Every personal access token starts with this. */
export const TOKEN_PREFIX = 'sp_';

/**
 * Every scope a personal access token may carry: `read`, `write`, and `tokens`, which lets a
 * token make further tokens (never with a scope it lacks itself, never outliving it). A
 * cookie session may give any of them.
 */
export const ACCESS_SCOPES = TOKEN_SCOPES;
export type AccessScope = TokenScope;

/** Whether a credential's scopes include `scope` (stored scopes may hold `tokens`). */
export function hasScope(scopes: readonly string[], scope: AccessScope): boolean {
  return scopes.includes(scope);
}

/**
 * `TokenScope` in core/types.ts does not list `tokens`; a token's stored scopes may. The
 * shapes keep their declared type; the values are the stored ones.
 */
export const asTokenScopes = (scopes: readonly string[]): TokenScope[] => [...scopes] as TokenScope[];
