import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { AccessTokensTable, SessionsTable } from '../schema.js';

export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<AccessTokensTable>;

/** The one indexed read that authenticates a request: credential joined with its person. */
const PERSON_COLS = ['p.role', 'p.active', 'p.must_change_password'] as const;

export const authRepository = {
  sessionByHash(db: Db, tokenHash: string) {
    return db
      .selectFrom('sessions as s')
      .innerJoin('people as p', 'p.id', 's.person_id')
      .select(['s.id', 's.person_id', 's.csrf_token', 's.expires_at', 's.last_seen_at', ...PERSON_COLS])
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  tokenByHash(db: Db, tokenHash: string) {
    return db
      .selectFrom('access_tokens as t')
      .innerJoin('people as p', 'p.id', 't.person_id')
      .select(['t.id', 't.person_id', 't.scopes', 't.expires_at', 't.last_used_at', ...PERSON_COLS])
      .where('t.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async insertSession(db: Db, row: Insertable<SessionsTable>): Promise<void> {
    await db.insertInto('sessions').values(row).execute();
  },

  async touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  },

  async deleteSession(db: Db, id: string, personId: string): Promise<number> {
    const r = await db.deleteFrom('sessions').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async deleteSessionsOf(db: Db, personId: string, exceptId?: string): Promise<void> {
    let q = db.deleteFrom('sessions').where('person_id', '=', personId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },

  async deleteExpiredSessions(db: Db, now: string): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  },

  listSessions(db: Db, personId: string, now: string): Promise<SessionRow[]> {
    return db
      .selectFrom('sessions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .limit(100)
      .execute();
  },

  async insertToken(db: Db, row: Insertable<AccessTokensTable>): Promise<void> {
    await db.insertInto('access_tokens').values(row).execute();
  },

  listTokens(db: Db, personId: string, after: { k: string; id: string } | null, limit: number): Promise<TokenRow[]> {
    let qb = db.selectFrom('access_tokens').selectAll().where('person_id', '=', personId);
    if (after) qb = qb.where((eb) => eb.or([eb('created_at', '<', after.k), eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)])]));
    return qb.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },

  async touchToken(db: Db, id: string, now: string): Promise<void> {
    await db.updateTable('access_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  },

  async deleteToken(db: Db, id: string, personId: string): Promise<number> {
    const r = await db.deleteFrom('access_tokens').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async recordFailure(db: Db, id: string, kind: 'account' | 'address', key: string, at: string): Promise<void> {
    await db.insertInto('login_failures').values({ id, kind, key, at }).execute();
  },

  /** Failures since `since`, and the oldest of them (for Retry-After). */
  async failuresSince(db: Db, kind: 'account' | 'address', key: string, since: string): Promise<{ n: number; oldest: string | null }> {
    const r = await db
      .selectFrom('login_failures')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.min('at').as('oldest')])
      .where('kind', '=', kind)
      .where('key', '=', key)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    return { n: Number(r.n), oldest: (r.oldest as string | null) ?? null };
  },

  async pruneFailures(db: Db, before: string): Promise<void> {
    await db.deleteFrom('login_failures').where('at', '<', before).execute();
  },
};
