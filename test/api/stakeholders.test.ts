import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { addDays, todayIn } from '../../src/shared/dates.js';

describe.each(DIALECTS)('stakeholders on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let me: Caller;
  let initiativeId: string;
  const today = () => todayIn('UTC');
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    me = await addPerson(admin, { name: 'Me', email: 'me@example.com' });
    initiativeId = (await me.post('/initiatives', { title: 'Event bus' })).json().id;
  });
  afterEach(() => t.close());

  it('a person, a team or an outside name; exactly one of them and exactly one parent', async () => {
    const cto = await addPerson(admin, { name: 'Cleo CTO', email: 'cto@example.com' });
    const team = (await admin.post('/teams', { name: 'Platform' })).json().id;
    const byPerson = await me.post('/stakeholders', { initiativeId, personId: cto.personId, role: 'approver' });
    expect(byPerson.statusCode, byPerson.body).toBe(201);
    expect(byPerson.json()).toMatchObject({ initiativeId, documentId: null, personId: cto.personId, teamId: null, name: null, role: 'approver', stance: 'unaware', note: '', lastContactOn: null });
    expect((await me.post('/stakeholders', { initiativeId, teamId: team, role: 'consulted' })).statusCode).toBe(201);
    expect((await me.post('/stakeholders', { initiativeId, name: 'Finance', role: 'informed', stance: 'briefed' })).json().history.map((h: { stance: string }) => h.stance)).toEqual(['briefed']);

    const pointer = async (body: Record<string, unknown>) => (await me.post('/stakeholders', { role: 'informed', ...body })).json().errors?.[0]?.pointer;
    expect(await pointer({ initiativeId })).toBe('/personId');
    expect(await pointer({ initiativeId, name: 'A', teamId: team })).toBe('/name');
    expect(await pointer({ name: 'A' })).toBe('/initiativeId');
    expect(await pointer({ initiativeId, documentId: 'd', name: 'A' })).toBe('/documentId');
    expect(await pointer({ initiativeId, personId: 'ghost' })).toBe('/personId');
    expect(await pointer({ initiativeId, teamId: 'ghost' })).toBe('/teamId');
    expect(await pointer({ initiativeId, name: '   ' })).toBe('/name');
    expect((await me.post('/stakeholders', { initiativeId: 'nope', name: 'A', role: 'informed' })).statusCode).toBe(404);

    const list = (await me.get(`/stakeholders?initiativeId=${initiativeId}`)).json();
    expect(list.items.map((s: { role: string }) => s.role)).toEqual(['approver', 'consulted', 'informed']);
    expect((await me.get('/stakeholders')).statusCode).toBe(400);
    // Deleting the initiative takes its stakeholders with it.
    expect((await me.delete(`/initiatives/${initiativeId}`)).statusCode).toBe(204);
    expect((await me.get(`/stakeholders/${byPerson.json().id}`)).statusCode).toBe(404);
  });

  it('stance history: starts with the first stance; only a change of stance appends', async () => {
    const s = (await me.post('/stakeholders', { initiativeId, name: 'CTO', role: 'approver' })).json();
    await me.patch(`/stakeholders/${s.id}`, { stance: 'briefed' });
    await me.patch(`/stakeholders/${s.id}`, { stance: 'briefed', note: 'wants numbers' });
    await me.patch(`/stakeholders/${s.id}`, { lastContactOn: today() });
    const last = (await me.patch(`/stakeholders/${s.id}`, { stance: 'concerned' })).json();
    expect(last.history.map((h: { stance: string }) => h.stance)).toEqual(['unaware', 'briefed', 'concerned']);
    expect(last).toMatchObject({ stance: 'concerned', note: 'wants numbers', lastContactOn: today() });
    expect(last.history.every((h: { at: string }) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
    // The history and staleness are the server's: sent back, they are ignored.
    const { id: _id, initiativeId: _i, documentId: _d, personId: _p, teamId: _t, createdAt: _c, updatedAt: _u, ...back } = last;
    const echoed = await me.patch(`/stakeholders/${s.id}`, { ...back, history: [], stale: false });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().history).toEqual(last.history);
    expect((await me.patch(`/stakeholders/${s.id}`, { colour: 'red' })).json().code).toBe('unknown_field');
    expect((await me.patch(`/stakeholders/${s.id}`, { stance: 'delighted' })).statusCode).toBe(400);
  });

  it('staleness: after the configured days, cleared by contact, stopped by a done initiative', async () => {
    const s = (await me.post('/stakeholders', { initiativeId, name: 'CTO', role: 'approver' })).json();
    expect(s.stale).toBe(true); // never contacted
    const at = async (daysAgo: number) => (await me.patch(`/stakeholders/${s.id}`, { lastContactOn: addDays(today(), -daysAgo) })).json().stale as boolean;
    expect(await at(21)).toBe(false);
    expect(await at(22)).toBe(true);
    const summary = async () => (await me.get(`/initiatives/${initiativeId}`)).json().stakeholderSummary;
    expect(await summary()).toEqual({ total: 1, stale: 1, stillToAnswer: 1 });
    expect((await me.patch('/settings', { stakeholderStaleDays: 30 })).statusCode).toBe(403);
    expect((await admin.patch('/settings', { stakeholderStaleDays: 30 })).json()).toEqual({ stakeholderStaleDays: 30 });
    expect((await me.get('/settings')).json()).toEqual({ stakeholderStaleDays: 30 });
    expect((await me.get(`/stakeholders/${s.id}`)).json().stale).toBe(false);
    expect(await at(31)).toBe(true);
    expect(await at(0)).toBe(false);
    await at(40);
    expect((await me.patch(`/initiatives/${initiativeId}`, { status: 'done' })).statusCode).toBe(200);
    expect((await me.get(`/stakeholders/${s.id}`)).json().stale).toBe(false);
    expect(await summary()).toEqual({ total: 1, stale: 0, stillToAnswer: 1 });
    expect((await admin.patch('/settings', { stakeholderStaleDays: 0 })).statusCode).toBe(400);
  });

  it('who may write: the initiative’s owner; a manager who sees it is refused (403)', async () => {
    const boss = await addPerson(admin, { name: 'Boss', email: 'boss@example.com' });
    expect((await admin.patch(`/people/${me.personId}`, { managerId: boss.personId })).statusCode).toBe(200);
    const s = (await me.post('/stakeholders', { initiativeId, name: 'CTO', role: 'approver' })).json();
    expect((await boss.get(`/stakeholders?initiativeId=${initiativeId}`)).json().items).toHaveLength(1);
    expect((await boss.patch(`/stakeholders/${s.id}`, { stance: 'approved' })).statusCode).toBe(403);
    expect((await boss.delete(`/stakeholders/${s.id}`)).statusCode).toBe(403);
    expect((await me.delete(`/stakeholders/${s.id}`)).statusCode).toBe(204);
  });
});
