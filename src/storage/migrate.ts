import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import * as foundation from './migrations/20261127T0900-foundation.js';
import * as evidence from './migrations/20261127T1000-evidence.js';
import * as frameworks from './migrations/20261127T1100-frameworks.js';
import * as auditLog from './migrations/20261128T0900-audit-log.js';
import * as initiatives from './migrations/20261202T0900-initiatives.js';
import * as documents from './migrations/20261203T0900-documents.js';

/** Migrations in order. Names sort by time; a landed migration is never edited. */
const MIGRATIONS: Record<string, Migration> = {
  '20261127T0900-foundation': foundation,
  '20261127T1000-evidence': evidence,
  '20261127T1100-frameworks': frameworks,
  '20261128T0900-audit-log': auditLog,
  '20261202T0900-initiatives': initiatives,
  '20261203T0900-documents': documents,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  // With a schema of its own, the bookkeeping tables live there too (never in a neighbour's).
  const migrator = new Migrator({ db, provider: new StaticProvider(), ...(schema && { migrationTableSchema: schema }) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((result.error as Error).message ?? result.error)}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
