import { sql, type Selectable, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { PeopleTable } from '../schema.js';

export type PersonRow = Selectable<PeopleTable>;

export interface PeopleQuery {
  q?: string | undefined;
  teamId?: string | undefined;
  managerId?: string | undefined;
  includeInactive?: boolean | undefined;
  after?: { k: string; id: string } | null;
  limit: number;
}

/** `chain(id, depth)`: everyone below the person in the reporting line (cycles are refused on write; depth is capped anyway). */
function reportsChain(db: Db, personId: string) {
  return db.withRecursive('chain(id, depth)', (qc) =>
    qc
      .selectFrom('people')
      .select(['id', sql<number>`1`.as('depth')])
      .where('manager_id', '=', personId)
      .unionAll((qb) =>
        qb
          .selectFrom('people as p')
          .innerJoin('chain as c', 'p.manager_id', 'c.id')
          .select(['p.id', sql<number>`c.depth + 1`.as('depth')])
          .where('c.depth', '<', 64),
      ),
  );
}

export const peopleRepository = {
  async count(db: Db): Promise<number> {
    const r = await db.selectFrom('people').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  findById(db: Db, id: string): Promise<PersonRow | undefined> {
    return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
    return db.selectFrom('people').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  },

  async insert(db: Db, row: Insertable<PeopleTable>): Promise<void> {
    await db.insertInto('people').values(row).execute();
  },

  async update(db: Db, id: string, patch: Updateable<PeopleTable>): Promise<void> {
    await db.updateTable('people').set(patch).where('id', '=', id).execute();
  },

  /** Sorted by name, then id; `after` is the last row of the previous page. */
  list(db: Db, query: PeopleQuery): Promise<PersonRow[]> {
    let qb = db.selectFrom('people').selectAll();
    if (!query.includeInactive) qb = qb.where('active', '=', 1);
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb = qb.where((eb) =>
        eb.or([
          eb(sql`lower(name)`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(email)`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    if (query.teamId) {
      const teamId = query.teamId;
      qb = qb.where('id', 'in', (eb) => eb.selectFrom('team_members').select('person_id').where('team_id', '=', teamId));
    }
    if (query.managerId) qb = qb.where('manager_id', '=', query.managerId);
    if (query.after) {
      const { k, id } = query.after;
      qb = qb.where((eb) => eb.or([eb('name', '>', k), eb.and([eb('name', '=', k), eb('id', '>', id)])]));
    }
    return qb.orderBy('name').orderBy('id').limit(query.limit + 1).execute();
  },

  async teamIdsFor(db: Db, personIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(personIds.map((id) => [id, []]));
    if (personIds.length === 0) return out;
    const rows = await db
      .selectFrom('team_members')
      .select(['person_id', 'team_id'])
      .where('person_id', 'in', personIds)
      .orderBy('team_id')
      .execute();
    for (const r of rows) out.get(r.person_id)?.push(r.team_id);
    return out;
  },

  async teamSlugs(db: Db, teamIds: string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    return (await db.selectFrom('teams').select('slug').where('id', 'in', teamIds).execute()).map((r) => r.slug);
  },

  /**
   * In one round trip: everyone below the person in the reporting line (at any depth) and the
   * people they mentor in an active mentorship — what visibility needs about a viewer.
   */
  async relationsOf(db: Db, personId: string): Promise<{ reports: string[]; mentees: string[] }> {
    const rows = await reportsChain(db, personId)
      .selectFrom('chain')
      .select(['id', sql<string>`'r'`.as('kind')])
      .unionAll((qb) =>
        qb.selectFrom('mentorships').select(['mentee_id as id', sql<string>`'m'`.as('kind')]).where('mentor_id', '=', personId).where('status', '=', 'active'),
      )
      .execute();
    const reports = new Set<string>();
    const mentees = new Set<string>();
    for (const r of rows) (r.kind === 'r' ? reports : mentees).add(r.id);
    return { reports: [...reports], mentees: [...mentees] };
  },

  /** Everyone below `personId` in the reporting line, at any depth. */
  async reportIds(db: Db, personId: string): Promise<string[]> {
    const rows = await reportsChain(db, personId)
      .selectFrom('chain')
      .select('id')
      .distinct()
      .execute();
    return rows.map((r) => r.id);
  },

  /** The manager chain above `personId`, nearest first. */
  async managerChain(db: Db, personId: string): Promise<string[]> {
    const chain: string[] = [];
    let current = await db.selectFrom('people').select('manager_id').where('id', '=', personId).executeTakeFirst();
    while (current?.manager_id && chain.length < 64 && !chain.includes(current.manager_id)) {
      chain.push(current.manager_id);
      current = await db.selectFrom('people').select('manager_id').where('id', '=', current.manager_id).executeTakeFirst();
    }
    return chain;
  },

  async anotherActiveAdmin(db: Db, exceptId: string): Promise<boolean> {
    const r = await db.selectFrom('people').select('id').where('role', '=', 'admin').where('active', '=', 1).where('id', '!=', exceptId).limit(1).execute();
    return r.length > 0;
  },

  async moveReports(db: Db, fromManagerId: string, toManagerId: string | null, now: string): Promise<number> {
    const r = await db
      .updateTable('people')
      .set({ manager_id: toManagerId, updated_at: now })
      .where('manager_id', '=', fromManagerId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
