import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { makeInitiative } from '../support/factories.js';
import { madeProposal, makeProposal } from '../support/proposal-factory.js';

type Proposal = { id: string; ownerId: string; source: string; title: string; status: string; evidenceId: string | null; decidedAt: string | null; dimensions: string[]; initiativeId: string | null };
type Evidence = { id: string; ownerId: string; source: string; title: string; body: string; occurredOn: string; dimensions: string[]; teams: string[]; links: string[]; audience: string[]; initiativeId: string | null };
type Page<T> = { items: T[]; nextCursor: string | null };
type FieldErrors = { code: string; errors: { pointer: string }[] };

describe.each(DIALECTS)('evidence proposals on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let manager: Caller;
  let me: Caller;
  let peer: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    manager = await addPerson(admin, { name: 'Maya Manager', email: 'maya@example.com' });
    me = await addPerson(admin, { name: 'Me', email: 'me@example.com', managerId: manager.personId });
    peer = await addPerson(admin, { name: 'Pat Peer', email: 'pat@example.com' });
  });
  afterEach(() => t.close());

  const storage = () => t.db.storage;
  const listOf = async (caller: Caller, status?: string) => {
    const r = await caller.get(`/evidence/proposals${status ? `?status=${status}` : ''}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<Page<Proposal>>().items;
  };

  it('proposing twice with one source key makes one proposal, and tells the owner once', async () => {
    const first = await makeProposal(storage(), me.personId, { sourceKey: 'document:1:approved', title: 'RFC-0001 approved' });
    expect(first).toMatchObject({ ownerId: me.personId, source: 'document', status: 'proposed', evidenceId: null, decidedAt: null });
    expect(await makeProposal(storage(), me.personId, { sourceKey: 'document:1:approved', title: 'RFC-0001 approved again' })).toBeNull();
    expect((await listOf(me)).map((p) => p.title)).toEqual(['RFC-0001 approved']);

    const notes = (await me.get('/notifications')).json<Page<{ kind: string; text: string; link: string; subjectId: string }>>().items.filter((n) => n.kind === 'evidence-proposed');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ link: '/evidence?proposals=1', subjectId: first?.id });
    expect(notes[0]?.text).toContain('Proposed for your evidence log: “RFC-0001 approved”');
    // The same key for another person is their own proposal.
    expect(await makeProposal(storage(), peer.personId, { sourceKey: 'document:1:approved' })).not.toBeNull();
  });

  it('inside a transaction that rolls back, nothing is proposed', async () => {
    await expect(
      t.services.storage.db.transaction().execute(async (trx) => {
        await t.services.proposals.propose(trx, { ownerId: me.personId, source: 'document', sourceKey: 'k', title: 'Gone', body: '', occurredOn: '2026-11-02', dimensions: [] });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await listOf(me)).toEqual([]);
    expect(await makeProposal(storage(), me.personId, { sourceKey: 'k' })).not.toBeNull();
  });

  it('drops dimensions the active framework does not have, and an initiative that is not the owner’s', async () => {
    const theirs = await makeInitiative(storage(), peer.personId);
    const mine = await makeInitiative(storage(), me.personId);
    const a = await madeProposal(storage(), me.personId, { dimensions: ['communication', 'telepathy', 'influence'], initiativeId: theirs.id });
    expect(a).toMatchObject({ dimensions: ['communication', 'influence'], initiativeId: null });
    const b = await madeProposal(storage(), me.personId, { initiativeId: mine.id });
    expect(b.initiativeId).toBe(mine.id);
  });

  it('a dismissed proposal is never proposed again; reopen brings it back', async () => {
    const p = await madeProposal(storage(), me.personId, { sourceKey: 'document:2:reviewed' });
    const dismissed = await me.post(`/evidence/proposals/${p.id}/dismiss`);
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', evidenceId: null });
    expect(dismissed.json<Proposal>().decidedAt).not.toBeNull();
    expect((await me.post(`/evidence/proposals/${p.id}/dismiss`)).json()).toMatchObject({ status: 'dismissed' });

    expect(await makeProposal(storage(), me.personId, { sourceKey: 'document:2:reviewed' })).toBeNull();
    expect(await listOf(me)).toEqual([]);
    expect((await listOf(me, 'dismissed')).map((x) => x.id)).toEqual([p.id]);

    const reopened = await me.post(`/evidence/proposals/${p.id}/reopen`);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'proposed', decidedAt: null });
    expect((await listOf(me)).map((x) => x.id)).toEqual([p.id]);
    expect(await listOf(me, 'dismissed')).toEqual([]);
  });

  it('accept writes an entry of the owner with the proposal’s source and the edits; the rest comes from the proposal', async () => {
    const p = await madeProposal(storage(), me.personId, {
      title: 'RFC-0007 approved',
      body: 'Approved by two reviewers.',
      occurredOn: '2026-11-02',
      dimensions: ['communication'],
      links: ['https://staffpath.example/documents/7'],
    });
    const r = await me.post(`/evidence/proposals/${p.id}/accept`, { title: 'Wrote RFC-0007: one queue for all payments', dimensions: ['communication', 'direction'], teams: ['Payments'], audience: ['manager', 'org'] });
    expect(r.statusCode, r.body).toBe(201);
    const { proposal, evidence } = r.json<{ proposal: Proposal; evidence: Evidence }>();
    expect(evidence).toMatchObject({
      ownerId: me.personId,
      source: 'document',
      title: 'Wrote RFC-0007: one queue for all payments',
      body: 'Approved by two reviewers.',
      occurredOn: '2026-11-02',
      dimensions: ['communication', 'direction'],
      teams: ['Payments'],
      links: ['https://staffpath.example/documents/7'],
      audience: ['manager', 'org'],
    });
    expect(proposal).toMatchObject({ id: p.id, status: 'accepted', evidenceId: evidence.id });
    expect(proposal.decidedAt).not.toBeNull();

    // The entry is a real one: readable, listed, found by search, seen by the manager it names.
    expect((await me.get(`/evidence/${evidence.id}`)).json()).toMatchObject({ source: 'document' });
    expect((await me.get('/evidence?q=queue')).json<Page<Evidence>>().items.map((e) => e.id)).toEqual([evidence.id]);
    expect((await manager.get(`/evidence/${evidence.id}`)).statusCode).toBe(200);
    expect(await listOf(me)).toEqual([]);
    expect((await listOf(me, 'accepted')).map((x) => x.id)).toEqual([p.id]);
  });

  it('accept without a body takes the proposal as it stands, with the owner’s default audience', async () => {
    const p = await madeProposal(storage(), me.personId, { title: 'Reviewed RFC-0003', dimensions: ['influence'] });
    const r = await me.request('POST', `/evidence/proposals/${p.id}/accept`);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<{ evidence: Evidence }>().evidence).toMatchObject({ title: 'Reviewed RFC-0003', dimensions: ['influence'], audience: ['manager'] });
  });

  it('edits that break the evidence rules are 400 naming each field, and leave the proposal proposed and no entry', async () => {
    const p = await madeProposal(storage(), me.personId);
    const theirs = await makeInitiative(storage(), peer.personId);
    const r = await me.post(`/evidence/proposals/${p.id}/accept`, {
      title: '   ',
      occurredOn: '2026-02-30',
      dimensions: ['telepathy'],
      links: ['ftp://nope'],
      initiativeId: theirs.id,
    });
    expect(r.statusCode, r.body).toBe(400);
    const body = r.json<FieldErrors>();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.pointer).sort()).toEqual(['/dimensions/0', '/initiativeId', '/links/0', '/occurredOn', '/title']);

    const shape = await me.post(`/evidence/proposals/${p.id}/accept`, { title: 5, colour: 'red' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json<FieldErrors>().errors.map((e) => e.pointer)).toContain('/colour');

    expect((await listOf(me)).map((x) => ({ id: x.id, status: x.status }))).toEqual([{ id: p.id, status: 'proposed' }]);
    expect((await me.get('/evidence')).json<Page<Evidence>>().items).toEqual([]);
    expect((await me.post(`/evidence/proposals/${p.id}/accept`, { title: 'Fixed' })).statusCode).toBe(201);
  });

  it('a proposal sent back as its own edits is accepted: its computed fields are ignored', async () => {
    const p = await madeProposal(storage(), me.personId, { title: 'Sent back' });
    const [listed] = await listOf(me);
    const r = await me.post(`/evidence/proposals/${p.id}/accept`, listed);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<{ evidence: Evidence }>().evidence).toMatchObject({ title: 'Sent back', source: 'document', ownerId: me.personId });
  });

  it('accepting twice is 409 conflict and writes one entry; dismiss and reopen of an accepted one are 409 too', async () => {
    const p = await madeProposal(storage(), me.personId);
    expect((await me.post(`/evidence/proposals/${p.id}/accept`, {})).statusCode).toBe(201);
    const again = await me.post(`/evidence/proposals/${p.id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict' });
    expect(again.json<{ detail: string }>().detail).toContain('already accepted');
    expect((await me.post(`/evidence/proposals/${p.id}/dismiss`)).statusCode).toBe(409);
    expect((await me.post(`/evidence/proposals/${p.id}/reopen`)).statusCode).toBe(409);
    expect((await me.get('/evidence')).json<Page<Evidence>>().items).toHaveLength(1);
  });

  it('two accepts at once write one entry', async () => {
    const p = await madeProposal(storage(), me.personId);
    const answers = await Promise.all([me.post(`/evidence/proposals/${p.id}/accept`, {}), me.post(`/evidence/proposals/${p.id}/accept`, {})]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect((await me.get('/evidence')).json<Page<Evidence>>().items).toHaveLength(1);
  });

  it('a dismissed proposal can still be accepted', async () => {
    const p = await madeProposal(storage(), me.personId);
    await me.post(`/evidence/proposals/${p.id}/dismiss`);
    const r = await me.post(`/evidence/proposals/${p.id}/accept`, {});
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<{ proposal: Proposal }>().proposal.status).toBe('accepted');
  });

  it('someone else’s proposal is 404 for everyone else — a peer, the owner’s manager, an admin — on every route', async () => {
    const p = await madeProposal(storage(), me.personId, { title: 'Mine alone' });
    for (const other of [peer, manager, admin]) {
      expect(await listOf(other)).toEqual([]);
      for (const status of ['accepted', 'dismissed']) expect(await listOf(other, status)).toEqual([]);
      for (const action of ['accept', 'dismiss', 'reopen']) {
        const r = await other.post(`/evidence/proposals/${p.id}/${action}`, action === 'accept' ? { title: 'Taken' } : undefined);
        expect(r.statusCode, `${action}: ${r.body}`).toBe(404);
        expect(r.json()).toMatchObject({ code: 'not_found' });
      }
      // Even a body that would be refused: the proposal is not there for them at all.
      expect((await other.post(`/evidence/proposals/${p.id}/accept`, { colour: 'red' })).statusCode).toBe(404);
    }
    expect((await me.post('/evidence/proposals/nope/accept', {})).statusCode).toBe(404);
    expect((await listOf(me)).map((x) => ({ title: x.title, status: x.status }))).toEqual([{ title: 'Mine alone', status: 'proposed' }]);
    // Nor does it show in anyone's evidence.
    for (const other of [peer, manager, admin]) expect((await other.get('/evidence?q=alone')).json<Page<Evidence>>().items).toEqual([]);
  });

  it('lists only the caller’s own, newest first, page by page, in the status asked for', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await madeProposal(storage(), me.personId, { title: `Mine ${i}` })).id);
    await madeProposal(storage(), peer.personId, { title: 'Theirs' });
    const first = (await me.get('/evidence/proposals?limit=3')).json<Page<Proposal>>();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = (await me.get(`/evidence/proposals?limit=3&cursor=${first.nextCursor}`)).json<Page<Proposal>>();
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(all.map((p) => p.id).sort()).toEqual([...made].sort());
    // Newest first (proposals made within one millisecond may come in either order).
    const times = all.map((p) => (p as Proposal & { createdAt: string }).createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect((await listOf(peer)).map((p) => p.title)).toEqual(['Theirs']);

    const bad = await me.get('/evidence/proposals?status=maybe');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('status');
    expect((await me.get('/evidence/proposals?cursor=%21%21')).json()).toMatchObject({ code: 'invalid_cursor' });
  });
});
