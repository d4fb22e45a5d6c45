import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import type { DialectAdapter } from './index.js';

/** Embedded SQLite: WAL for concurrent readers, foreign keys on, a generous busy timeout. */
export function sqliteAdapter(file: string): DialectAdapter {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return {
    name: 'sqlite',
    kysely: new SqliteDialect({ database: db }),
    describe: `sqlite:${file}`,
  };
}
