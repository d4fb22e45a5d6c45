import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage } from '../../src/storage/database.js';
import type { DialectName } from '../../src/storage/dialects/index.js';
import { PG_URL } from './dialects.js';

export interface TestStorage {
  storage: Storage;
  /** What to pass as config to reach the same database. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  pgSchema: string | undefined;
  dispose(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, or a new PostgreSQL schema. */
export async function createTestStorage(dialect: DialectName): Promise<TestStorage> {
  const dir = mkdtempSync(join(tmpdir(), 'staffpath-test-'));
  const sqlitePath = join(dir, 'test.db');
  let pgSchema: string | undefined;
  if (dialect === 'postgres') {
    if (!PG_URL) throw new Error('STAFFPATH_TEST_PG_URL is not set');
    pgSchema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${pgSchema}`);
    await admin.end();
  }
  const databaseUrl = dialect === 'postgres' ? PG_URL : undefined;
  const storage = openStorage({ databaseUrl, sqlitePath, poolSize: 5, ...(pgSchema && { pgSchema }) });
  await storage.migrate();
  return {
    storage,
    databaseUrl,
    sqlitePath,
    pgSchema,
    async dispose() {
      await storage.close().catch(() => {});
      if (pgSchema) {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop schema ${pgSchema} cascade`);
        await admin.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
