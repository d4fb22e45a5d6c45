import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { makeFramework } from '../support/factories.js';

const FOUR_LEVELS = readFileSync(new URL('../../frameworks/example-four-levels.yaml', import.meta.url), 'utf8');
type Summary = { teams: number; outsideTeams: number; oneWayDecisions: number; openHighRisks: number; level: string; meetsLevel: boolean; reasons: { code: string; text: string }[] };

describe.each(DIALECTS)('initiatives on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let me: Caller;
  let teams: Record<'payments' | 'checkout' | 'search', string>;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    const team = async (name: string) => (await admin.post('/teams', { name })).json<{ id: string }>().id;
    teams = { payments: await team('Payments'), checkout: await team('Checkout'), search: await team('Search') };
    me = await addPerson(admin, { name: 'Me', email: 'me@example.com', teamIds: [teams.payments] });
  });
  afterEach(() => t.close());

  it('starts exploring with an empty canvas; the five questions are kept as data; milestones keep their ids', async () => {
    const r = await me.post('/initiatives', { title: '  Event bus migration ', problem: 'Three teams poll each other.' });
    expect(r.statusCode, r.body).toBe(201);
    const i = r.json();
    expect(i).toMatchObject({ title: 'Event bus migration', status: 'exploring', audience: ['manager'], startOn: null, targetOn: null, milestones: [] });
    expect(i.scope).toEqual({ teams: [], decisions: [], risks: [], duplication: [], investments: [] });
    const patched = await me.patch(`/initiatives/${i.id}`, {
      scope: {
        teams: ['Checkout', 'search', 'Vendor X'],
        decisions: [{ text: 'Kafka over SQS', reversible: false, note: 'hard to walk back' }],
        risks: [{ text: 'Ordering bugs', likelihood: 'medium', severity: 'high' }],
        duplication: [{ text: 'Two retry libraries', where: 'payments, checkout' }],
        investments: [{ text: 'Schema registry', unlocks: 'self-serve events' }],
      },
      milestones: [{ title: 'Pilot on checkout', dueOn: '2027-01-15' }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const p = patched.json();
    expect(p.scope.risks).toEqual([{ text: 'Ordering bugs', likelihood: 'medium', severity: 'high', open: true }]);
    expect(p.scopeSummary).toMatchObject({ teams: 2, outsideTeams: 2, oneWayDecisions: 1, openHighRisks: 1, level: 'staff', meetsLevel: true });
    const milestone = p.milestones[0];
    // Sending part of the scope keeps the rest; a milestone sent back with its id keeps it.
    const ticked = (await me.patch(`/initiatives/${i.id}`, { scope: { teams: ['Checkout'] }, milestones: [{ ...milestone, done: true }, { title: 'Rollout' }] })).json();
    expect(ticked.scope.decisions).toHaveLength(1);
    expect(ticked.milestones[0]).toEqual({ ...milestone, done: true });
    expect(ticked.milestones[1].id).not.toBe(milestone.id);
    expect(ticked.scopeSummary).toMatchObject({ teams: 1, outsideTeams: 1, meetsLevel: true });
    // What was read can be sent back whole: the computed summary and the server's fields are ignored.
    const echoed = await me.patch(`/initiatives/${i.id}`, { ...ticked, scopeSummary: { meetsLevel: false } });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().scopeSummary).toEqual(ticked.scopeSummary);
  });

  it('the scope verdict follows the framework’s thresholds, in words; another framework gives another verdict', async () => {
    const i = (await me.post('/initiatives', { title: 'Shared ledger', scope: { teams: ['Payments', 'Checkout'] } })).json();
    const below = i.scopeSummary as Summary;
    expect(below).toMatchObject({ teams: 2, outsideTeams: 1, meetsLevel: false });
    expect(below.reasons[0]?.code).toBe('below_level');
    expect(below.reasons[0]?.text).toMatch(/^Does not yet read as Staff scope/);

    const meets = (await me.patch(`/initiatives/${i.id}`, { scope: { teams: ['Payments', 'Checkout', 'Search'] } })).json().scopeSummary as Summary;
    expect(meets).toMatchObject({ outsideTeams: 2, meetsLevel: true });
    expect(meets.reasons[0]).toMatchObject({ code: 'meets_level' });
    expect(meets.reasons[0]?.text).toMatch(/^Reads as Staff scope/);

    // Outside groups are listed but counted in neither number.
    const outside = (await me.post('/initiatives', { title: 'Vendor', scope: { teams: ['Acme Corp', 'Globex'] } })).json().scopeSummary as Summary;
    expect(outside).toMatchObject({ teams: 0, outsideTeams: 0, meetsLevel: false });
    expect(outside.reasons.map((r) => r.code)).toContain('no_organisation_teams');

    // The four-level example asks its third level for three teams beyond one's own.
    await makeFramework(t.db.storage, { id: admin.personId }, FOUR_LEVELS);
    expect((await me.patch('/people/me', { targetLevel: 'l6' })).statusCode).toBe(200);
    const four = (await me.get(`/initiatives/${i.id}`)).json().scopeSummary as Summary;
    expect(four).toMatchObject({ level: 'l6', outsideTeams: 2, meetsLevel: false });
    expect(four.reasons[0]?.text).toMatch(/at least 3 teams beyond your own/);
  });

  it('refuses bad input naming the field, and loses nothing on a stale edit', async () => {
    const bad = await me.post('/initiatives', { title: 'x', startOn: '2026-12-01', targetOn: '2026-11-01', milestones: [{ title: ' ' }], scope: { decisions: [{ text: '', reversible: true }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/targetOn', '/scope/decisions/0/text', '/milestones/0/title']);
    expect((await me.post('/initiatives', { title: 'x', status: 'finished' })).json().errors[0].pointer).toBe('/status');
    expect((await me.post('/initiatives', { title: 'x', scope: { risks: [{ text: 'r', likelihood: 'huge', severity: 'low' }] } })).statusCode).toBe(400);
    expect((await me.post('/initiatives', { title: 'x', owner: 'someone' })).json().code).toBe('unknown_field');
    expect((await me.get('/initiatives')).json().items).toEqual([]);

    const created = await me.post('/initiatives', { title: 'Search relevance' });
    const tag = created.headers.etag as string;
    expect((await me.request('PATCH', `/initiatives/${created.json().id}`, { status: 'proposed' }, { 'if-match': tag })).statusCode).toBe(200);
    const stale = await me.request('PATCH', `/initiatives/${created.json().id}`, { title: 'Lost?' }, { 'if-match': tag });
    expect(stale.statusCode).toBe(412);
    expect((await me.get(`/initiatives/${created.json().id}`)).json()).toMatchObject({ title: 'Search relevance', status: 'proposed' });
  });

  it('filters by status and owner; evidence names only an own initiative, and its page lists it', async () => {
    const a = (await me.post('/initiatives', { title: 'A', status: 'active' })).json();
    await me.post('/initiatives', { title: 'B', status: 'dropped' });
    expect((await me.get('/initiatives?status=active')).json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await me.get('/initiatives?status=active&status=dropped&owner=me')).json().items).toHaveLength(2);
    expect((await me.get('/initiatives?owner=reports')).json().items).toEqual([]);

    const peer = await addPerson(admin, { name: 'Peer', email: 'peer@example.com' });
    const theirs = (await peer.post('/initiatives', { title: 'Theirs', audience: ['org'] })).json();
    const refused = await me.post('/evidence', { title: 'Linked', initiativeId: theirs.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].pointer).toBe('/initiativeId');
    const linked = await me.post('/evidence', { title: 'Linked', initiativeId: a.id });
    expect(linked.statusCode, linked.body).toBe(201);
    await me.post('/evidence', { title: 'Not linked' });
    expect((await me.get(`/evidence?initiativeId=${a.id}`)).json().items.map((e: { title: string }) => e.title)).toEqual(['Linked']);
    // Deleting the initiative unlinks its evidence; the entry stays.
    expect((await me.delete(`/initiatives/${a.id}`)).statusCode).toBe(204);
    expect((await me.get(`/evidence/${linked.json().id}`)).json().initiativeId).toBeNull();
    expect((await me.get(`/initiatives/${a.id}`)).statusCode).toBe(404);
  });
});
