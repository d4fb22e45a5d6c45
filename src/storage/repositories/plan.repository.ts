import type { Db } from '../database.js';

export const planRepository = {
  async ticks(db: Db, personId: string): Promise<Map<string, boolean>> {
    const rows = await db.selectFrom('plan_ticks').select(['step_id', 'done']).where('person_id', '=', personId).execute();
    return new Map(rows.map((r) => [r.step_id, r.done === 1]));
  },

  async setTick(db: Db, personId: string, stepId: string, done: boolean | null, now: string): Promise<void> {
    await db.deleteFrom('plan_ticks').where('person_id', '=', personId).where('step_id', '=', stepId).execute();
    if (done !== null) await db.insertInto('plan_ticks').values({ person_id: personId, step_id: stepId, done: done ? 1 : 0, updated_at: now }).execute();
  },

  /** Authors of the shared manager assessments of a subject (the plan's "expectations" detector filters them). */
  async sharedManagerAssessmentAuthors(db: Db, subjectId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('assessments')
      .select('author_id')
      .distinct()
      .where('subject_id', '=', subjectId)
      .where('kind', '=', 'manager')
      .where('status', '=', 'shared')
      .execute();
    return rows.map((r) => r.author_id);
  },

  /** The active mentorships in which the person is the mentor (the "mentor through the work" detector filters them). */
  async activeMentorshipsAsMentor(db: Db, personId: string): Promise<{ mentorId: string; menteeId: string }[]> {
    const rows = await db.selectFrom('mentorships').select(['mentor_id', 'mentee_id']).where('mentor_id', '=', personId).where('status', '=', 'active').execute();
    return rows.map((r) => ({ mentorId: r.mentor_id, menteeId: r.mentee_id }));
  },

  /** When each initiative first went active (null while it has not). */
  async activations(db: Db, initiativeIds: string[]): Promise<Map<string, string | null>> {
    if (initiativeIds.length === 0) return new Map();
    const rows = await db.selectFrom('initiatives').select(['id', 'activated_at']).where('id', 'in', initiativeIds).execute();
    return new Map(rows.map((r) => [r.id, r.activated_at]));
  },
};
