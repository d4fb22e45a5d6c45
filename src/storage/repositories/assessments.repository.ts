import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../database.js';
import type { AssessmentsTable } from '../schema.js';

export type AssessmentRow = Selectable<AssessmentsTable>;

export const assessmentsRepository = {
  findById(db: Db, id: string): Promise<AssessmentRow | undefined> {
    return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Assessments of a subject: the shared ones, plus the caller's own drafts; oldest first. */
  forSubject(db: Db, subjectId: string, viewerId: string): Promise<AssessmentRow[]> {
    return db
      .selectFrom('assessments')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .where((eb) => eb.or([eb('status', '=', 'shared'), eb('author_id', '=', viewerId)]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  /** Written by the person (any subject), newest first. */
  byAuthor(db: Db, authorId: string): Promise<AssessmentRow[]> {
    return db.selectFrom('assessments').selectAll().where('author_id', '=', authorId).orderBy('created_at', 'desc').limit(200).execute();
  },

  async insert(db: Db, row: Insertable<AssessmentsTable>): Promise<void> {
    await db.insertInto('assessments').values(row).execute();
  },

  async update(db: Db, id: string, patch: Updateable<AssessmentsTable>, expectedVersion: number): Promise<boolean> {
    const r = await db.updateTable('assessments').set(patch).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async remove(db: Db, id: string): Promise<void> {
    await db.deleteFrom('assessments').where('id', '=', id).execute();
  },
};
