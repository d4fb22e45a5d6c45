import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once landed. The full-text part differs by dialect and is spelled out here, because
// a migration must not change when the code around it does.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('impact', 'text')
    .addColumn('metrics', 'text', (c) => c.notNull())
    .addColumn('teams', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('initiative_id', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    // The audience again as flags, so visibility filters are plain indexed predicates.
    .addColumn('aud_manager', 'integer', (c) => c.notNull())
    .addColumn('aud_mentors', 'integer', (c) => c.notNull())
    .addColumn('aud_org', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('evidence_owner_date_idx').on('evidence').columns(['owner_id', 'occurred_on', 'id']).execute();
  await db.schema.createIndex('evidence_date_idx').on('evidence').columns(['occurred_on', 'id']).execute();
  await db.schema.createIndex('evidence_org_date_idx').on('evidence').columns(['aud_org', 'occurred_on', 'id']).execute();

  // Tags as rows, so filters by dimension or team use an index.
  await db.schema
    .createTable('evidence_dimensions')
    .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_dimensions_pk', ['evidence_id', 'dimension'])
    .execute();
  await db.schema.createIndex('evidence_dimensions_dim_idx').on('evidence_dimensions').columns(['dimension', 'evidence_id']).execute();
  await db.schema
    .createTable('evidence_teams')
    .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id').onDelete('cascade'))
    .addColumn('team_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_teams_pk', ['evidence_id', 'team_key'])
    .execute();
  await db.schema.createIndex('evidence_teams_key_idx').on('evidence_teams').columns(['team_key', 'evidence_id']).execute();

  if (postgres) {
    // The text is normalised by the application (case-folded, accents removed, split on
    // anything that is not a letter or digit) so both databases index the same tokens.
    await sql`alter table evidence add column search tsvector not null default ''::tsvector`.execute(db);
    await sql`create index evidence_search_idx on evidence using gin (search)`.execute(db);
  } else {
    // The index's rowid is the entry's `search_key` (its date, then its insertion order), so
    // the index yields matches newest first and a search stops after one page. `acl` holds
    // the entry's visibility as tokens (see dialects/evidence-search.sqlite.ts), so the index
    // itself narrows a search to what the caller may see. Prefix indexes serve `migr*`.
    await sql`alter table evidence add column search_key integer`.execute(db);
    await sql`create unique index evidence_search_key_idx on evidence (search_key)`.execute(db);
    await sql`create virtual table evidence_fts using fts5(title, body, acl, content='', contentless_delete=1, prefix='3 4', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists evidence_fts`.execute(db);
  await db.schema.dropTable('evidence_teams').execute();
  await db.schema.dropTable('evidence_dimensions').execute();
  await db.schema.dropTable('evidence').execute();
}
