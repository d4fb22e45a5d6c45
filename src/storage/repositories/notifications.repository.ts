import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { NotificationsTable } from '../schema.js';

export type NotificationRow = Selectable<NotificationsTable>;

export const notificationsRepository = {
  async insert(db: Db, row: Insertable<NotificationsTable>): Promise<void> {
    await db.insertInto('notifications').values(row).execute();
  },

  list(db: Db, personId: string, unreadOnly: boolean, after: { k: string; id: string } | null, limit: number): Promise<NotificationRow[]> {
    let q = db.selectFrom('notifications').selectAll().where('person_id', '=', personId);
    if (unreadOnly) q = q.where('read_at', 'is', null);
    if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.k), eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)])]));
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },

  async markRead(db: Db, personId: string, ids: string[] | 'all', now: string): Promise<number> {
    let q = db.updateTable('notifications').set({ read_at: now }).where('person_id', '=', personId).where('read_at', 'is', null);
    if (ids !== 'all') q = q.where('id', 'in', ids.length ? ids : ['-']);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
