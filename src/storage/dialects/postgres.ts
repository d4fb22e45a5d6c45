import pg from 'pg';
import { PostgresDialect } from 'kysely';
import type { DialectAdapter } from './index.js';

/** PostgreSQL through a pool; many stateless app servers can share one database. */
export function postgresAdapter(url: string, poolSize = 10, searchPath?: string): DialectAdapter {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A schema of its own (tests, several installations on one server); public stays reachable.
    ...(searchPath && { options: `-c search_path=${searchPath},public` }),
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => {});
  const safe = new URL(url);
  return {
    name: 'postgres',
    kysely: new PostgresDialect({ pool }),
    describe: `postgres://${safe.host}${safe.pathname}`,
  };
}
