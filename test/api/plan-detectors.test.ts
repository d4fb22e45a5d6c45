/**
 * The three plan steps initiatives and outcomes tick (PRODUCT.md §3; issue 9), each turning on
 * and off with the facts, with its reason in words; and readiness's outcome source.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { addDays, todayIn } from '../../src/shared/dates.js';

type Step = { detector: string; detected: boolean | null; done: boolean; reason: string | null; how: string };

describe.each(DIALECTS)('plan detectors for Staff work on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let me: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    const team = async (name: string) => (await admin.post('/teams', { name })).json<{ id: string }>().id;
    const own = await team('Payments');
    await team('Checkout');
    await team('Search');
    me = await addPerson(admin, { name: 'Me', email: 'me@example.com', teamIds: [own] });
  });
  afterEach(() => t.close());

  const step = async (detector: string): Promise<Step> => {
    const plan = (await me.get('/people/me/plan')).json<{ steps: Step[] }>();
    const s = plan.steps.find((x) => x.detector === detector);
    if (!s) throw new Error(`no ${detector} step`);
    return s;
  };

  it('“choose one problem”: an initiative, not dropped, whose scope reads as the target level', async () => {
    expect(await step('initiative-exists')).toMatchObject({ detected: false, done: false, reason: null });
    const i = (await me.post('/initiatives', { title: 'Ledger', scope: { teams: ['Checkout'] } })).json();
    const below = await step('initiative-exists');
    expect(below).toMatchObject({ detected: false });
    expect(below.reason).toMatch(/^“Ledger”: Does not yet read as Staff scope/);
    await me.patch(`/initiatives/${i.id}`, { scope: { teams: ['Checkout', 'Search'] } });
    expect(await step('initiative-exists')).toMatchObject({ detected: true, done: true, reason: '“Ledger” reads as Staff scope.' });
    await me.patch(`/initiatives/${i.id}`, { status: 'dropped' });
    expect(await step('initiative-exists')).toMatchObject({ detected: false, done: false });
  });

  it('“align stakeholders early”: an approver supportive or approved before the initiative went active', async () => {
    const i = (await me.post('/initiatives', { title: 'Event bus' })).json();
    const consulted = (await me.post('/stakeholders', { initiativeId: i.id, name: 'SRE lead', role: 'consulted', stance: 'supportive' })).json();
    expect(await step('stakeholders-added')).toMatchObject({ detected: false, reason: 'None of your initiatives has an approver yet.' });
    const approver = (await me.post('/stakeholders', { initiativeId: i.id, name: 'CTO', role: 'approver' })).json();
    expect(await step('stakeholders-added')).toMatchObject({ detected: false, reason: 'No approver was supportive or approved before their initiative went active.' });
    await me.patch(`/stakeholders/${approver.id}`, { stance: 'supportive' });
    await me.patch(`/initiatives/${i.id}`, { status: 'active' });
    expect(await step('stakeholders-added')).toMatchObject({ detected: true, reason: 'An approver of “Event bus” was on board before it went active.' });
    // Support that came only after the start does not count as early.
    const late = (await me.post('/initiatives', { title: 'Late', status: 'active' })).json();
    const lateApprover = (await me.post('/stakeholders', { initiativeId: late.id, name: 'VP', role: 'approver' })).json();
    await me.patch(`/stakeholders/${lateApprover.id}`, { stance: 'approved' });
    await me.delete(`/stakeholders/${approver.id}`);
    expect(await step('stakeholders-added')).toMatchObject({ detected: false });
    expect(consulted.role).toBe('consulted');
  });

  it('“track measurable outcomes”: an outcome linked to an initiative with at least two measurements', async () => {
    const i = (await me.post('/initiatives', { title: 'Faster checkout' })).json();
    const unlinked = (await me.post('/outcomes', { name: 'Cloud cost', unit: 'EUR', direction: 'lower', baseline: 100, target: 50 })).json();
    for (const [value, on] of [[90, '2026-10-01'], [80, '2026-11-01']] as const) await me.post(`/outcomes/${unlinked.id}/measurements`, { value, measuredOn: on });
    expect(await step('outcome-measured')).toMatchObject({ detected: false, reason: 'None of your outcomes is linked to an initiative yet.' });
    const linked = (await me.post('/outcomes', { name: 'p99 latency of checkout', unit: 'ms', direction: 'lower', baseline: 800, target: 200, initiativeId: i.id })).json();
    await me.post(`/outcomes/${linked.id}/measurements`, { value: 600, measuredOn: '2026-10-01' });
    expect(await step('outcome-measured')).toMatchObject({ detected: false, reason: 'Your outcomes linked to an initiative have fewer than two measurements.' });
    await me.post(`/outcomes/${linked.id}/measurements`, { value: 400, measuredOn: '2026-11-01' });
    expect(await step('outcome-measured')).toMatchObject({ detected: true, done: true, reason: '“p99 latency of checkout” has been measured 2 times.' });
    await me.patch(`/outcomes/${linked.id}`, { initiativeId: null });
    expect(await step('outcome-measured')).toMatchObject({ detected: false });
  });

  it('readiness: impact counts outcomes with a measurement in the window; the scope dimension names the initiatives', async () => {
    const today = todayIn('UTC');
    const impact = async () => (await me.get('/people/me/readiness')).json<{ dimensions: { id: string; facts: { outcomes: number | null }; reasons: { code: string; text: string }[] }[] }>().dimensions;
    expect((await impact()).find((d) => d.id === 'impact')?.facts.outcomes).toBe(0);
    const o = (await me.post('/outcomes', { name: 'Cost', unit: 'EUR', direction: 'lower', baseline: 100, target: 50 })).json();
    await me.post(`/outcomes/${o.id}/measurements`, { value: 90, measuredOn: addDays(today, -500) });
    expect((await impact()).find((d) => d.id === 'impact')?.facts.outcomes).toBe(0);
    await me.post(`/outcomes/${o.id}/measurements`, { value: 80, measuredOn: addDays(today, -10) });
    const dims = await impact();
    expect(dims.find((d) => d.id === 'impact')?.facts.outcomes).toBe(1);
    expect(dims.find((d) => d.id === 'impact')?.reasons.map((r) => r.text)).toContain('1 outcome measured in the window; strong needs 2.');

    await me.post('/initiatives', { title: 'Ledger', scope: { teams: ['Checkout', 'Search'] } });
    const scope = (await impact()).find((d) => d.id === 'scope');
    expect(scope?.reasons).toContainEqual({ code: 'initiative_meets_level', text: '“Ledger” reads as Staff scope.' });
  });

  it('“write a clear plan before implementing”: a design doc, RFC or migration plan in review before its initiative went active', async () => {
    expect(await step('plan-before-implementation')).toMatchObject({ detected: false, reason: null });
    const i = (await me.post('/initiatives', { title: 'Event bus' })).json<{ id: string }>();
    expect(await step('plan-before-implementation')).toMatchObject({ detected: false, reason: 'No design doc, RFC or migration plan is linked to one of your initiatives yet.' });
    // An ADR is a record of a decision, not a plan; it does not count.
    await me.post('/documents', { kind: 'adr', title: 'Use Kafka', initiativeId: i.id });
    const rfc = await me.post('/documents', { kind: 'rfc', title: 'Bus for billing', initiativeId: i.id });
    expect((await step('plan-before-implementation')).detected).toBe(false);
    const send = await me.request('POST', `/documents/${rfc.json<{ id: string }>().id}/transitions`, { to: 'in-review' }, { 'if-match': String(rfc.headers.etag) });
    expect(send.statusCode, send.body).toBe(200);
    expect(await step('plan-before-implementation')).toMatchObject({ detected: true, done: true, reason: 'RFC-0001 “Bus for billing” went to review before “Event bus” went active.' });
    await me.patch(`/initiatives/${i.id}`, { status: 'active' });
    expect((await step('plan-before-implementation')).detected).toBe(true);

    // A plan sent for review only after its initiative went active is not "before".
    const late = (await me.post('/initiatives', { title: 'Late', status: 'active' })).json<{ id: string }>();
    const doc = await me.post('/documents', { kind: 'design-doc', title: 'After the fact', initiativeId: late.id });
    await me.request('POST', `/documents/${doc.json<{ id: string }>().id}/transitions`, { to: 'in-review' }, { 'if-match': String(doc.headers.etag) });
    await me.patch(`/initiatives/${i.id}`, { status: 'dropped' });
    expect(await step('plan-before-implementation')).toMatchObject({ detected: false, reason: 'Your design docs, RFCs and migration plans linked to an initiative went to review only after it went active, or not yet.' });
  });

  it('readiness: communication counts documents approved in the window, influence the reviews given on others’ documents', async () => {
    const other = await addPerson(admin, { name: 'Other', email: 'other@example.com' });
    const dims = async () => (await me.get('/people/me/readiness')).json<{ dimensions: { id: string; facts: { documents: number | null; reviews: number | null } }[] }>().dimensions;
    const fact = async (id: string) => (await dims()).find((d) => d.id === id)?.facts;
    expect(await fact('communication')).toMatchObject({ documents: 0, reviews: 0 });
    const created = await me.post('/documents', { kind: 'rfc', title: 'Mine' });
    const id = created.json<{ id: string }>().id;
    const go = async (to: string, who: Caller = me) => {
      const etag = String((await who.get(`/documents/${id}`)).headers.etag);
      return who.request('POST', `/documents/${id}/transitions`, { to }, { 'if-match': etag });
    };
    await go('in-review');
    expect((await fact('communication'))?.documents).toBe(0);
    await go('approved');
    expect((await fact('communication'))?.documents).toBe(1);

    const theirs = (await other.post('/documents', { kind: 'design-doc', title: 'Theirs' })).json<{ id: string }>();
    await other.post(`/documents/${theirs.id}/reviewers`, { personId: me.personId, required: true });
    const etag = String((await other.get(`/documents/${theirs.id}`)).headers.etag);
    await other.request('POST', `/documents/${theirs.id}/transitions`, { to: 'in-review' }, { 'if-match': etag });
    await me.post(`/documents/${theirs.id}/reviews`, { verdict: 'comment', body: 'First thoughts.' });
    await me.post(`/documents/${theirs.id}/reviews`, { verdict: 'approve', body: 'Good.' });
    expect((await fact('influence'))?.reviews).toBe(1);
    // Removed as a reviewer, the review is no longer something they may see; it no longer counts.
    await other.delete(`/documents/${theirs.id}/reviewers/${me.personId}`);
    expect((await fact('influence'))?.reviews).toBe(0);
  });
});
