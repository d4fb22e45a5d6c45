import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

const FOUR_LEVELS = readFileSync(new URL('../../frameworks/example-four-levels.yaml', import.meta.url), 'utf8');

describe.each(DIALECTS)('frameworks, assessments, readiness and the plan on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let eng: Caller;
  let peer: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    eng = await addPerson(admin, { name: 'Eng', email: 'eng@example.com' });
    // The admin is also Eng's manager here. Admins cannot put people under themselves (another
    // admin would), so the reporting line is set in storage: it is not what this file tests.
    await t.services.storage.db.updateTable('people').set({ manager_id: admin.personId }).where('id', '=', eng.personId).execute();
    peer = await addPerson(admin, { name: 'Peer', email: 'peer@example.com' });
  });
  afterEach(() => t.close());

  it('ships the default framework, active from the start', async () => {
    const res = await eng.get('/frameworks/active');
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({ key: 'staffpath-default', version: 1, active: true });
    expect(f.definition.levels.map((l: { id: string }) => l.id)).toEqual(['senior', 'staff', 'principal']);
    expect(f.definition.dimensions.map((d: { id: string }) => d.id)).toEqual(['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact']);
    expect(f.definition.plan).toHaveLength(7);
    expect(f.definition.scope.levels.staff).toEqual({ anyOf: [{ minOutsideTeams: 2 }, { minOneWayDecisions: 1, minOpenHighRisks: 1 }] });
    expect((await eng.get('/frameworks')).json().items).toHaveLength(1);
    const yaml = await eng.get(`/frameworks/${f.id}/export`);
    expect(yaml.headers['content-type']).toContain('yaml');
    expect(yaml.body).toContain('id: staffpath-default');
    expect(yaml.body).toContain('\nscope:\n  levels:\n    senior:\n');
  });

  it('refuses a broken file naming the line; only admins import', async () => {
    const broken = FOUR_LEVELS.replace(/detector: [a-z-]+/, 'detector: telepathy');
    const line = broken.split('\n').findIndex((l) => l.includes('telepathy')) + 1;
    const res = await admin.post('/frameworks/import', { content: broken, fileName: 'four.yaml' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ line });
    expect(res.json().errors[0].message).toContain(`line ${line}`);
    const wrongLevel = FOUR_LEVELS.replace('\n    l6:\n      anyOf:', '\n    staff:\n      anyOf:');
    const scopeLine = wrongLevel.split('\n').findIndex((l) => l === '    staff:') + 1;
    const scope = await admin.post('/frameworks/import', { content: wrongLevel, fileName: 'four.yaml' });
    expect(scope.statusCode).toBe(400);
    expect(scope.json().errors).toEqual([expect.objectContaining({ line: scopeLine, field: 'scope.levels.staff', pointer: '/scope/levels/staff' })]);
    const syntax = await admin.post('/frameworks/import', { content: 'id: x\nlevels: [a, b\n', fileName: 'bad.yaml' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().errors[0].line).toBeGreaterThan(0);
    expect((await eng.post('/frameworks/import', { content: FOUR_LEVELS })).statusCode).toBe(403);
  });

  it('a second framework of another shape works end to end', async () => {
    const imported = await admin.post('/frameworks/import', { content: FOUR_LEVELS, fileName: 'four.yaml' });
    expect(imported.statusCode).toBe(201);
    expect((await admin.post('/frameworks/import', { content: FOUR_LEVELS })).statusCode).toBe(200); // unchanged: no new version
    const before = (await eng.post('/evidence', { title: 'Scoped the ledger work', dimensions: ['scope'] })).json();
    const f = imported.json();
    expect((await admin.post(`/frameworks/${f.id}/activate`)).json().active).toBe(true);
    expect(Object.keys(f.definition.scope.levels)).toEqual(['l4', 'l5', 'l6', 'l7']);
    const levels = f.definition.levels.map((l: { id: string }) => l.id);
    const dims = f.definition.dimensions.map((d: { id: string }) => d.id);
    expect(levels).toHaveLength(4);
    // Dimensions and levels now come from the new framework.
    expect((await eng.post('/evidence', { title: 'x', dimensions: ['scope'] })).json().errors[0].pointer).toBe('/dimensions/0');
    expect((await eng.post('/evidence', { title: 'Shipped', dimensions: [dims[0]] })).statusCode).toBe(201);
    expect((await eng.patch('/me', { targetLevel: 'staff' })).statusCode).toBe(400);
    expect((await eng.patch('/me', { targetLevel: levels[2] })).json().targetLevel).toBe(levels[2]);
    // An old tag is kept (unmapped) when the entry is edited.
    const edited = await eng.patch(`/evidence/${before.id}`, { title: 'Scoped the ledger work (edited)' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().dimensions).toEqual(['scope']);
    // Assessments and readiness use the new rubric.
    const a = await eng.post('/assessments', { subjectId: 'me', kind: 'self', ratings: dims.map((d: string) => ({ dimension: d, level: levels[1] })) });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ frameworkKey: f.key, frameworkVersion: 1 });
    const r = (await eng.get('/people/me/readiness')).json();
    expect(r.level).toBe(levels[2]);
    expect(r.dimensions.map((d: { id: string }) => d.id)).toEqual(dims);
    expect((await eng.get('/people/me/plan')).json().steps).toHaveLength(7);
    // Someone whose target level the new framework lacks gets its usual target, not an error.
    const fallback = await peer.get('/people/me/readiness');
    expect(fallback.statusCode).toBe(200);
    expect(fallback.json().level).toBe(levels[1]);
  });

  it('assessments: self, manager (manager chain only), peer; drafts private; shared final', async () => {
    const ratings = [{ dimension: 'scope', level: 'senior', towards: 'staff', note: 'Two teams so far' }, { dimension: 'influence', level: 'staff' }];
    const self = (await eng.post('/assessments', { subjectId: 'me', kind: 'self', ratings })).json();
    expect(self).toMatchObject({ status: 'draft', kind: 'self', frameworkVersion: 1, sharedAt: null });
    expect(self.ratings[0]).toEqual({ dimension: 'scope', level: 'senior', towards: 'staff', note: 'Two teams so far', evidenceIds: [] });
    expect((await admin.get(`/assessments/${self.id}`)).statusCode).toBe(404); // a draft is the author's alone
    expect((await eng.post('/assessments', { subjectId: peer.personId, kind: 'self' })).json().errors[0].pointer).toBe('/kind');
    expect((await peer.post('/assessments', { subjectId: eng.personId, kind: 'manager' })).statusCode).toBe(403);
    const bad = await eng.post('/assessments', { subjectId: 'me', kind: 'self', ratings: [{ dimension: 'charm', level: 'staff' }, { dimension: 'scope', level: 'senior', towards: 'principal' }] });
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/ratings/0/dimension', '/ratings/1/towards']);

    expect((await eng.post(`/assessments/${self.id}/share`)).json().status).toBe('shared');
    expect((await eng.patch(`/assessments/${self.id}`, { ratings })).statusCode).toBe(409);
    expect((await admin.get(`/assessments/${self.id}`)).statusCode).toBe(200); // the manager chain sees it now
    expect((await peer.get(`/assessments/${self.id}`)).statusCode).toBe(404);

    const mgr = (await admin.post('/assessments', { subjectId: eng.personId, kind: 'manager', ratings: [{ dimension: 'scope', level: 'senior' }] })).json();
    await admin.post(`/assessments/${mgr.id}/share`);
    const notes = (await eng.get('/notifications?unread=true')).json().items;
    expect(notes[0]).toMatchObject({ kind: 'assessment-shared', actorId: admin.personId });
    const history = (await eng.get('/assessments')).json().items;
    expect(history.map((a: { kind: string }) => a.kind)).toEqual(['self', 'manager']);

    const peerDraft = (await peer.post('/assessments', { subjectId: eng.personId, kind: 'peer' })).json();
    expect((await peer.post(`/assessments/${peerDraft.id}/share`)).statusCode).toBe(400); // nothing rated yet
    expect((await peer.delete(`/assessments/${peerDraft.id}`)).statusCode).toBe(204);
  });

  it('readiness: who may ask, what it counts, and its reasons', async () => {
    expect((await peer.get(`/people/${eng.personId}/readiness`)).statusCode).toBe(404);
    expect((await eng.get('/people/me/readiness?level=wizard')).json().errors[0].pointer).toBe('level');
    const empty = (await eng.get('/people/me/readiness')).json();
    expect(empty.level).toBe('staff');
    expect(empty.dimensions.every((d: { status: string }) => d.status === 'gap')).toBe(true);
    expect(empty.dimensions[0].reasons[0].code).toBe('no_evidence');

    const team = (await admin.post('/teams', { name: 'Payments' })).json();
    await admin.patch(`/people/${eng.personId}`, { teamIds: [team.id] });
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 7; i++) {
      await eng.post('/evidence', { title: `Influence ${i}`, occurredOn: today, dimensions: ['influence'], teams: ['Payments'], metrics: [{ name: 'm', before: 1, after: 2 }] });
    }
    // Private entries count for the person, not for their manager.
    await eng.post('/evidence', { title: 'Private scope work', occurredOn: today, dimensions: ['scope'], audience: [] });
    await eng.post('/evidence', { title: 'Private scope work 2', occurredOn: today, dimensions: ['scope'], audience: [] });
    const mine = (await eng.get('/people/me/readiness')).json();
    const influence = mine.dimensions.find((d: { id: string }) => d.id === 'influence');
    expect(influence.status).toBe('developing'); // plenty of evidence, but only their own team
    expect(influence.reasons.map((r: { code: string }) => r.code)).toContain('own_team_only');
    expect(mine.dimensions.find((d: { id: string }) => d.id === 'scope').facts.evidence).toBe(2);
    const managers = (await admin.get(`/people/${eng.personId}/readiness`)).json();
    expect(managers.dimensions.find((d: { id: string }) => d.id === 'scope').facts.evidence).toBe(0);
  });

  it('the starting plan: detectors, manual ticks, overrides', async () => {
    const plan = (await eng.get('/people/me/plan')).json();
    expect(plan).toMatchObject({ done: 0, total: 7 });
    const [expectations, , , , mentor] = plan.steps;
    expect(expectations).toMatchObject({ detector: 'manager-expectations', automatic: true, detected: false });
    expect(plan.steps.filter((s: { automatic: boolean }) => !s.automatic)).toHaveLength(1);

    const a = (await admin.post('/assessments', { subjectId: eng.personId, kind: 'manager', ratings: [{ dimension: 'scope', level: 'senior' }] })).json();
    await admin.post(`/assessments/${a.id}/share`);
    const m = (await eng.post('/mentorships', { mentorId: 'me', menteeId: peer.personId })).json();
    await peer.post(`/mentorships/${m.id}/accept`);
    const detected = (await eng.get('/people/me/plan')).json();
    expect(detected.done).toBe(2);
    expect(detected.steps.find((s: { id: string }) => s.id === mentor.id)).toMatchObject({ detected: true, done: true });

    const manualStep = plan.steps.find((s: { automatic: boolean }) => !s.automatic).id;
    expect((await eng.put(`/people/me/plan/${manualStep}`, { done: true })).json().done).toBe(3);
    const untick = (await eng.put(`/people/me/plan/${expectations.id}`, { done: false })).json(); // a manual un-tick overrides the detector
    expect(untick.steps[0]).toMatchObject({ detected: true, manual: false, done: false });
    expect((await eng.put(`/people/me/plan/${expectations.id}`, { done: null })).json().steps[0].done).toBe(true);
    // The manager sees the shared assessment and the manual tick, not Eng's mentorship (its two parties only).
    const managers = (await admin.get(`/people/${eng.personId}/plan`)).json();
    expect(managers.done).toBe(2);
    expect(managers.steps.find((s: { id: string }) => s.id === mentor.id)).toMatchObject({ detected: null, visible: false, done: false });
    expect((await admin.put(`/people/${eng.personId}/plan/${manualStep}`, { done: false })).statusCode).toBe(403);
    expect((await peer.get(`/people/${eng.personId}/plan`)).statusCode).toBe(404);
    expect((await eng.put('/people/me/plan/no-such-step', { done: true })).statusCode).toBe(400);
  });

  it('asks a colleague for a peer assessment through a notification', async () => {
    expect((await eng.post('/assessments/requests', { personId: peer.personId, message: 'Mostly on the ledger RFC' })).statusCode).toBe(204);
    const inbox = (await peer.get('/notifications')).json().items;
    expect(inbox[0]).toMatchObject({ kind: 'peer-assessment-request', actorId: eng.personId, readAt: null, link: `/framework/assess/${eng.personId}?kind=peer` });
    expect(inbox[0].text).toContain('Mostly on the ledger RFC');
    expect((await peer.post('/notifications/read', { ids: 'all' })).json()).toEqual({ marked: 1 });
    expect((await peer.get('/notifications?unread=true')).json().items).toEqual([]);
    expect((await eng.post('/assessments/requests', { personId: 'me' })).statusCode).toBe(400);
  });
});
