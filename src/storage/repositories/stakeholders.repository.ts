import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { StakeholdersTable } from '../schema.js';

export type StakeholderRow = Selectable<StakeholdersTable>;

export const stakeholdersRepository = {
  findById(db: Db, id: string): Promise<StakeholderRow | undefined> {
    return db.selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insert(db: Db, row: Insertable<StakeholdersTable>): Promise<void> {
    await db.insertInto('stakeholders').values(row).execute();
  },

  async update(db: Db, id: string, patch: Updateable<StakeholdersTable>, expectedVersion: number): Promise<boolean> {
    const r = await db.updateTable('stakeholders').set(patch).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async remove(db: Db, id: string): Promise<void> {
    await db.deleteFrom('stakeholders').where('id', '=', id).execute();
  },

  /** A parent's stakeholders, oldest first; `after` is the last row of the previous page. */
  ofParent(db: Db, parent: { column: 'initiative_id' | 'document_id'; id: string }, after: { k: string; id: string } | null, limit: number): Promise<StakeholderRow[]> {
    let q = db.selectFrom('stakeholders').selectAll().where(parent.column, '=', parent.id);
    if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after.k), eb.and([eb('created_at', '=', after.k), eb('id', '>', after.id)])]));
    return q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
  },

  /** Every stakeholder of the given initiatives (plan detectors). */
  ofInitiatives(db: Db, ids: string[]): Promise<StakeholderRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('stakeholders').selectAll().where('initiative_id', 'in', ids).execute();
  },
};
