import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { EvidenceProposalsTable } from '../schema.js';

export type ProposalRow = Selectable<EvidenceProposalsTable>;

/** Evidence proposals: each row is private to its owner; every query here names the owner. */
export const proposalsRepository = {
  /**
   * Inserts unless (owner, source key) is taken; true when it inserted. `ON CONFLICT DO
   * NOTHING` rather than catching the unique violation, which would abort a PostgreSQL
   * transaction the caller still needs.
   */
  async insertOnce(db: Db, row: Insertable<EvidenceProposalsTable>): Promise<boolean> {
    const inserted = await db
      .insertInto('evidence_proposals')
      .values(row)
      .onConflict((oc) => oc.columns(['owner_id', 'source_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  },

  /** The proposal if `ownerId` owns it; someone else's is as absent as a missing one. */
  findOwn(db: Db, ownerId: string, id: string): Promise<ProposalRow | undefined> {
    return db.selectFrom('evidence_proposals').selectAll().where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
  },

  /** Newest first; `after` is the last row of the previous page. */
  list(db: Db, ownerId: string, status: string, after: { k: string; id: string } | null, limit: number): Promise<ProposalRow[]> {
    let q = db.selectFrom('evidence_proposals').selectAll().where('owner_id', '=', ownerId).where('status', '=', status);
    if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.k), eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)])]));
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },

  /** Moves the proposal on only from one of `from`; false when it was in none of them (a concurrent decision). */
  async decide(db: Db, ownerId: string, id: string, from: readonly string[], patch: Updateable<EvidenceProposalsTable>): Promise<boolean> {
    const r = await db
      .updateTable('evidence_proposals')
      .set(patch)
      .where('id', '=', id)
      .where('owner_id', '=', ownerId)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
