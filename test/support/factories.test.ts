/**
 * The factories make what the app would: a person who can sign in, a session the API accepts,
 * evidence that search finds, mentorships and teams the API shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dialects.js';
import { createTestApp, signIn, type TestApp } from './app.js';
import { callerFor, makeAssessment, makeEvidence, makeMentorship, makePerson, makeSession, makeTeam } from './factories.js';

describe.each(DIALECTS)('factories on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t?.close());

  it('a person signs in with their password; a session is accepted with its CSRF token', async () => {
    const admin = await makePerson(t.db.storage, { name: 'Ada Admin', role: 'admin' });
    const viaLogin = await signIn(t.app, admin.email, admin.password);
    expect(viaLogin.personId).toBe(admin.id);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.email, password: 'not the password at all' } });
    expect(wrong.statusCode).toBe(401);

    const session = await makeSession(t.db.storage, admin.id);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ person: { id: string; role: string }; csrfToken: string }>()).toMatchObject({ person: { id: admin.id, role: 'admin' }, csrfToken: session.csrf });
    const caller = await callerFor(t.app, t.db.storage, admin);
    expect((await caller.patch('/me', { name: 'Ada A. Admin' })).statusCode).toBe(200);
  });

  it('evidence is indexed for search and visible by its audience; teams and mentorships show', async () => {
    const manager = await makePerson(t.db.storage, { name: 'Mona Manager' });
    const mentor = await makePerson(t.db.storage, { name: 'Theo Mentor' });
    const team = await makeTeam(t.db.storage, { name: 'Payments Core', memberIds: [manager.id] });
    const report = await makePerson(t.db.storage, { name: 'Rey Report', managerId: manager.id, teamIds: [team.id] });
    const m = await makeMentorship(t.db.storage, { mentorId: mentor.id, menteeId: report.id });
    expect(m.status).toBe('active');
    await makeEvidence(t.db.storage, report.id, { title: 'Migrated the ledger to idempotent writes', audience: ['manager'] });
    await makeEvidence(t.db.storage, report.id, { title: 'Paired on ledger reconciliation', audience: ['mentors'] });

    const asManager = await callerFor(t.app, t.db.storage, manager);
    const found = await asManager.get('/evidence?q=ledger&owner=reports');
    expect(found.statusCode).toBe(200);
    expect(found.json<{ items: { title: string }[] }>().items.map((e) => e.title)).toEqual(['Migrated the ledger to idempotent writes']);
    const asMentor = await callerFor(t.app, t.db.storage, mentor);
    const mentees = await asMentor.get(`/evidence?q=ledger&owner=${report.id}`);
    expect(mentees.json<{ items: { title: string }[] }>().items.map((e) => e.title)).toEqual(['Paired on ledger reconciliation']);

    const teamRes = await asManager.get(`/teams/${team.id}`);
    expect(teamRes.json<{ memberIds: string[] }>().memberIds.sort()).toEqual([manager.id, report.id].sort());
    const asReport = await callerFor(t.app, t.db.storage, report);
    expect((await asReport.get(`/mentorships/${m.id}`)).json()).toMatchObject({ mentorId: mentor.id, menteeId: report.id, status: 'active' });

    const ended = await makeMentorship(t.db.storage, { mentorId: manager.id, menteeId: mentor.id, status: 'ended', proposedBy: 'mentee' });
    expect(ended.status).toBe('ended');
  });

  it('a shared manager assessment notifies its subject', async () => {
    const manager = await makePerson(t.db.storage, { name: 'Max Manager' });
    const report = await makePerson(t.db.storage, { name: 'Ria Report', managerId: manager.id });
    const shared = await makeAssessment(t.db.storage, { authorId: manager.id, subjectId: report.id, kind: 'manager', ratings: [{ dimension: 'scope', level: 'staff' }] });
    expect(shared.status).toBe('shared');
    const asReport = await callerFor(t.app, t.db.storage, report);
    const notes = await asReport.get('/notifications');
    expect(notes.json<{ items: { text: string }[] }>().items.map((n) => n.text)).toEqual(['Max Manager shared a manager assessment of you.']);
  });
});
