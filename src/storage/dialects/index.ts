/**
 * Every difference between SQLite and PostgreSQL lives in this folder. The rest of the code
 * asks for a `DialectAdapter` and never branches on the database.
 */
import type { Dialect } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface DialectAdapter {
  name: DialectName;
  /** The Kysely dialect that talks to the database. */
  kysely: Dialect;
  /** Runs after migrations: pragmas, extensions. */
  afterOpen?: () => Promise<void>;
  /** Closes anything Kysely does not own. */
  close?: () => Promise<void>;
  /** A description without secrets, for logs and /health. */
  describe: string;
}

export function dialectFor(databaseUrl: string | undefined): DialectName {
  if (databaseUrl && /^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgres';
  return 'sqlite';
}
