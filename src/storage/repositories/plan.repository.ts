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

  async hasSharedManagerAssessment(db: Db, subjectId: string): Promise<boolean> {
    const r = await db.selectFrom('assessments').select('id').where('subject_id', '=', subjectId).where('kind', '=', 'manager').where('status', '=', 'shared').limit(1).execute();
    return r.length > 0;
  },

  async mentorsSomeone(db: Db, personId: string): Promise<boolean> {
    const r = await db.selectFrom('mentorships').select('id').where('mentor_id', '=', personId).where('status', '=', 'active').limit(1).execute();
    return r.length > 0;
  },
};
