import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, DEFAULT_PASSWORD, setupAdmin, type Caller, type TestApp } from '../support/app.js';

describe.each(DIALECTS)('people, teams and reporting lines on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  it('admins create people; members may not; e-mail is unique whatever its case', async () => {
    const team = (await admin.post('/teams', { name: 'Payments' })).json<{ id: string }>();
    const lead = (await admin.post('/people', { name: 'Lee Lead', email: 'lee@example.com', password: DEFAULT_PASSWORD })).json<{ id: string }>();
    const res = await admin.post('/people', {
      name: 'Kim Lee',
      email: 'Kim@Example.com',
      password: DEFAULT_PASSWORD,
      managerId: lead.id,
      targetLevel: 'principal',
      teamIds: [team.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Kim Lee', email: 'kim@example.com', role: 'member', managerId: lead.id, targetLevel: 'principal', teamIds: [team.id], active: true });
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect(res.body).not.toContain('scrypt');

    const dup = await admin.post('/people', { name: 'Kim Two', email: 'KIM@example.com', password: DEFAULT_PASSWORD });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'email_taken', errors: [{ pointer: '/email' }] });

    const kim = await addPerson(admin, { name: 'Other', email: 'other@example.com' });
    const denied = await kim.post('/people', { name: 'X', email: 'x@example.com', password: DEFAULT_PASSWORD });
    expect(denied.statusCode).toBe(403);
  });

  it('names the bad field: wrong types, unknown fields, bad references', async () => {
    const wrongType = await admin.post('/people', { name: 42, email: 'a@example.com', password: DEFAULT_PASSWORD });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].pointer).toBe('/name');
    const missing = await admin.post('/people', { name: 'A' });
    expect(missing.json().errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/email', '/password']);
    const unknown = await admin.post('/people', { name: 'A', email: 'a@example.com', password: DEFAULT_PASSWORD, shoeSize: 44 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_field', errors: [{ pointer: '/shoeSize' }] });
    const badEmail = await admin.post('/people', { name: 'A', email: 'not-an-email', password: DEFAULT_PASSWORD });
    expect(badEmail.json().errors[0].pointer).toBe('/email');
    const badTeam = await admin.post('/people', { name: 'A', email: 'a@example.com', password: DEFAULT_PASSWORD, teamIds: ['nope'] });
    expect(badTeam.json().errors[0].pointer).toBe('/teamIds/0');
    const badLevel = await admin.post('/people', { name: 'A', email: 'a@example.com', password: DEFAULT_PASSWORD, targetLevel: 'wizard' });
    expect(badLevel.json().errors[0].pointer).toBe('/targetLevel');
    const badManager = await admin.post('/people', { name: 'A', email: 'a@example.com', password: DEFAULT_PASSWORD, managerId: 'ghost' });
    expect(badManager.json().errors[0].pointer).toBe('/managerId');
    // Nothing half-written by any of these.
    expect((await admin.get('/people')).json().items).toHaveLength(1);
  });

  it('server-owned fields sent back are ignored', async () => {
    const me = (await admin.get('/people/me')).json();
    const res = await admin.patch('/me', { id: 'other', createdAt: '2000-01-01T00:00:00.000Z', updatedAt: 'x', name: 'Ada Lovelace' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: me.id, createdAt: me.createdAt, name: 'Ada Lovelace' });
  });

  it('refuses reporting-line cycles with 400 manager_cycle', async () => {
    const a = await addPerson(admin, { name: 'A', email: 'a@example.com' });
    const b = await addPerson(admin, { name: 'B', email: 'b@example.com', managerId: a.personId });
    const c = await addPerson(admin, { name: 'C', email: 'c@example.com', managerId: b.personId });
    const selfRes = await admin.patch(`/people/${a.personId}`, { managerId: a.personId });
    expect(selfRes.statusCode).toBe(400);
    expect(selfRes.json()).toMatchObject({ code: 'manager_cycle', errors: [{ pointer: '/managerId' }] });
    const loop = await admin.patch(`/people/${a.personId}`, { managerId: c.personId });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().code).toBe('manager_cycle');
    expect((await admin.get(`/people/${a.personId}`)).json().managerId).toBeNull();
    expect((await admin.patch(`/people/${c.personId}`, { managerId: a.personId })).statusCode).toBe(200);
  });

  it('the target level is set by the person or their manager chain, not by a peer', async () => {
    const boss = await addPerson(admin, { name: 'Boss', email: 'boss@example.com' });
    const mid = await addPerson(admin, { name: 'Mid', email: 'mid@example.com', managerId: boss.personId });
    const ic = await addPerson(admin, { name: 'Ic', email: 'ic@example.com', managerId: mid.personId });
    const peer = await addPerson(admin, { name: 'Peer', email: 'peer@example.com' });
    expect((await ic.patch('/me', { targetLevel: 'principal' })).json().targetLevel).toBe('principal');
    expect((await boss.patch(`/people/${ic.personId}`, { targetLevel: 'staff' })).json().targetLevel).toBe('staff');
    expect((await mid.patch(`/people/${ic.personId}`, { targetLevel: 'senior' })).statusCode).toBe(200);
    expect((await peer.patch(`/people/${ic.personId}`, { targetLevel: 'principal' })).statusCode).toBe(403);
    expect((await mid.patch(`/people/${ic.personId}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await ic.patch('/me', { defaultAudience: ['manager', 'mentors'], weekStart: 'sunday', timeZone: 'Europe/Berlin' })).json()).toMatchObject({
      defaultAudience: ['manager', 'mentors'],
      weekStart: 'sunday',
      timeZone: 'Europe/Berlin',
    });
    expect((await ic.patch('/me', { timeZone: 'Mars/Olympus' })).json().errors[0].pointer).toBe('/timeZone');
  });

  it('the directory pages by cursor, searches and filters by team; bad cursors and limits are 400', async () => {
    const team = (await admin.post('/teams', { name: 'Search' })).json<{ id: string }>();
    for (let i = 0; i < 7; i++) {
      await admin.post('/people', { name: `Person ${i}`, email: `p${i}@example.com`, password: DEFAULT_PASSWORD, ...(i % 2 === 0 && { teamIds: [team.id] }) });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/people?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: { name: string }[]; nextCursor: string | null }>();
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ada Admin', ...Array.from({ length: 7 }, (_, i) => `Person ${i}`)]);
    expect((await admin.get('/people?q=person 3')).json().items.map((p: { name: string }) => p.name)).toEqual(['Person 3']);
    expect((await admin.get('/people?q=100%')).json().items).toEqual([]);
    expect((await admin.get(`/people?team=${team.id}`)).json().items).toHaveLength(4);
    const badCursor = await admin.get('/people?cursor=garbage!!');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json()).toMatchObject({ code: 'invalid_cursor', errors: [{ pointer: 'cursor', in: 'query' }] });
    const big = await admin.get('/people?limit=101');
    expect(big.statusCode).toBe(400);
    expect(big.json().errors[0]).toMatchObject({ pointer: 'limit', in: 'query' });
    expect((await admin.get('/people?unknownParam=1')).statusCode).toBe(200);
  });

  it('unknown ids answer 404, also before the body is checked', async () => {
    expect((await admin.get('/people/nope')).statusCode).toBe(404);
    const patch = await admin.patch('/people/nope', { name: 7 });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().code).toBe('not_found');
  });

  it('keeps at least one active admin', async () => {
    const res = await admin.patch(`/people/${admin.personId}`, { role: 'member' });
    expect(res.statusCode).toBe(409);
    const second = await addPerson(admin, { name: 'Second', email: 'second@example.com', role: 'admin' });
    expect((await second.patch(`/people/${admin.personId}`, { role: 'member' })).statusCode).toBe(200);
  });

  it('moves reports when a manager leaves, refusing cycles', async () => {
    const lead = await addPerson(admin, { name: 'Lead', email: 'lead@example.com' });
    const r1 = await addPerson(admin, { name: 'R1', email: 'r1@example.com', managerId: lead.personId });
    await addPerson(admin, { name: 'R2', email: 'r2@example.com', managerId: lead.personId });
    const cyc = await admin.post(`/people/${lead.personId}/move-reports`, { toManagerId: r1.personId });
    expect(cyc.statusCode).toBe(400);
    expect(cyc.json().code).toBe('manager_cycle');
    const next = await addPerson(admin, { name: 'Next', email: 'next@example.com' });
    const moved = await admin.post(`/people/${lead.personId}/move-reports`, { toManagerId: next.personId });
    expect(moved.json()).toEqual({ moved: 2 });
    expect((await admin.get(`/people/${r1.personId}`)).json().managerId).toBe(next.personId);
  });

  it('teams: create, rename, members, delete; slugs are unique', async () => {
    const created = await admin.post('/teams', { name: 'Platform Infra' });
    expect(created.json()).toMatchObject({ name: 'Platform Infra', slug: 'platform-infra', memberIds: [] });
    const id = created.json().id as string;
    expect((await admin.post('/teams', { name: 'platform infra' })).statusCode).toBe(409);
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    expect((await admin.put(`/teams/${id}/members/${bo.personId}`)).statusCode).toBe(204);
    expect((await admin.put(`/teams/${id}/members/${bo.personId}`)).statusCode).toBe(204); // idempotent
    expect((await bo.get(`/teams/${id}`)).json().memberIds).toEqual([bo.personId]);
    expect((await bo.get('/me')).json().person.teamIds).toEqual([id]);
    expect((await bo.post('/teams', { name: 'Mine' })).statusCode).toBe(403);
    expect((await admin.patch(`/teams/${id}`, { name: 'Platform' })).json().name).toBe('Platform');
    expect((await admin.put(`/teams/${id}/members/ghost`)).statusCode).toBe(404);
    expect((await admin.delete(`/teams/${id}/members/${bo.personId}`)).statusCode).toBe(204);
    expect((await admin.delete(`/teams/${id}`)).statusCode).toBe(204);
    expect((await admin.get(`/teams/${id}`)).statusCode).toBe(404);
  });
});
