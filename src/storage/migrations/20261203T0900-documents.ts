import type { Kysely } from 'kysely';

// Frozen once landed. The writing workspace (issue 10): documents with per-kind numbers,
// every saved revision, reviewers (the §4 `reviewer` grant), reviews, comments anchored to a
// section; and evidence proposals, which documents, credit and git import all make.
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: a trade-off summary's decision matrix, or null.
    .addColumn('matrix', 'text')
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('supersedes_id', 'text')
    .addColumn('superseded_by_id', 'text')
    .addColumn('review_deadline', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('aud_manager', 'integer', (c) => c.notNull())
    .addColumn('aud_mentors', 'integer', (c) => c.notNull())
    .addColumn('aud_org', 'integer', (c) => c.notNull())
    // The latest revision's number (revisions count from 1).
    .addColumn('revision', 'integer', (c) => c.notNull())
    // First moved to in-review, and approved: the plan's "plan before implementation" and
    // readiness's "approved in the window" read them.
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_kind_number_key').on('documents').columns(['kind', 'number']).unique().execute();
  await db.schema.createIndex('documents_owner_idx').on('documents').columns(['owner_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('documents_org_idx').on('documents').columns(['aud_org', 'created_at', 'id']).execute();
  await db.schema.createIndex('documents_initiative_idx').on('documents').columns(['initiative_id']).execute();

  // The last number given out per kind. Taking a number updates this row inside the creating
  // transaction: concurrent creators queue on the row, and a rolled-back create gives its
  // number back, so numbers neither collide nor skip.
  await db.schema
    .createTable('document_numbers')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();
  const kinds = ['design-doc', 'rfc', 'adr', 'migration-plan', 'trade-off', 'incident-review', 'roadmap-input'];
  await db.insertInto('document_numbers').values(kinds.map((kind) => ({ kind, last_number: 0 }))).execute();

  await db.schema
    .createTable('document_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('matrix', 'text')
    .addColumn('author_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    // When this revision restored an older one, that one's number.
    .addColumn('restored_from', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_revisions_key').on('document_revisions').columns(['document_id', 'revision']).unique().execute();

  // The §4 grant: a reviewer sees the document from being added until being removed.
  await db.schema
    .createTable('document_reviewers')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_reviewers_pk', ['document_id', 'person_id'])
    .execute();
  await db.schema.createIndex('document_reviewers_person_idx').on('document_reviewers').columns(['person_id', 'document_id']).execute();

  await db.schema
    .createTable('document_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The revision the verdict was given on.
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_reviews_document_idx').on('document_reviews').columns(['document_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('document_reviews_reviewer_idx').on('document_reviews').columns(['reviewer_id', 'created_at']).execute();

  await db.schema
    .createTable('document_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // The heading the comment is anchored to, as written.
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('document_comments.id').onDelete('cascade'))
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_comments_document_idx').on('document_comments').columns(['document_id', 'created_at', 'id']).execute();

  // Evidence someone else's action suggests (a document approved, a review given; later credit
  // and git import): private to its owner until accepted (then an evidence entry) or dismissed.
  // `source_key` names what made it, once per owner, so nothing is proposed twice.
  await db.schema
    .createTable('evidence_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('impact', 'text')
    .addColumn('teams', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text', (c) => c.references('evidence.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('evidence_proposals_key').on('evidence_proposals').columns(['owner_id', 'source_key']).unique().execute();
  await db.schema.createIndex('evidence_proposals_owner_idx').on('evidence_proposals').columns(['owner_id', 'status', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_proposals').execute();
  await db.schema.dropTable('document_comments').execute();
  await db.schema.dropTable('document_reviews').execute();
  await db.schema.dropTable('document_reviewers').execute();
  await db.schema.dropTable('document_revisions').execute();
  await db.schema.dropTable('document_numbers').execute();
  await db.schema.dropTable('documents').execute();
}
