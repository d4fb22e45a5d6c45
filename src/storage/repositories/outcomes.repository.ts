import type { Insertable, Selectable, Updateable } from 'kysely';
import { CONTENT_KINDS, type VisibilityFilter } from '../../shared/policy.js';
import type { Db } from '../database.js';
import type { MeasurementsTable, OutcomesTable } from '../schema.js';
import { visibleSql } from '../visibility-sql.js';

export type OutcomeRow = Selectable<OutcomesTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;

export interface OutcomeCriteria {
  visible: VisibilityFilter;
  owners?: string[] | undefined;
  initiativeId?: string | undefined;
}

export const outcomesRepository = {
  findById(db: Db, id: string): Promise<OutcomeRow | undefined> {
    return db.selectFrom('outcomes').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insert(db: Db, row: Insertable<OutcomesTable>): Promise<void> {
    await db.insertInto('outcomes').values(row).execute();
  },

  async update(db: Db, id: string, patch: Updateable<OutcomesTable>, expectedVersion: number): Promise<boolean> {
    const r = await db.updateTable('outcomes').set(patch).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Bumps the version (a measurement changed the outcome); false when it moved on meanwhile. */
  async touch(db: Db, id: string, expectedVersion: number, now: string): Promise<boolean> {
    return this.update(db, id, { version: expectedVersion + 1, updated_at: now }, expectedVersion);
  },

  async remove(db: Db, id: string, expectedVersion: number): Promise<boolean> {
    const r = await db.deleteFrom('outcomes').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  /** Newest first; `after` is the last row of the previous page. */
  list(db: Db, c: OutcomeCriteria, after: { k: string; id: string } | null, limit: number): Promise<OutcomeRow[]> {
    let q = db.selectFrom('outcomes as o').selectAll('o').where(visibleSql(CONTENT_KINDS.outcome, 'o', c.visible));
    if (c.owners) q = q.where('o.owner_id', 'in', c.owners);
    if (c.initiativeId !== undefined) q = q.where('o.initiative_id', '=', c.initiativeId);
    if (after) q = q.where((eb) => eb.or([eb('o.created_at', '<', after.k), eb.and([eb('o.created_at', '=', after.k), eb('o.id', '<', after.id)])]));
    return q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc').limit(limit + 1).execute();
  },

  /** Every outcome of one owner the caller may see (readiness, plan detectors). */
  ofOwner(db: Db, ownerId: string, visible: VisibilityFilter): Promise<OutcomeRow[]> {
    return db
      .selectFrom('outcomes as o')
      .selectAll('o')
      .where('o.owner_id', '=', ownerId)
      .where(visibleSql(CONTENT_KINDS.outcome, 'o', visible))
      .orderBy('o.created_at', 'desc')
      .limit(5000)
      .execute();
  },

  /** Measurements of the given outcomes, oldest first (recording order within a day). */
  async measurementsOf(db: Db, outcomeIds: string[]): Promise<Map<string, MeasurementRow[]>> {
    const out = new Map<string, MeasurementRow[]>(outcomeIds.map((id) => [id, []]));
    if (outcomeIds.length === 0) return out;
    const rows = await db
      .selectFrom('measurements')
      .selectAll()
      .where('outcome_id', 'in', outcomeIds)
      .orderBy('measured_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) out.get(r.outcome_id)?.push(r);
    return out;
  },

  async countMeasurements(db: Db, outcomeId: string): Promise<number> {
    const r = await db.selectFrom('measurements').select((eb) => eb.fn.countAll<string | number>().as('n')).where('outcome_id', '=', outcomeId).executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  async insertMeasurements(db: Db, rows: Insertable<MeasurementsTable>[]): Promise<void> {
    // In slices: SQLite limits the number of bound parameters in one statement.
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('measurements').values(rows.slice(i, i + 500)).execute();
  },

  findMeasurement(db: Db, outcomeId: string, id: string): Promise<MeasurementRow | undefined> {
    return db.selectFrom('measurements').selectAll().where('outcome_id', '=', outcomeId).where('id', '=', id).executeTakeFirst();
  },

  async removeMeasurement(db: Db, outcomeId: string, id: string): Promise<void> {
    await db.deleteFrom('measurements').where('outcome_id', '=', outcomeId).where('id', '=', id).execute();
  },
};
