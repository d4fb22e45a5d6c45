import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, type Caller, type TestApp } from '../support/app.js';
import { callerFor, makePerson } from '../support/factories.js';
import { DOCUMENT_STATUSES, TRANSITIONS, type DocumentStatus } from '../../src/core/documents/document-lifecycle.js';

type Doc = {
  id: string;
  kind: string;
  number: number;
  key: string;
  title: string;
  body: string;
  status: DocumentStatus;
  revision: number;
  supersedes: string | null;
  supersededBy: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  reviewers: { personId: string; required: boolean; verdict: string | null }[];
  stillToAnswer: { personId: string; why: string }[];
  mayApprove: boolean;
};

describe.each(DIALECTS)('documents on %s', (dialect) => {
  let t: TestApp;
  let me: Caller;
  let ana: Caller;
  let sam: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    // One after the other: the first installs the default framework.
    const a = await makePerson(t.db.storage, { name: 'Me', defaultAudience: [] });
    const b = await makePerson(t.db.storage, { name: 'Ana' });
    const c = await makePerson(t.db.storage, { name: 'Sam' });
    [me, ana, sam] = await Promise.all([callerFor(t.app, t.db.storage, a), callerFor(t.app, t.db.storage, b), callerFor(t.app, t.db.storage, c)]);
  });
  afterEach(() => t.close());

  const etagOf = (r: { headers: Record<string, unknown> }) => String(r.headers.etag);
  const create = async (body: Record<string, unknown> = {}, who: Caller = me) => {
    const r = await who.post('/documents', { kind: 'rfc', title: 'Move billing events to the bus', ...body });
    expect(r.statusCode, r.body).toBe(201);
    return { doc: r.json<Doc>(), etag: etagOf(r) };
  };
  const read = async (id: string, who: Caller = me) => {
    const r = await who.get(`/documents/${id}`);
    return { status: r.statusCode, doc: r.json<Doc>(), etag: etagOf(r) };
  };
  const move = async (id: string, to: string, extra: Record<string, unknown> = {}, who: Caller = me) => {
    const { etag } = await read(id, who);
    return who.request('POST', `/documents/${id}/transitions`, { to, ...extra }, { 'if-match': etag });
  };
  const patch = (id: string, body: Record<string, unknown>, etag?: string, who: Caller = me) =>
    who.request('PATCH', `/documents/${id}`, body, etag === undefined ? {} : { 'if-match': etag });

  it('numbers each kind from 1, starts from the kind’s template, and answers an ETag', async () => {
    const first = await create();
    const second = await create({ title: 'Second' });
    const adr = await create({ kind: 'adr', title: 'Use PostgreSQL' });
    expect([first.doc.number, second.doc.number, adr.doc.number]).toEqual([1, 2, 1]);
    expect(first.doc.key).toBe('RFC-0001');
    expect(adr.doc.key).toBe('ADR-0001');
    expect(first.doc.body).toContain('## Motivation');
    expect(first.doc.body).toContain('Move billing events to the bus');
    expect(first.doc).toMatchObject({ status: 'draft', revision: 1, reviewers: [], mayApprove: true });
    expect(first.etag).toBe('"1"');
    const templates = (await me.get('/documents/templates')).json<{ items: { kind: string; body: string }[] }>().items;
    expect(templates.map((x) => x.kind)).toHaveLength(7);
    expect((await create({ body: 'Just text' })).doc.body).toBe('Just text');
  });

  it('fifty documents created at once get the numbers 1 to 50, none twice and none skipped', async () => {
    const people = await Promise.all([me, ana, sam].map(async (c) => c));
    const made = await Promise.all(Array.from({ length: 50 }, (_, i) => (people[i % 3] as Caller).post('/documents', { kind: 'design-doc', title: `Doc ${i}` })));
    expect(made.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const numbers = made.map((r) => r.json<Doc>().number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await create({ kind: 'design-doc', title: 'After' })).doc.number).toBe(51);
  });

  it('a failed create gives its number back', async () => {
    const bad = await me.post('/documents', { kind: 'rfc', title: 'x', initiativeId: 'not-mine' });
    expect(bad.statusCode).toBe(400);
    expect((await create()).doc.number).toBe(1);
  });

  it('PATCH needs If-Match (428), refuses a stale one (412), and keeps every saved revision', async () => {
    const { doc, etag } = await create({ body: 'one\ntwo\nthree\n' });
    const without = await patch(doc.id, { body: 'x' });
    expect(without.statusCode).toBe(428);
    expect(without.json()).toMatchObject({ code: 'precondition_required' });
    const ok = await patch(doc.id, { body: 'one\n2\nthree\n' }, etag);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(etagOf(ok)).toBe('"2"');
    expect(ok.json<Doc>().revision).toBe(2);
    const stale = await patch(doc.id, { body: 'lost?' }, etag);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'precondition_failed' });
    expect((await read(doc.id)).doc.body).toBe('one\n2\nthree\n');
    // An edit that changes no text (the deadline) makes no revision.
    const deadline = await patch(doc.id, { reviewDeadline: '2026-12-20' }, etagOf(ok));
    expect(deadline.json<Doc>()).toMatchObject({ revision: 2 });

    const revisions = (await me.get(`/documents/${doc.id}/revisions`)).json<{ items: { revision: number; body: string }[] }>().items;
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    const diff = (await me.get(`/documents/${doc.id}/diff?from=1&to=2`)).json<{ added: number; removed: number; hunks: { lines: { kind: string; text: string }[] }[] }>();
    expect(diff).toMatchObject({ added: 1, removed: 1 });
    expect(diff.hunks[0]?.lines.filter((l) => l.kind !== 'context').map((l) => `${l.kind}:${l.text}`)).toEqual(['removed:two', 'added:2']);
    expect((await me.get(`/documents/${doc.id}/diff?from=1&to=9`)).statusCode).toBe(400);

    const restored = await me.request('POST', `/documents/${doc.id}/revisions/1/restore`, undefined, { 'if-match': etagOf(deadline) });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Doc>()).toMatchObject({ body: 'one\ntwo\nthree\n', revision: 3 });
    const third = (await me.get(`/documents/${doc.id}/revisions/3`)).json<{ restoredFrom: number }>();
    expect(third.restoredFrom).toBe(1);
    // Server-owned fields sent back are ignored; unknown ones are refused.
    const back = await patch(doc.id, { ...restored.json<Doc>(), title: 'Renamed' }, etagOf(restored));
    expect(back.statusCode, back.body).toBe(200);
    expect((await patch(doc.id, { colour: 'red' }, etagOf(back))).statusCode).toBe(400);
  });

  it('every legal move works and every other move is 409 illegal_transition', async () => {
    /** A document in `status`, reached by legal moves only. */
    const inStatus = async (status: DocumentStatus) => {
      const { doc } = await create({ title: `In ${status}` });
      const path: Record<DocumentStatus, DocumentStatus[]> = {
        draft: [],
        'in-review': ['in-review'],
        approved: ['in-review', 'approved'],
        rejected: ['in-review', 'rejected'],
        abandoned: ['abandoned'],
        superseded: ['in-review', 'approved', 'superseded'],
      };
      for (const step of path[status]) {
        const extra = step === 'superseded' ? { supersededBy: (await create({ title: 'Newer' })).doc.id } : {};
        const r = await move(doc.id, step, extra);
        expect(r.statusCode, `${status} via ${step}: ${r.body}`).toBe(200);
      }
      return doc.id;
    };
    for (const from of DOCUMENT_STATUSES) {
      for (const to of DOCUMENT_STATUSES) {
        const id = await inStatus(from);
        const extra = to === 'superseded' ? { supersededBy: (await create({ title: 'Successor' })).doc.id } : {};
        const r = await move(id, to, extra);
        if (TRANSITIONS[from].includes(to)) {
          expect(r.statusCode, `${from} → ${to}: ${r.body}`).toBe(200);
          expect(r.json<Doc>().status).toBe(to);
        } else {
          expect(r.statusCode, `${from} → ${to}`).toBe(409);
          expect(r.json()).toMatchObject({ code: 'illegal_transition' });
          expect((await read(id)).doc.status).toBe(from);
        }
      }
    }
  });

  it('a transition needs If-Match too', async () => {
    const { doc } = await create();
    expect((await me.post(`/documents/${doc.id}/transitions`, { to: 'in-review' })).statusCode).toBe(428);
    expect((await me.request('POST', `/documents/${doc.id}/transitions`, { to: 'in-review' }, { 'if-match': '"7"' })).statusCode).toBe(412);
  });

  it('approval waits for every required approver and for any request for changes to be withdrawn', async () => {
    const { doc } = await create();
    expect((await me.post(`/documents/${doc.id}/reviewers`, { personId: ana.personId, required: true })).statusCode).toBe(201);
    expect((await me.post(`/documents/${doc.id}/reviewers`, { personId: sam.personId, required: false })).statusCode).toBe(201);
    expect((await move(doc.id, 'in-review')).statusCode).toBe(200);

    const pending = await move(doc.id, 'approved');
    expect(pending.statusCode).toBe(409);
    expect(pending.json()).toMatchObject({ code: 'approval_pending' });
    expect(pending.json<{ detail: string }>().detail).toContain('Ana (has not approved)');

    expect((await sam.post(`/documents/${doc.id}/reviews`, { verdict: 'request-changes', body: 'Say how rollback works.' })).statusCode).toBe(201);
    expect((await ana.post(`/documents/${doc.id}/reviews`, { verdict: 'approve', body: 'Good.' })).statusCode).toBe(201);
    let state = (await read(doc.id)).doc;
    expect(state.stillToAnswer).toEqual([{ personId: sam.personId, why: 'requested-changes' }]);
    expect((await move(doc.id, 'approved')).json()).toMatchObject({ code: 'approval_pending' });

    // A comment does not change a standing verdict; a later approve does.
    await sam.post(`/documents/${doc.id}/reviews`, { verdict: 'comment', body: 'Looking again.' });
    expect((await read(doc.id)).doc.mayApprove).toBe(false);
    await sam.post(`/documents/${doc.id}/reviews`, { verdict: 'approve', body: 'Rollback is clear now.' });
    state = (await read(doc.id)).doc;
    expect(state).toMatchObject({ mayApprove: true, stillToAnswer: [] });
    expect(state.reviewers.map((r) => r.verdict)).toEqual(['approve', 'approve']);
    const approved = await move(doc.id, 'approved');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Doc>().approvedAt).not.toBeNull();
    expect(approved.json<Doc>().submittedAt).not.toBeNull();
  });

  it('reviews: only reviewers give verdicts, only while in review; request-changes needs words', async () => {
    const { doc } = await create({ audience: ['org'] });
    await me.post(`/documents/${doc.id}/reviewers`, { personId: ana.personId, required: true });
    const early = await ana.post(`/documents/${doc.id}/reviews`, { verdict: 'approve', body: '' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'not_in_review' });
    await move(doc.id, 'in-review');
    expect((await me.post(`/documents/${doc.id}/reviews`, { verdict: 'approve', body: '' })).statusCode).toBe(403);
    expect((await sam.post(`/documents/${doc.id}/reviews`, { verdict: 'approve', body: '' })).statusCode).toBe(403);
    const empty = await ana.post(`/documents/${doc.id}/reviews`, { verdict: 'request-changes', body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/body');
    expect((await ana.post(`/documents/${doc.id}/reviews`, { verdict: 'maybe', body: '' })).statusCode).toBe(400);
    expect((await me.post(`/documents/${doc.id}/reviewers`, { personId: me.personId, required: true })).statusCode).toBe(400);
    expect((await ana.post(`/documents/${doc.id}/reviewers`, { personId: sam.personId, required: true })).statusCode).toBe(403);
  });

  it('a reviewer sees the document, its revisions, reviews and comments only while a reviewer', async () => {
    const { doc } = await create();
    const paths = [`/documents/${doc.id}`, `/documents/${doc.id}/revisions`, `/documents/${doc.id}/reviews`, `/documents/${doc.id}/comments`, `/documents/${doc.id}/diff?from=1&to=1`];
    for (const p of paths) expect((await ana.get(p)).statusCode, p).toBe(404);
    expect((await ana.get('/documents')).json<{ items: Doc[] }>().items).toHaveLength(0);

    expect((await me.post(`/documents/${doc.id}/reviewers`, { personId: ana.personId, required: false })).statusCode).toBe(201);
    for (const p of paths) expect((await ana.get(p)).statusCode, p).toBe(200);
    expect((await ana.get('/documents?reviewer=me')).json<{ items: Doc[] }>().items.map((d) => d.id)).toEqual([doc.id]);
    expect((await ana.get('/documents')).json<{ items: Doc[] }>().items.map((d) => d.id)).toEqual([doc.id]);
    // A reviewer reads and comments, and does not edit.
    expect((await patch(doc.id, { title: 'Mine now' }, (await read(doc.id, ana)).etag, ana)).statusCode).toBe(403);
    expect((await ana.post(`/documents/${doc.id}/comments`, { section: 'Motivation', body: 'Who asked for this?' })).statusCode).toBe(201);
    // Asked once: the reviewer has a notification that links to the document.
    const notes = (await ana.get('/notifications')).json<{ items: { kind: string; link: string }[] }>().items;
    expect(notes.some((n) => n.kind === 'review-requested' && n.link === `/documents/${doc.id}`)).toBe(true);

    expect((await me.delete(`/documents/${doc.id}/reviewers/${ana.personId}`)).statusCode).toBe(204);
    for (const p of paths) expect((await ana.get(p)).statusCode, p).toBe(404);
    expect((await ana.post(`/documents/${doc.id}/comments`, { section: 'Motivation', body: 'Still here?' })).statusCode).toBe(404);
    expect((await me.delete(`/documents/${doc.id}/reviewers/${ana.personId}`)).statusCode).toBe(404);
    // Their comment stays on the document.
    expect((await me.get(`/documents/${doc.id}/comments`)).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('the review inbox keeps documents in review that still wait for my verdict', async () => {
    const a = (await create({ title: 'A' })).doc;
    const b = (await create({ title: 'B' })).doc;
    const c = (await create({ title: 'C' })).doc;
    for (const d of [a, b, c]) await me.post(`/documents/${d.id}/reviewers`, { personId: ana.personId, required: true });
    await move(a.id, 'in-review');
    await move(b.id, 'in-review');
    await ana.post(`/documents/${b.id}/reviews`, { verdict: 'comment', body: 'A thought.' });
    const waiting = () => ana.get('/documents?reviewer=me&waiting=true').then((r) => r.json<{ items: Doc[] }>().items.map((d) => d.title).sort());
    expect(await waiting()).toEqual(['A', 'B']);
    await ana.post(`/documents/${b.id}/reviews`, { verdict: 'approve', body: '' });
    expect(await waiting()).toEqual(['A']);
  });

  it('comments are anchored to a section, replies keep it, and threads resolve and reopen', async () => {
    const { doc } = await create();
    await me.post(`/documents/${doc.id}/reviewers`, { personId: ana.personId, required: false });
    const top = await ana.post(`/documents/${doc.id}/comments`, { section: 'Drawbacks', body: 'What does this cost the on-call?' });
    expect(top.statusCode, top.body).toBe(201);
    const topId = top.json<{ id: string }>().id;
    const reply = await me.post(`/documents/${doc.id}/comments`, { section: 'ignored', body: 'One alert more, see below.', parentId: topId });
    expect(reply.json()).toMatchObject({ section: 'Drawbacks', parentId: topId });
    expect((await me.post(`/documents/${doc.id}/comments`, { section: 'x', body: 'y', parentId: 'nope' })).statusCode).toBe(400);
    expect((await me.post(`/documents/${doc.id}/comments`, { section: '', body: 'y' })).statusCode).toBe(400);

    const resolved = await ana.post(`/documents/${doc.id}/comments/${topId}/resolve`, {});
    expect(resolved.json()).toMatchObject({ resolved: true, resolvedById: ana.personId });
    const reopened = await me.post(`/documents/${doc.id}/comments/${topId}/resolve`, { resolved: false });
    expect(reopened.json()).toMatchObject({ resolved: false, resolvedAt: null });
    expect((await me.post(`/documents/${doc.id}/comments/nope/resolve`, {})).statusCode).toBe(404);

    const mine = (await me.get('/notifications')).json<{ items: { kind: string; text: string }[] }>().items;
    expect(mine.find((n) => n.kind === 'document-comment')?.text).toContain('“Drawbacks”');
    const hers = (await ana.get('/notifications')).json<{ items: { kind: string; text: string }[] }>().items;
    expect(hers.find((n) => n.kind === 'document-comment')?.text).toContain('replied to your comment');
  });

  it('someone who merely sees a document reads it and its comments but cannot comment or review', async () => {
    const { doc } = await create({ audience: ['org'] });
    expect((await sam.get(`/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await sam.get(`/documents/${doc.id}/comments`)).statusCode).toBe(200);
    expect((await sam.post(`/documents/${doc.id}/comments`, { section: 'Summary', body: 'Nice.' })).statusCode).toBe(403);
  });

  it('superseding links both documents; the newer one must be the same author’s', async () => {
    const old = (await create({ kind: 'adr', title: 'Use MySQL' })).doc;
    const newer = (await create({ kind: 'adr', title: 'Use PostgreSQL' })).doc;
    const foreign = (await create({ kind: 'adr', title: 'Someone else’s' }, ana)).doc;
    await move(old.id, 'in-review');
    await move(old.id, 'approved');
    const missing = await move(old.id, 'superseded');
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/supersededBy');
    expect((await move(old.id, 'superseded', { supersededBy: foreign.id })).statusCode).toBe(400);
    expect((await move(old.id, 'superseded', { supersededBy: old.id })).statusCode).toBe(400);
    const done = await move(old.id, 'superseded', { supersededBy: newer.id });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Doc>()).toMatchObject({ status: 'superseded', supersededBy: newer.id });
    expect((await read(newer.id)).doc).toMatchObject({ supersedes: old.id, revision: 1 });
    expect((await read(newer.id)).etag).toBe('"2"');
    // A move that is not to superseded names no successor.
    const draft = (await create()).doc;
    expect((await move(draft.id, 'abandoned', { supersededBy: newer.id })).statusCode).toBe(400);
  });

  it('a final document’s text no longer changes, but its audience does', async () => {
    const { doc } = await create();
    await move(doc.id, 'in-review');
    const approved = await move(doc.id, 'approved');
    const final = await patch(doc.id, { body: 'rewrite history' }, etagOf(approved));
    expect(final.statusCode).toBe(409);
    expect(final.json()).toMatchObject({ code: 'document_final' });
    const shared = await patch(doc.id, { audience: ['org'] }, etagOf(approved));
    expect(shared.statusCode, shared.body).toBe(200);
    expect((await sam.get(`/documents/${doc.id}`)).statusCode).toBe(200);
  });

  it('a trade-off summary keeps its matrix, ranks it, and the linter notices an unexplained choice', async () => {
    const matrix = {
      options: [{ id: 'kafka', name: 'Kafka' }, { id: 'sqs', name: 'SQS' }],
      criteria: [{ id: 'cost', name: 'Cost', weight: 2 }, { id: 'ops', name: 'Operations', weight: 1 }],
      scores: { kafka: { cost: 2, ops: 1 }, sqs: { cost: 4, ops: 5 } },
      chosen: { optionId: 'kafka', reason: '' },
    };
    const { doc } = await create({ kind: 'trade-off', title: 'Event bus', matrix });
    expect((doc as unknown as { ranking: { optionId: string; total: number; rank: number }[] }).ranking).toEqual([
      { optionId: 'sqs', name: 'SQS', total: 13, rank: 1, missing: [] },
      { optionId: 'kafka', name: 'Kafka', total: 5, rank: 2, missing: [] },
    ]);
    const lint = (await me.post('/documents/lint', { kind: 'trade-off', body: doc.body, matrix })).json<{ findings: { code: string }[] }>();
    expect(lint.findings.map((f) => f.code)).toContain('chosen_not_top_without_reason');
    expect((await me.post('/documents', { kind: 'rfc', title: 'x', matrix })).statusCode).toBe(400);
    const bad = await me.post('/documents', { kind: 'trade-off', title: 'x', matrix: { ...matrix, chosen: { optionId: 'nats', reason: '' } } });
    expect(bad.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/matrix/chosen/optionId');
  });

  it('stakeholders attach to documents and go stale only while the document is open', async () => {
    const { doc } = await create();
    const s = await me.post('/stakeholders', { documentId: doc.id, personId: ana.personId, role: 'approver' });
    expect(s.statusCode, s.body).toBe(201);
    expect(s.json()).toMatchObject({ documentId: doc.id, stale: true, stance: 'unaware' });
    expect((await sam.get(`/stakeholders?documentId=${doc.id}`)).statusCode).toBe(404);
    await move(doc.id, 'abandoned');
    const list = (await me.get(`/stakeholders?documentId=${doc.id}`)).json<{ items: { stale: boolean }[] }>().items;
    expect(list.map((x) => x.stale)).toEqual([false]);
  });

  it('deleting needs If-Match and removes the document for everyone', async () => {
    const { doc, etag } = await create();
    expect((await me.delete(`/documents/${doc.id}`)).statusCode).toBe(428);
    expect((await me.request('DELETE', `/documents/${doc.id}`, undefined, { 'if-match': etag })).statusCode).toBe(204);
    expect((await me.get(`/documents/${doc.id}`)).statusCode).toBe(404);
  });

  it('lists filter by kind and status and page through', async () => {
    await create({ kind: 'adr', title: 'A1' });
    const rfc = (await create({ title: 'R1' })).doc;
    await move(rfc.id, 'in-review');
    await create({ title: 'R2' });
    const titles = async (q: string) => (await me.get(`/documents?${q}`)).json<{ items: Doc[] }>().items.map((d) => d.title);
    expect(await titles('kind=rfc')).toEqual(['R2', 'R1']);
    expect(await titles('status=in-review')).toEqual(['R1']);
    expect(await titles('kind=adr&kind=rfc&status=draft')).toEqual(['R2', 'A1']);
    const page = (await me.get('/documents?limit=2')).json<{ items: Doc[]; nextCursor: string }>();
    expect(page.items).toHaveLength(2);
    const rest = (await me.get(`/documents?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`)).json<{ items: Doc[]; nextCursor: null }>();
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.items.map((d) => d.title)).toEqual(['A1']);
    expect((await me.get('/documents?kind=memo')).statusCode).toBe(400);
  });
});
