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
    kysely: new SqliteDialect({ database: withStatementCache(db) }),
    describe: `sqlite:${file}`,
  };
}

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. The
 * driver runs one statement at a time on this connection, so a prepared statement can be
 * reused by SQL text. Bounded, least recently used first out.
 */
function withStatementCache(db: BetterSqlite3.Database, size = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = db.prepare.bind(db);
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') {
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (source: string) => {
        let stmt = cache.get(source);
        if (stmt) {
          cache.delete(source);
        } else {
          stmt = prepare(source);
          if (cache.size >= size) cache.delete(cache.keys().next().value as string);
        }
        cache.set(source, stmt);
        return stmt;
      };
    },
  });
}
