import type { Db } from '../database.js';

/** What the scheduled sweep deletes. Every delete is idempotent, so app servers may race. */
export const sweepRepository = {
  /** Sessions whose expiry is at or before `now` (authentication already refuses them); returns how many went. */
  async deleteExpiredSessions(db: Db, now: string): Promise<number> {
    const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
