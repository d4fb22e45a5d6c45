import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { MentorshipsTable } from '../schema.js';

export type MentorshipRow = Selectable<MentorshipsTable>;

export const mentorshipsRepository = {
  findById(db: Db, id: string): Promise<MentorshipRow | undefined> {
    return db.selectFrom('mentorships').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findOpenPair(db: Db, pairKey: string): Promise<MentorshipRow | undefined> {
    return db
      .selectFrom('mentorships')
      .selectAll()
      .where('pair_key', '=', pairKey)
      .where('status', 'in', ['proposed', 'active'])
      .executeTakeFirst();
  },

  /** Mentorships the person is a party to, newest first. */
  listFor(db: Db, personId: string, status: string | undefined, after: { k: string; id: string } | null, limit: number): Promise<MentorshipRow[]> {
    let qb = db
      .selectFrom('mentorships')
      .selectAll()
      .where((eb) => eb.or([eb('mentor_id', '=', personId), eb('mentee_id', '=', personId)]));
    if (status) qb = qb.where('status', '=', status);
    if (after) {
      qb = qb.where((eb) => eb.or([eb('created_at', '<', after.k), eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)])]));
    }
    return qb.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },

  async insert(db: Db, row: Insertable<MentorshipsTable>): Promise<void> {
    await db.insertInto('mentorships').values(row).execute();
  },

  /** Moves from one status to another only if it is still in `from`; returns whether it did. */
  async transition(db: Db, id: string, from: string, patch: Updateable<MentorshipsTable>): Promise<boolean> {
    const r = await db.updateTable('mentorships').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
