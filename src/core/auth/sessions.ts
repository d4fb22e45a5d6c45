import type { Db } from '../../storage/database.js';
import { authRepository } from '../../storage/repositories/auth.repository.js';
import { notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { randomSecret, sha256 } from '../secrets.js';
import type { Actor, Page, Person, Role, SessionInfo } from '../types.js';
import { TOUCH_EVERY_MS } from './credentials.js';

export interface SignedIn {
  person: Person;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

/** With `passwordHash`: only while the person still has that password and is active (else null). */
export async function startSession(db: Db, ttlHours: number, person: Person, userAgent: string): Promise<SignedIn>;
export async function startSession(db: Db, ttlHours: number, person: Person, userAgent: string, passwordHash: string): Promise<SignedIn | null>;
export async function startSession(db: Db, ttlHours: number, person: Person, userAgent: string, passwordHash?: string): Promise<SignedIn | null> {
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const now = nowIso();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000).toISOString();
  const row = {
    id: newId(),
    token_hash: sha256(sessionToken),
    person_id: person.id,
    csrf_token: csrfToken,
    user_agent: userAgent.slice(0, 300),
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  };
  if (passwordHash === undefined) await authRepository.insertSession(db, row);
  else if (!(await authRepository.insertSessionIfPassword(db, row, passwordHash))) return null;
  return { person, sessionToken, csrfToken, expiresAt };
}

/** One indexed read; the session slides forward at most once a minute. */
export async function authenticateSession(db: Db, ttlHours: number, sessionToken: string): Promise<(Actor & { csrfToken: string }) | null> {
  if (!sessionToken || sessionToken.length > 200) return null;
  const row = await authRepository.sessionByHash(db, sha256(sessionToken));
  const now = Date.now();
  if (!row || row.active !== 1 || Date.parse(row.expires_at) <= now) return null;
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    const expires = new Date(now + ttlHours * 3_600_000).toISOString();
    await authRepository.touchSession(db, row.id, new Date(now).toISOString(), expires);
  }
  return {
    personId: row.person_id,
    role: row.role as Role,
    via: 'session',
    scopes: ['read', 'write'],
    sessionId: row.id,
    mustChangePassword: row.must_change_password === 1,
    csrfToken: row.csrf_token,
  };
}

export async function listSessions(db: Db, actor: Actor): Promise<Page<SessionInfo>> {
  const rows = await authRepository.listSessions(db, actor.personId, nowIso());
  return {
    items: rows.map((r) => ({
      id: r.id,
      current: r.id === actor.sessionId,
      userAgent: r.user_agent,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
    })),
    nextCursor: null,
  };
}

export async function revokeSession(db: Db, actor: Actor, id: string): Promise<void> {
  if ((await authRepository.deleteSession(db, id, actor.personId)) === 0) throw notFound('session');
}
