import { Kysely, sql } from 'kysely';
import type { Database } from './schema.js';
import { dialectFor, type DialectAdapter, type DialectName } from './dialects/index.js';
import { sqliteAdapter } from './dialects/sqlite.js';
import { postgresAdapter } from './dialects/postgres.js';
import { migrateToLatest } from './migrate.js';
import type { EvidenceSearch } from './dialects/evidence-search.js';
import { sqliteEvidenceSearch } from './dialects/evidence-search.sqlite.js';
import { postgresEvidenceSearch } from './dialects/evidence-search.postgres.js';

export type Db = Kysely<Database>;

export interface Storage {
  db: Db;
  dialect: DialectName;
  describe: string;
  /** Full-text search of evidence, as this dialect does it. */
  evidenceSearch: EvidenceSearch;
  /** Runs pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StorageOptions {
  databaseUrl?: string | undefined;
  sqlitePath: string;
  poolSize?: number;
  /** PostgreSQL only: the schema to work in. */
  pgSchema?: string;
}

export function openStorage(opts: StorageOptions): Storage {
  const dialect = dialectFor(opts.databaseUrl);
  const adapter: DialectAdapter =
    dialect === 'postgres' ? postgresAdapter(opts.databaseUrl as string, opts.poolSize, opts.pgSchema) : sqliteAdapter(opts.sqlitePath);
  const db = new Kysely<Database>({ dialect: adapter.kysely });
  return {
    db,
    dialect,
    describe: adapter.describe,
    evidenceSearch: dialect === 'postgres' ? postgresEvidenceSearch : sqliteEvidenceSearch,
    migrate: () => migrateToLatest(db as unknown as Kysely<unknown>, dialect === 'postgres' ? opts.pgSchema : undefined),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await adapter.close?.();
    },
  };
}

/** Runs `fn` in a transaction, joining the caller's when there is one already. */
export function withTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
