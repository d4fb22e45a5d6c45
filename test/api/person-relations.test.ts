/**
 * Every door that answers a person says how the caller stands to them (`relations`, the
 * policy's owner relations): `owner` for yourself, `manager-chain` for anyone in your
 * reporting line at any depth, `mentor` while you mentor them in an ACTIVE mentorship,
 * `org-member` for everyone signed in. The web decides "is this my report" from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, DEFAULT_PASSWORD, setupAdmin, signIn, type Caller, type TestApp } from '../support/app.js';
import { callerFor, makeMentorship, makePerson, unique, type MadePerson } from '../support/factories.js';

type Relations = string[];
const relationsIn = (body: { relations?: unknown }): unknown => body.relations;

describe.each(DIALECTS)('person relations on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let skip: MadePerson;
  let lead: MadePerson;
  let ic: MadePerson;
  let mentor: MadePerson;
  let exMentor: MadePerson;
  let stranger: MadePerson;
  const as: Record<string, Caller> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app, `${unique('admin')}@example.com`);
    const storage = t.db.storage;
    skip = await makePerson(storage, { name: 'Skip Level' });
    lead = await makePerson(storage, { name: 'Lead', managerId: skip.id });
    ic = await makePerson(storage, { name: 'Ic', managerId: lead.id });
    mentor = await makePerson(storage, { name: 'Mentor' });
    exMentor = await makePerson(storage, { name: 'Ex Mentor' });
    stranger = await makePerson(storage, { name: 'Stranger' });
    await makeMentorship(storage, { mentorId: mentor.id, menteeId: ic.id });
    await makeMentorship(storage, { mentorId: exMentor.id, menteeId: ic.id, status: 'ended' });
    for (const p of [skip, lead, ic, mentor, exMentor, stranger]) as[p.name] = await callerFor(t.app, storage, p);
  });
  afterAll(() => t.close());

  const expected: [string, Relations][] = [
    ['Ic', ['owner', 'org-member']],
    ['Lead', ['manager-chain', 'org-member']],
    ['Skip Level', ['manager-chain', 'org-member']],
    ['Mentor', ['mentor', 'org-member']],
    ['Ex Mentor', ['org-member']],
    ['Stranger', ['org-member']],
  ];

  it.each(expected)('GET /people/:id and the directory: %s sees %j', async (who, relations) => {
    const caller = as[who] as Caller;
    const one = await caller.get(`/people/${ic.id}`);
    expect(one.statusCode).toBe(200);
    expect(relationsIn(one.json())).toEqual(relations);

    const page = await caller.get(`/people?q=${encodeURIComponent('Ic')}&limit=100`);
    expect(page.statusCode).toBe(200);
    const listed = (page.json().items as { id: string; relations: Relations }[]).find((p) => p.id === ic.id);
    expect(listed?.relations).toEqual(relations);
  });

  it('the directory answers each person as the caller stands to them, in one page', async () => {
    const page = await (as.Lead as Caller).get('/people?limit=100');
    const byName = new Map((page.json().items as { name: string; relations: Relations }[]).map((p) => [p.name, p.relations]));
    expect(byName.get('Lead')).toEqual(['owner', 'org-member']);
    expect(byName.get('Ic')).toEqual(['manager-chain', 'org-member']);
    expect(byName.get('Skip Level')).toEqual(['org-member']);
    expect(byName.get('Ada Admin')).toEqual(['org-member']);
  });

  it('yourself: GET /people/me, GET /me, PATCH /me and signing in say owner', async () => {
    const self = ['owner', 'org-member'];
    const caller = as.Ic as Caller;
    expect(relationsIn((await caller.get('/people/me')).json())).toEqual(self);
    expect(relationsIn((await caller.get('/me')).json().person)).toEqual(self);
    const patched = await caller.patch('/me', { timeZone: 'Europe/Berlin' });
    expect(patched.statusCode).toBe(200);
    expect(relationsIn(patched.json())).toEqual(self);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ic.email, password: DEFAULT_PASSWORD } });
    expect(login.statusCode).toBe(200);
    expect(relationsIn(login.json().person)).toEqual(self);
  });

  it('PATCH /people/:id answers as the caller stands: a manager setting a target level, an admin', async () => {
    const levels = (await admin.get('/frameworks/active')).json().definition.levels as { id: string }[];
    const level = (levels[0] as { id: string }).id;
    const byLead = await (as.Lead as Caller).patch(`/people/${ic.id}`, { targetLevel: level });
    expect(byLead.statusCode).toBe(200);
    expect(relationsIn(byLead.json())).toEqual(['manager-chain', 'org-member']);
    const byAdmin = await admin.patch(`/people/${stranger.id}`, { name: 'Stranger' });
    expect(byAdmin.statusCode).toBe(200);
    expect(relationsIn(byAdmin.json()), 'the admin role is no relation').toEqual(['org-member']);
  });

  it('a changed reporting line is answered as it is after the change', async () => {
    // The admin manages someone (set up behind the API's back), then moves them away.
    const storage = t.db.storage;
    const adminId = admin.personId;
    const report = await makePerson(storage, { name: unique('Report'), managerId: adminId });
    expect(relationsIn((await admin.get(`/people/${report.id}`)).json())).toEqual(['manager-chain', 'org-member']);
    const moved = await admin.patch(`/people/${report.id}`, { managerId: stranger.id });
    expect(moved.statusCode).toBe(200);
    expect(relationsIn(moved.json())).toEqual(['org-member']);
  });

  it('POST /people answers the new person as the admin stands to them', async () => {
    const res = await admin.post('/people', { name: 'New Hire', email: `${unique('hire')}@example.com`, password: DEFAULT_PASSWORD, managerId: lead.id });
    expect(res.statusCode).toBe(201);
    expect(relationsIn(res.json())).toEqual(['org-member']);
    const hire = await signIn(t.app, res.json().email as string);
    expect(relationsIn((await (as['Skip Level'] as Caller).get(`/people/${hire.personId}`)).json())).toEqual(['manager-chain', 'org-member']);
  });
});

describe.each(DIALECTS)('first-run set-up on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('POST /setup answers the new admin as themselves', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { name: 'First', email: 'first@example.com', password: DEFAULT_PASSWORD } });
    expect(res.statusCode).toBe(201);
    expect(relationsIn(res.json().person)).toEqual(['owner', 'org-member']);
  });
});
