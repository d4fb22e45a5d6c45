/**
 * The starting plan answers each viewer only from what that viewer may see (PRODUCT.md §4):
 * a step's detector runs over the facts visible to the caller. A shared manager assessment is
 * visible to its subject and their manager chain, a mentorship to its two parties; where the
 * caller cannot see what a detector watches, the step says so (`visible: false`,
 * `detected: null` unless something they can see ticks it) instead of guessing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

interface Step {
  id: string;
  detector: string;
  automatic: boolean;
  detected: boolean | null;
  visible: boolean;
  manual: boolean | null;
  done: boolean;
  how: string;
}
interface Plan {
  personId: string;
  steps: Step[];
  done: number;
  total: number;
}

describe.each(DIALECTS)('the starting plan, viewer by viewer, on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let grand: Caller;
  let manager: Caller;
  let eng: Caller;
  let mentor: Caller;
  let mentee: Caller;
  let member: Caller;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    grand = await addPerson(admin, { name: 'Grace Director', email: 'grace@example.com' });
    manager = await addPerson(admin, { name: 'Mo Manager', email: 'mo@example.com', managerId: grand.personId });
    eng = await addPerson(admin, { name: 'Eng', email: 'eng@example.com', managerId: manager.personId });
    mentor = await addPerson(admin, { name: 'Mena Mentor', email: 'mena@example.com' });
    mentee = await addPerson(admin, { name: 'Tim Mentee', email: 'tim@example.com' });
    member = await addPerson(admin, { name: 'Sam Member', email: 'sam@example.com' });
    const m = (await eng.post('/mentorships', { mentorId: mentor.personId, menteeId: 'me' })).json<{ id: string }>();
    expect((await mentor.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  const planOf = async (viewer: Caller): Promise<Plan> => {
    const res = await viewer.get(`/people/${eng.personId}/plan`);
    expect(res.statusCode).toBe(200);
    return res.json<Plan>();
  };
  const step = (plan: Plan, detector: string): Step => {
    const s = plan.steps.find((x) => x.detector === detector);
    if (!s) throw new Error(`no ${detector} step`);
    return s;
  };
  const shareManagerAssessment = async () => {
    const a = (await manager.post('/assessments', { subjectId: eng.personId, kind: 'manager', ratings: [{ dimension: 'scope', level: 'senior' }] })).json<{ id: string }>();
    expect((await manager.post(`/assessments/${a.id}/share`)).statusCode).toBe(200);
  };
  const engMentorsSomeone = async () => {
    const m = (await eng.post('/mentorships', { mentorId: 'me', menteeId: mentee.personId })).json<{ id: string }>();
    expect((await mentee.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(200);
  };

  it('the owner sees their whole plan, detectors included', async () => {
    const before = await planOf(eng);
    expect(step(before, 'manager-expectations')).toMatchObject({ automatic: true, detected: false, visible: true, done: false });
    expect(step(before, 'active-mentee')).toMatchObject({ automatic: true, detected: false, visible: true, done: false });
    expect(before.steps.filter((s) => !s.automatic).every((s) => s.visible && s.detected === null)).toBe(true);
    await shareManagerAssessment();
    await engMentorsSomeone();
    const after = await planOf(eng);
    expect(step(after, 'manager-expectations')).toMatchObject({ detected: true, visible: true, done: true });
    expect(step(after, 'active-mentee')).toMatchObject({ detected: true, visible: true, done: true });
    expect(after.done).toBe(2);
    expect(JSON.stringify(after)).not.toContain('not visible to you');
  });

  it('the direct and the skip-level manager see the shared assessment, not the mentorships', async () => {
    for (const viewer of [manager, grand]) {
      const before = await planOf(viewer);
      expect(step(before, 'manager-expectations')).toMatchObject({ detected: false, visible: true, done: false });
      expect(step(before, 'active-mentee')).toMatchObject({ detected: null, visible: false, done: false });
      expect(step(before, 'active-mentee').how).toContain('not visible to you');
    }
    await shareManagerAssessment();
    await engMentorsSomeone();
    for (const viewer of [manager, grand]) {
      const after = await planOf(viewer);
      expect(step(after, 'manager-expectations')).toMatchObject({ detected: true, visible: true, done: true });
      expect(step(after, 'active-mentee')).toMatchObject({ detected: null, visible: false, done: false }); // Eng mentors Tim: theirs alone
      expect(after.done).toBe(1);
    }
  });

  it('an active mentor learns neither that a manager assessment was shared nor that the mentee mentors someone', async () => {
    const before = await planOf(mentor);
    expect(step(before, 'manager-expectations')).toMatchObject({ detected: null, visible: false, done: false });
    expect(step(before, 'active-mentee')).toMatchObject({ detected: null, visible: false, done: false });
    await shareManagerAssessment();
    await engMentorsSomeone();
    const after = await planOf(mentor);
    expect(after).toEqual(before); // nothing the mentor may not see changed their answer
    expect(after.done).toBe(0);
  });

  it('the person’s own ticks show to everyone who may read the plan; members and admins get 404', async () => {
    const manualStep = (await planOf(eng)).steps.find((s) => !s.automatic)?.id ?? '';
    expect((await eng.put(`/people/me/plan/${manualStep}`, { done: true })).statusCode).toBe(200);
    // A manual tick on a step whose facts the viewer cannot see is the person's own word: it shows.
    const mentorStep = step(await planOf(eng), 'active-mentee').id;
    expect((await eng.put(`/people/me/plan/${mentorStep}`, { done: true })).statusCode).toBe(200);
    for (const viewer of [eng, manager, grand, mentor]) {
      const plan = await planOf(viewer);
      expect(plan.done).toBe(2);
      expect(plan.steps.find((s) => s.id === mentorStep)).toMatchObject({ manual: true, done: true });
    }
    for (const viewer of [member, admin]) {
      expect((await viewer.get(`/people/${eng.personId}/plan`)).statusCode).toBe(404);
      expect((await viewer.put(`/people/${eng.personId}/plan/${manualStep}`, { done: false })).statusCode).toBe(404);
    }
    expect((await mentor.put(`/people/${eng.personId}/plan/${manualStep}`, { done: false })).statusCode).toBe(403);
  });

  it('a former manager’s assessment no longer ticks “expectations”; a mentorship you are party to does', async () => {
    await shareManagerAssessment();
    expect(step(await planOf(eng), 'manager-expectations').detected).toBe(true);
    expect((await admin.patch(`/people/${eng.personId}`, { managerId: grand.personId })).statusCode).toBe(200); // Mo leaves the chain
    expect(step(await planOf(eng), 'manager-expectations')).toMatchObject({ detected: false, done: false });
    expect(step(await planOf(grand), 'manager-expectations')).toMatchObject({ detected: false, visible: true });
    expect((await manager.get(`/people/${eng.personId}/plan`)).statusCode).toBe(404);

    // Grace is mentored by Eng: that mentorship is Grace's to see, so it ticks the step for her.
    const m = (await eng.post('/mentorships', { mentorId: 'me', menteeId: grand.personId })).json<{ id: string }>();
    expect((await grand.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(200);
    expect(step(await planOf(grand), 'active-mentee')).toMatchObject({ detected: true, visible: false, done: true });
    expect(step(await planOf(mentor), 'active-mentee')).toMatchObject({ detected: null, visible: false });
  });
});
