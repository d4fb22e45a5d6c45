import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { FrameworksTable } from '../schema.js';

export type FrameworkRow = Selectable<FrameworksTable>;

export const frameworksRepository = {
  findById(db: Db, id: string): Promise<FrameworkRow | undefined> {
    return db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
  },

  latestOf(db: Db, key: string): Promise<FrameworkRow | undefined> {
    return db.selectFrom('frameworks').selectAll().where('key', '=', key).orderBy('version', 'desc').limit(1).executeTakeFirst();
  },

  /** The newest version of each framework, by name. */
  listLatest(db: Db): Promise<FrameworkRow[]> {
    return db
      .selectFrom('frameworks as f')
      .selectAll('f')
      .where(({ eb, selectFrom }) => eb('f.version', '=', selectFrom('frameworks as g').select((e) => e.fn.max('g.version').as('v')).whereRef('g.key', '=', 'f.key')))
      .orderBy('f.name')
      .execute();
  },

  versionsOf(db: Db, key: string): Promise<Pick<FrameworkRow, 'id' | 'version' | 'created_at'>[]> {
    return db.selectFrom('frameworks').select(['id', 'version', 'created_at']).where('key', '=', key).orderBy('version', 'desc').execute();
  },

  async insert(db: Db, row: Insertable<FrameworksTable>): Promise<void> {
    await db.insertInto('frameworks').values(row).execute();
  },
};
