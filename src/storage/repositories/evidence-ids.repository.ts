import type { Db } from '../database.js';

/**
 * The id questions an import asks. Which of these ids are taken, split into the importer's own
 * entries and everyone else's (trashed entries included: their ids are still taken). The core
 * decides what to do with the split; it never reaches a client.
 */
export const evidenceIdsRepository = {
  async taken(db: Db, ownerId: string, ids: string[]): Promise<{ own: Set<string>; others: Set<string> }> {
    const own = new Set<string>();
    const others = new Set<string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = await db.selectFrom('evidence').select(['id', 'owner_id']).where('id', 'in', chunk).execute();
      for (const r of rows) (r.owner_id === ownerId ? own : others).add(r.id);
    }
    return { own, others };
  },

  /**
   * The value of a setting, created by `make` on first use. Safe under races: the first insert
   * wins, the others read what it wrote.
   */
  async settingOnce(db: Db, key: string, make: () => string): Promise<string> {
    const found = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    if (found) return found.value;
    await db.insertInto('settings').values({ key, value: make() }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
    return row.value;
  },
};
