import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { AuditLogTable } from '../schema.js';

export type AuditRow = Selectable<AuditLogTable>;

/** The audit log: rows are added and read, never changed (the database refuses it too). */
export const auditRepository = {
  async insert(db: Db, rows: Insertable<AuditLogTable>[]): Promise<void> {
    if (rows.length) await db.insertInto('audit_log').values(rows).execute();
  },

  /** Newest first, then by id; `after` is the last row of the previous page. */
  list(db: Db, after: { k: string; id: string } | null, limit: number): Promise<AuditRow[]> {
    let q = db.selectFrom('audit_log').selectAll();
    if (after) q = q.where((eb) => eb.or([eb('at', '<', after.k), eb.and([eb('at', '=', after.k), eb('id', '<', after.id)])]));
    return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },
};
