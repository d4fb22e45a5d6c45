import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { TeamsTable } from '../schema.js';

export type TeamRow = Selectable<TeamsTable>;

export const teamsRepository = {
  findById(db: Db, id: string): Promise<TeamRow | undefined> {
    return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findExisting(db: Db, ids: string[]): Promise<{ id: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('teams').select('id').where('id', 'in', ids).execute();
  },

  /** Every team's id, name and slug (the organisation's teams, for matching names). */
  all(db: Db): Promise<Pick<TeamRow, 'id' | 'name' | 'slug'>[]> {
    return db.selectFrom('teams').select(['id', 'name', 'slug']).orderBy('name').execute();
  },

  list(db: Db, after: { k: string; id: string } | null, limit: number): Promise<TeamRow[]> {
    let qb = db.selectFrom('teams').selectAll();
    if (after) qb = qb.where((eb) => eb.or([eb('name', '>', after.k), eb.and([eb('name', '=', after.k), eb('id', '>', after.id)])]));
    return qb.orderBy('name').orderBy('id').limit(limit + 1).execute();
  },

  async insert(db: Db, row: Insertable<TeamsTable>): Promise<void> {
    await db.insertInto('teams').values(row).execute();
  },

  async update(db: Db, id: string, patch: Updateable<TeamsTable>): Promise<void> {
    await db.updateTable('teams').set(patch).where('id', '=', id).execute();
  },

  async remove(db: Db, id: string): Promise<void> {
    await db.deleteFrom('teams').where('id', '=', id).execute();
  },

  async memberIdsFor(db: Db, teamIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(teamIds.map((id) => [id, []]));
    if (teamIds.length === 0) return out;
    const rows = await db
      .selectFrom('team_members')
      .select(['team_id', 'person_id'])
      .where('team_id', 'in', teamIds)
      .orderBy('person_id')
      .execute();
    for (const r of rows) out.get(r.team_id)?.push(r.person_id);
    return out;
  },

  async addMember(db: Db, teamId: string, personId: string, now: string): Promise<void> {
    await db
      .insertInto('team_members')
      .values({ team_id: teamId, person_id: personId, created_at: now })
      .onConflict((oc) => oc.columns(['team_id', 'person_id']).doNothing())
      .execute();
  },

  async removeMember(db: Db, teamId: string, personId: string): Promise<void> {
    await db.deleteFrom('team_members').where('team_id', '=', teamId).where('person_id', '=', personId).execute();
  },

  async setMemberships(db: Db, personId: string, teamIds: string[], now: string): Promise<void> {
    await db.deleteFrom('team_members').where('person_id', '=', personId).execute();
    if (teamIds.length > 0) {
      await db
        .insertInto('team_members')
        .values(teamIds.map((team_id) => ({ team_id, person_id: personId, created_at: now })))
        .execute();
    }
  },
};
