import { sql, type Expression, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { EvidenceTable } from '../schema.js';
import { evidenceWhere, visibilityBranches, type EvidenceCriteria, type EvidenceEb } from './evidence-filter.js';

export type EvidenceRow = Omit<Selectable<EvidenceTable>, 'search_key'>;

/** Every column but the dialect's own search data, for explicit selects. */
export const EVIDENCE_COLUMNS = [
  'id', 'owner_id', 'occurred_on', 'title', 'body', 'dimensions', 'impact', 'metrics', 'teams', 'links',
  'initiative_id', 'audience', 'aud_manager', 'aud_mentors', 'aud_org', 'source', 'version', 'created_at', 'updated_at', 'deleted_at',
] as const satisfies readonly (keyof EvidenceTable)[];

export const evidenceColumnsSql = sql.join(EVIDENCE_COLUMNS.map((c) => sql.ref(`e.${c}`)));

export const evidenceRepository = {
  findById(db: Db, id: string): Promise<EvidenceRow | undefined> {
    return db.selectFrom('evidence as e').select(EVIDENCE_COLUMNS.map((c) => `e.${c}` as const)).where('e.id', '=', id).executeTakeFirst();
  },

  async insert(db: Db, row: Insertable<EvidenceTable>, dimensions: string[], teamKeys: string[]): Promise<void> {
    await db.insertInto('evidence').values(row).execute();
    await this.setTags(db, row.id, dimensions, teamKeys);
  },

  /** Updates only if the stored version is `expectedVersion` (when given); returns whether it did. */
  async update(db: Db, id: string, patch: Updateable<EvidenceTable>, expectedVersion?: number): Promise<boolean> {
    let q = db.updateTable('evidence').set(patch).where('id', '=', id);
    if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async setTags(db: Db, id: string, dimensions: string[], teamKeys: string[]): Promise<void> {
    await db.deleteFrom('evidence_dimensions').where('evidence_id', '=', id).execute();
    await db.deleteFrom('evidence_teams').where('evidence_id', '=', id).execute();
    if (dimensions.length) await db.insertInto('evidence_dimensions').values(dimensions.map((dimension) => ({ evidence_id: id, dimension }))).execute();
    if (teamKeys.length) await db.insertInto('evidence_teams').values(teamKeys.map((team_key) => ({ evidence_id: id, team_key }))).execute();
  },

  /**
   * Newest first by date, then id; `after` is the last row of the previous page. Each
   * visibility branch takes its own top rows from its index; the union is merged and cut.
   */
  async list(db: Db, criteria: EvidenceCriteria, after: { k: string; id: string } | null, limit: number): Promise<EvidenceRow[]> {
    const branches: (((eb: EvidenceEb) => Expression<SqlBool>) | undefined)[] = criteria.deleted
      ? [undefined]
      : visibilityBranches(criteria.visible).map((b) => () => b);
    const parts = branches.map((branch, i) => {
      let q = db
        .selectFrom('evidence as e')
        .select(['e.id', 'e.occurred_on'])
        .where((eb) => evidenceWhere(eb as unknown as EvidenceEb, criteria, branch));
      if (after) {
        q = q.where((eb) => eb.or([eb('e.occurred_on', '<', after.k), eb.and([eb('e.occurred_on', '=', after.k), eb('e.id', '<', after.id)])]));
      }
      return db.selectFrom(q.orderBy('e.occurred_on', 'desc').orderBy('e.id', 'desc').limit(limit + 1).as(`b${i}`)).selectAll();
    });
    const [first, ...rest] = parts;
    if (!first) return [];
    let union = first;
    for (const r of rest) union = union.union(r);
    const top = union.orderBy('occurred_on', 'desc').orderBy('id', 'desc').limit(limit + 1);
    return db
      .selectFrom('evidence as e')
      .innerJoin(top.as('top'), 'top.id', 'e.id')
      .select(EVIDENCE_COLUMNS.map((c) => `e.${c}` as const))
      .orderBy('e.occurred_on', 'desc')
      .orderBy('e.id', 'desc')
      .execute();
  },

  /** The few columns readiness needs, for what the caller may see. */
  facts(db: Db, criteria: EvidenceCriteria): Promise<Pick<EvidenceRow, 'id' | 'occurred_on' | 'dimensions' | 'teams' | 'metrics'>[]> {
    return db
      .selectFrom('evidence as e')
      .select(['e.id', 'e.occurred_on', 'e.dimensions', 'e.teams', 'e.metrics'])
      .where((eb) => evidenceWhere(eb as unknown as EvidenceEb, criteria))
      .orderBy('e.occurred_on', 'desc')
      .limit(20_000)
      .execute();
  },

  /** Every live entry of one owner, oldest first (export). */
  allOf(db: Db, ownerId: string): Promise<EvidenceRow[]> {
    return db
      .selectFrom('evidence as e')
      .select(EVIDENCE_COLUMNS.map((c) => `e.${c}` as const))
      .where('e.owner_id', '=', ownerId)
      .where('e.deleted_at', 'is', null)
      .orderBy('e.occurred_on')
      .orderBy('e.id')
      .execute();
  },

  async purgeDeletedBefore(db: Db, before: string): Promise<string[]> {
    const rows = await db.selectFrom('evidence').select('id').where('deleted_at', '<', before).execute();
    return rows.map((r) => r.id);
  },

  async hardDelete(db: Db, id: string): Promise<void> {
    await db.deleteFrom('evidence').where('id', '=', id).execute();
  },
};
