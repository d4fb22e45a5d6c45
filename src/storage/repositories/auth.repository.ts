import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { AccessTokensTable, LoginFailuresTable, SessionsTable } from '../schema.js';

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

  /**
   * Inserts the session only while the person still has `passwordHash` and is active, in one
   * statement; answers whether it was written.
   */
  async insertSessionIfPassword(db: Db, row: Insertable<SessionsTable>, passwordHash: string): Promise<boolean> {
    const r = await db
      .insertInto('sessions')
      .columns(['id', 'token_hash', 'person_id', 'csrf_token', 'user_agent', 'created_at', 'last_seen_at', 'expires_at'])
      .expression(
        db
          .selectFrom('people')
          .select([
            sql<string>`${row.id}`.as('id'),
            sql<string>`${row.token_hash}`.as('token_hash'),
            'people.id as person_id',
            sql<string>`${row.csrf_token}`.as('csrf_token'),
            sql<string>`${row.user_agent ?? ''}`.as('user_agent'),
            sql<string>`${row.created_at}`.as('created_at'),
            sql<string>`${row.last_seen_at}`.as('last_seen_at'),
            sql<string>`${row.expires_at}`.as('expires_at'),
          ])
          .where('people.id', '=', row.person_id)
          .where('people.password_hash', '=', passwordHash)
          .where('people.active', '=', 1),
      )
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
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

  tokenById(db: Db, id: string, personId: string): Promise<TokenRow | undefined> {
    return db.selectFrom('access_tokens').selectAll().where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
  },

  /** Revokes every token of the person, but `exceptId` when given. */
  async deleteTokensOf(db: Db, personId: string, exceptId?: string): Promise<void> {
    let q = db.deleteFrom('access_tokens').where('person_id', '=', personId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },

  async touchToken(db: Db, id: string, now: string): Promise<void> {
    await db.updateTable('access_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  },

  async deleteToken(db: Db, id: string, personId: string): Promise<number> {
    const r = await db.deleteFrom('access_tokens').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /**
   * Holds a throttled key for the rest of the transaction: an upsert locks its row, so the
   * next attempt on the same key waits until this one has counted and reserved.
   */
  async lockThrottleKey(db: Db, kind: 'account' | 'address', key: string, at: string): Promise<void> {
    await db
      .insertInto('login_throttle_keys')
      .values({ kind, key, at })
      .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet({ at }))
      .execute();
  },

  /**
   * Forgets keys untouched since `before`, one row per statement so that a prune never holds
   * one key while waiting for another (no deadlock with a sign-in holding both of its keys).
   */
  async pruneThrottleKeys(db: Db, before: string, max = 200): Promise<void> {
    const stale = await db.selectFrom('login_throttle_keys').select(['kind', 'key']).where('at', '<', before).limit(max).execute();
    for (const k of stale) {
      await db.deleteFrom('login_throttle_keys').where('kind', '=', k.kind).where('key', '=', k.key).where('at', '<', before).execute();
    }
  },

  /** A sign-in attempt's failure rows, written before its password is checked. */
  async reserveAttempts(db: Db, rows: Insertable<LoginFailuresTable>[]): Promise<void> {
    await db.insertInto('login_failures').values(rows).execute();
  },

  /** Takes an attempt's rows back (it succeeded, or it was refused unchecked). */
  async releaseAttempts(db: Db, ids: string[]): Promise<void> {
    if (ids.length) await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
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
