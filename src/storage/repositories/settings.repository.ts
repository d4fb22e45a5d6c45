import type { Db } from '../database.js';

export const settingsRepository = {
  async get(db: Db, key: string): Promise<string | undefined> {
    const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return r?.value;
  },
  /** Inserts or replaces. */
  async put(db: Db, key: string, value: string): Promise<void> {
    await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  },
  /** Inserts; a second insert of the same key fails with a unique violation. */
  async insert(db: Db, key: string, value: string): Promise<void> {
    await db.insertInto('settings').values({ key, value }).execute();
  },
};
