/**
 * A manager assessment belongs to the manager chain of its subject at the time it is used:
 * it is shared only while its author is in that chain (403 otherwise, like creating one), and
 * readiness counts it as the manager's view only while the author still is. It stays in the
 * history either way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

interface Dim {
  id: string;
  reasons: { code: string; text: string }[];
  facts: { managerRating: string | null; managerTowards: string | null; selfRating: string | null };
}

describe.each(DIALECTS)('manager assessments and the manager chain on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let grand: Caller;
  let former: Caller;
  let next: Caller;
  let eng: Caller;
  let mentor: Caller;
  let member: Caller;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    grand = await addPerson(admin, { name: 'Grace Director', email: 'grace@example.com' });
    former = await addPerson(admin, { name: 'Fay Former', email: 'fay@example.com', managerId: grand.personId });
    next = await addPerson(admin, { name: 'Nico Next', email: 'nico@example.com', managerId: grand.personId });
    eng = await addPerson(admin, { name: 'Eng', email: 'eng@example.com', managerId: former.personId });
    mentor = await addPerson(admin, { name: 'Mena Mentor', email: 'mena@example.com' });
    member = await addPerson(admin, { name: 'Sam Member', email: 'sam@example.com' });
    const m = (await eng.post('/mentorships', { mentorId: mentor.personId, menteeId: 'me' })).json<{ id: string }>();
    expect((await mentor.post(`/mentorships/${m.id}/accept`)).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  const moveEngTo = async (managerId: string) => {
    expect((await admin.patch(`/people/${eng.personId}`, { managerId })).statusCode).toBe(200);
  };
  const draft = async (author: Caller, ratings = [{ dimension: 'scope', level: 'senior' }]) => {
    const res = await author.post('/assessments', { subjectId: eng.personId, kind: 'manager', ratings });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const scopeOf = async (viewer: Caller): Promise<Dim> => {
    const res = await viewer.get(`/people/${eng.personId}/readiness`);
    expect(res.statusCode).toBe(200);
    const dim = res.json<{ dimensions: Dim[] }>().dimensions.find((d) => d.id === 'scope');
    if (!dim) throw new Error('no scope dimension');
    return dim;
  };

  it('a draft started by a former manager cannot be shared: 403 forbidden, and it stays a draft', async () => {
    const id = await draft(former);
    await moveEngTo(next.personId);
    const res = await former.post(`/assessments/${id}/share`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    const after = await former.get(`/assessments/${id}`);
    expect(after.json()).toMatchObject({ status: 'draft', sharedAt: null });
    // Nothing reached the subject: no notification, nothing in their history.
    expect((await eng.get('/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'assessment-shared')).toEqual([]);
    expect((await eng.get('/assessments')).json().items).toEqual([]);
    // Creating a new one is refused the same way.
    expect((await former.post('/assessments', { subjectId: eng.personId, kind: 'manager' })).json()).toMatchObject({ status: 403, code: 'forbidden' });
    // The author may still throw the draft away.
    expect((await former.delete(`/assessments/${id}`)).statusCode).toBe(204);
  });

  it('someone still in the chain shares after the line changed; self and peer drafts are not held to the chain', async () => {
    const id = await draft(grand); // a skip-level manager
    await moveEngTo(next.personId); // still under Grace
    expect((await grand.post(`/assessments/${id}/share`)).json()).toMatchObject({ status: 'shared', kind: 'manager' });

    const self = (await eng.post('/assessments', { subjectId: 'me', kind: 'self', ratings: [{ dimension: 'scope', level: 'senior' }] })).json<{ id: string }>();
    const peer = (await former.post('/assessments', { subjectId: eng.personId, kind: 'peer', ratings: [{ dimension: 'scope', level: 'staff' }] })).json<{ id: string }>();
    expect((await eng.post(`/assessments/${self.id}/share`)).statusCode).toBe(200);
    expect((await former.post(`/assessments/${peer.id}/share`)).statusCode).toBe(200);
  });

  it('readiness stops counting a former manager’s assessment as the manager’s view; history keeps it', async () => {
    const id = await draft(former, [{ dimension: 'scope', level: 'senior' }]);
    expect((await former.post(`/assessments/${id}/share`)).statusCode).toBe(200);

    // While Fay manages Eng, her rating is the manager's view for everyone who may see it.
    for (const viewer of [eng, former, grand]) {
      const scope = await scopeOf(viewer);
      expect(scope.facts.managerRating).toBe('senior');
      expect(scope.reasons.map((r) => r.code)).toContain('manager_rates_below');
    }

    await moveEngTo(next.personId);
    for (const viewer of [eng, next, grand]) {
      const scope = await scopeOf(viewer);
      expect(scope.facts.managerRating).toBeNull();
      expect(scope.reasons.map((r) => r.code).filter((c) => c.startsWith('manager_'))).toEqual([]);
    }
    // It is still in the history, for the subject and the chain.
    expect((await eng.get('/assessments')).json().items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await next.get(`/assessments?subject=${eng.personId}`)).json().items.map((a: { id: string }) => a.id)).toEqual([id]);

    // The new manager's view counts.
    const fresh = await draft(next, [{ dimension: 'scope', level: 'staff' }]);
    expect((await next.post(`/assessments/${fresh}/share`)).statusCode).toBe(200);
    const scope = await scopeOf(eng);
    expect(scope.facts.managerRating).toBe('staff');
    expect(scope.reasons.map((r) => r.code)).toContain('manager_rates_at_level');

    // Moving Eng back makes Fay's count again, and Nico's stops counting.
    await moveEngTo(former.personId);
    expect((await scopeOf(eng)).facts.managerRating).toBe('senior');
  });

  it('who sees a shared manager assessment: the subject, the author and the current chain; not a mentor, a member or an admin', async () => {
    const id = await draft(former);
    expect((await former.get(`/assessments/${id}`)).statusCode).toBe(200);
    for (const viewer of [eng, grand, mentor, member, admin]) expect((await viewer.get(`/assessments/${id}`)).statusCode).toBe(404); // a draft
    expect((await former.post(`/assessments/${id}/share`)).statusCode).toBe(200);
    for (const viewer of [eng, former, grand]) expect((await viewer.get(`/assessments/${id}`)).statusCode).toBe(200);
    for (const viewer of [mentor, member, admin, next]) expect((await viewer.get(`/assessments/${id}`)).statusCode).toBe(404);

    await moveEngTo(next.personId);
    // The new chain sees it; the former manager still sees it as its author (the current rule).
    for (const viewer of [eng, next, grand, former]) expect((await viewer.get(`/assessments/${id}`)).statusCode).toBe(200);
    for (const viewer of [mentor, member, admin]) expect((await viewer.get(`/assessments/${id}`)).statusCode).toBe(404);
    // …but no longer reads Eng's readiness.
    expect((await former.get(`/people/${eng.personId}/readiness`)).statusCode).toBe(404);
    // A mentor may read readiness, and sees no manager rating there.
    expect((await scopeOf(mentor)).facts.managerRating).toBeNull();
  });
});
