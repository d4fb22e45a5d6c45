import type { Kysely } from 'kysely';

// Frozen once landed. Initiatives, their stakeholders (built so that documents reuse them:
// a stakeholder names exactly one parent), outcomes and their measurements.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text')
    .addColumn('target_on', 'text')
    // JSON: the scope canvas and the milestones.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('milestones', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('aud_manager', 'integer', (c) => c.notNull())
    .addColumn('aud_mentors', 'integer', (c) => c.notNull())
    .addColumn('aud_org', 'integer', (c) => c.notNull())
    // When the initiative first went active (or straight to done): "stakeholders aligned
    // early" compares stance changes with it.
    .addColumn('activated_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('initiatives_owner_idx').on('initiatives').columns(['owner_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('initiatives_org_idx').on('initiatives').columns(['aud_org', 'created_at', 'id']).execute();

  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('cascade'))
    // Documents arrive later; their service removes a document's stakeholders with it.
    .addColumn('document_id', 'text')
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('influence', 'text')
    .addColumn('interest', 'text')
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('last_contact_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stakeholders_initiative_idx').on('stakeholders').columns(['initiative_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('stakeholders_document_idx').on('stakeholders').columns(['document_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('stakeholders_person_idx').on('stakeholders').columns(['person_id']).execute();

  await db.schema
    .createTable('outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('baseline', 'double precision', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('impact', 'text')
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('aud_manager', 'integer', (c) => c.notNull())
    .addColumn('aud_mentors', 'integer', (c) => c.notNull())
    .addColumn('aud_org', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outcomes_owner_idx').on('outcomes').columns(['owner_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('outcomes_org_idx').on('outcomes').columns(['aud_org', 'created_at', 'id']).execute();
  await db.schema.createIndex('outcomes_initiative_idx').on('outcomes').columns(['initiative_id']).execute();

  await db.schema
    .createTable('measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('outcome_id', 'text', (c) => c.notNull().references('outcomes.id').onDelete('cascade'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('measured_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('measurements_outcome_idx').on('measurements').columns(['outcome_id', 'measured_on', 'created_at']).execute();

  await db.schema.createIndex('evidence_initiative_idx').on('evidence').columns(['initiative_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('evidence_initiative_idx').execute();
  await db.schema.dropTable('measurements').execute();
  await db.schema.dropTable('outcomes').execute();
  await db.schema.dropTable('stakeholders').execute();
  await db.schema.dropTable('initiatives').execute();
}
