import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once landed. The append-only guard differs by dialect and is spelled out here,
// because a migration must not change when the code around it does.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  // Who did what to which account, when, and from which address. No foreign keys: an entry
  // outlives whatever it names, and nothing cascades into it.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at', 'id']).execute();

  // Sign-in throttling counts and reserves attempts on a key (an account's e-mail, a client
  // address) one at a time: a transaction first upserts the key's row here, which holds the
  // row until it commits, so parallel guesses and several app servers queue behind it.
  await db.schema
    .createTable('login_throttle_keys')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_throttle_keys_pk', ['kind', 'key'])
    .execute();
  await db.schema.createIndex('login_throttle_keys_at_idx').on('login_throttle_keys').column('at').execute();

  // Append-only in the database itself: updates and deletes are refused whoever asks.
  if (postgres) {
    await sql`
      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only';
      end
      $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('login_throttle_keys').execute();
  await db.schema.dropTable('audit_log').execute();
  if (postgres) await sql`drop function audit_log_append_only()`.execute(db);
}
