import type { Insertable, Selectable, Updateable } from 'kysely';
import { CONTENT_KINDS, type VisibilityFilter } from '../../shared/policy.js';
import type { Db } from '../database.js';
import type { InitiativesTable } from '../schema.js';
import { visibleSql } from '../visibility-sql.js';

export type InitiativeRow = Selectable<InitiativesTable>;

export interface InitiativeCriteria {
  visible: VisibilityFilter;
  owners?: string[] | undefined;
  statuses?: string[] | undefined;
}

export const initiativesRepository = {
  findById(db: Db, id: string): Promise<InitiativeRow | undefined> {
    return db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByIds(db: Db, ids: string[]): Promise<InitiativeRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('initiatives').selectAll().where('id', 'in', ids).execute();
  },

  async insert(db: Db, row: Insertable<InitiativesTable>): Promise<void> {
    await db.insertInto('initiatives').values(row).execute();
  },

  /** Updates only if the stored version is `expectedVersion`; returns whether it did. */
  async update(db: Db, id: string, patch: Updateable<InitiativesTable>, expectedVersion: number): Promise<boolean> {
    const r = await db.updateTable('initiatives').set(patch).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Removes the initiative; its stakeholders go with it, outcomes and evidence keep living unlinked. */
  async remove(db: Db, id: string, expectedVersion: number): Promise<boolean> {
    await db.updateTable('evidence').set({ initiative_id: null }).where('initiative_id', '=', id).execute();
    await db.updateTable('outcomes').set({ initiative_id: null }).where('initiative_id', '=', id).execute();
    await db.deleteFrom('stakeholders').where('initiative_id', '=', id).execute();
    const r = await db.deleteFrom('initiatives').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  /** Newest first; `after` is the last row of the previous page. */
  list(db: Db, c: InitiativeCriteria, after: { k: string; id: string } | null, limit: number): Promise<InitiativeRow[]> {
    let q = db.selectFrom('initiatives as i').selectAll('i').where(visibleSql(CONTENT_KINDS.initiative, 'i', c.visible));
    if (c.owners) q = q.where('i.owner_id', 'in', c.owners);
    if (c.statuses && c.statuses.length > 0) q = q.where('i.status', 'in', c.statuses);
    if (after) q = q.where((eb) => eb.or([eb('i.created_at', '<', after.k), eb.and([eb('i.created_at', '=', after.k), eb('i.id', '<', after.id)])]));
    return q.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(limit + 1).execute();
  },

  /** Every initiative of one owner the caller may see (plan detectors, readiness). */
  ofOwner(db: Db, ownerId: string, visible: VisibilityFilter): Promise<InitiativeRow[]> {
    return db
      .selectFrom('initiatives as i')
      .selectAll('i')
      .where('i.owner_id', '=', ownerId)
      .where(visibleSql(CONTENT_KINDS.initiative, 'i', visible))
      .orderBy('i.created_at', 'desc')
      .limit(1000)
      .execute();
  },
};
