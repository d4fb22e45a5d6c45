import type { Db } from '../../storage/database.js';
import { authRepository } from '../../storage/repositories/auth.repository.js';
import { AppError, forbidden, invalid, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { randomSecret, sha256 } from '../secrets.js';
import type { AccessToken, Actor, Page, Role } from '../types.js';
import { ACCESS_SCOPES, TOKEN_PREFIX, TOUCH_EVERY_MS, asTokenScopes, hasScope, type AccessScope } from './credentials.js';

export async function authenticateToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await authRepository.tokenByHash(db, sha256(token));
  const now = Date.now();
  if (!row || row.active !== 1) return null;
  if (row.expires_at && Date.parse(row.expires_at) <= now) return null;
  if (!row.last_used_at || now - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
    await authRepository.touchToken(db, row.id, new Date(now).toISOString());
  }
  return {
    personId: row.person_id,
    role: row.role as Role,
    via: 'token',
    scopes: asTokenScopes(JSON.parse(row.scopes) as string[]),
    tokenId: row.id,
    mustChangePassword: row.must_change_password === 1,
  };
}

/**
 * Who may make tokens: a signed-in person (cookie session) or the CLI in-process; a token
 * only with the `tokens` scope. Called as a gate before the body is judged, and again by
 * `createToken`.
 */
export function assertMayMakeTokens(actor: Actor): void {
  if (actor.via === 'token' && !hasScope(actor.scopes, 'tokens')) {
    throw forbidden(
      'A personal access token cannot make tokens unless it has the tokens scope. Make tokens in Settings while signed in, or use a token with the tokens scope.',
    );
  }
}

/**
 * A token made by a token carries no scope its parent lacks and never outlives it: its
 * expiry is capped at the parent's, and the child of an expiring token always expires.
 */
export async function createToken(
  db: Db,
  actor: Actor,
  input: { name: string; scopes: readonly AccessScope[]; expiresAt?: string | null | undefined },
): Promise<AccessToken & { token: string }> {
  assertMayMakeTokens(actor);
  const name = input.name.trim();
  if (!name) throw invalid('/name', 'Give the token a name you will recognise.');
  const scopes = [...new Set(input.scopes)].sort();
  if (scopes.length === 0) throw invalid('/scopes', 'Choose at least one scope.');
  const unknown = scopes.findIndex((s) => !(ACCESS_SCOPES as readonly string[]).includes(s));
  if (unknown >= 0) throw invalid(`/scopes/${unknown}`, `Use the scopes ${ACCESS_SCOPES.join(', ')}.`);
  if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now()) throw invalid('/expiresAt', 'The expiry must be in the future.');
  let expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;

  if (actor.via === 'token') {
    const wider = scopes.filter((s) => !hasScope(actor.scopes, s));
    if (wider.length) {
      const message = `A token can only make tokens with scopes it has itself; this one does not have ${wider.join(', ')}.`;
      throw new AppError('forbidden', message, { errors: [{ pointer: '/scopes', message }] });
    }
    const parent = actor.tokenId ? await authRepository.tokenById(db, actor.tokenId, actor.personId) : undefined;
    if (!parent) throw new AppError('unauthenticated', 'This token is no longer valid.');
    if (parent.expires_at !== null && (expiresAt === null || Date.parse(expiresAt) > Date.parse(parent.expires_at))) {
      expiresAt = parent.expires_at;
    }
  }

  const token = TOKEN_PREFIX + randomSecret();
  const row = {
    id: newId(),
    person_id: actor.personId,
    name: name.slice(0, 100),
    scopes: JSON.stringify(scopes),
    token_hash: sha256(token),
    created_at: nowIso(),
    last_used_at: null,
    expires_at: expiresAt,
  };
  await authRepository.insertToken(db, row);
  return { id: row.id, name: row.name, scopes: asTokenScopes(scopes), token, createdAt: row.created_at, lastUsedAt: null, expiresAt: row.expires_at };
}

export async function listTokens(db: Db, actor: Actor, limit: number, cursor?: string): Promise<Page<AccessToken>> {
  const rows = await authRepository.listTokens(db, actor.personId, decodeCursor(cursor), limit);
  return toPage(
    rows,
    limit,
    (r) => ({ id: r.id, name: r.name, scopes: asTokenScopes(JSON.parse(r.scopes) as string[]), createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at }),
    (r) => ({ k: r.created_at, id: r.id }),
  );
}

export async function revokeToken(db: Db, actor: Actor, id: string): Promise<void> {
  if ((await authRepository.deleteToken(db, id, actor.personId)) === 0) throw notFound('token');
}
