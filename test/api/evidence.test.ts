import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

interface Item {
  id: string;
  title: string;
  snippet?: string;
  audience: string[];
}
const titles = (r: { json: () => { items: Item[] } }) => r.json().items.map((i) => i.title).sort();

describe.each(DIALECTS)('evidence log on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let owner: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    owner = await addPerson(admin, { name: 'Olu Owner', email: 'olu@example.com' });
    // The admin is also the owner's manager here; admins cannot put people under themselves
    // through the API, and that is not what this file tests.
    await t.services.storage.db.updateTable('people').set({ manager_id: admin.personId }).where('id', '=', owner.personId).execute();
  });
  afterEach(() => t.close());

  it('creates an entry with defaults and an ETag', async () => {
    const res = await owner.post('/evidence', { title: 'Cut checkout p99 from 800 ms to 200 ms' });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const e = res.json();
    expect(e).toMatchObject({
      ownerId: owner.personId,
      occurredOn: new Date().toISOString().slice(0, 10),
      body: '',
      dimensions: [],
      impact: null,
      metrics: [],
      audience: ['manager'],
      source: 'manual',
      initiativeId: null,
    });
    const full = await owner.post('/evidence', {
      title: 'Led the payments migration RFC',
      occurredOn: '2026-10-01',
      body: '## Why\nThe old ledger *could not* scale.',
      dimensions: ['scope', 'communication'],
      impact: 'risk',
      metrics: [{ name: 'incidents', unit: 'per quarter', before: 12, after: 3 }],
      teams: ['Payments', 'Checkout'],
      links: ['https://example.com/rfc/12'],
      audience: ['org'],
      id: 'ignored',
      source: 'git',
    });
    expect(full.statusCode).toBe(201);
    expect(full.json()).toMatchObject({ source: 'manual', metrics: [{ name: 'incidents', unit: 'per quarter', before: 12, after: 3, change: null }] });
    expect(full.json().id).not.toBe('ignored');
  });

  it('names every bad field and writes nothing', async () => {
    const res = await owner.post('/evidence', {
      title: 'x',
      occurredOn: '2026-02-30',
      dimensions: ['scope', 'charisma'],
      metrics: [{ name: 'm' }],
      links: ['javascript:alert(1)'],
      initiativeId: 'abc',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/dimensions/1', '/initiativeId', '/links/0', '/metrics/0', '/occurredOn']);
    expect((await owner.post('/evidence', { title: 'x', impact: 'vibes' })).json().errors[0].pointer).toBe('/impact');
    expect((await owner.post('/evidence', { title: 'x', metrics: [{ name: 'm', before: '12' }] })).json().errors[0].pointer).toBe('/metrics/0/before');
    expect((await owner.post('/evidence', { title: 'x', colour: 'red' })).json().code).toBe('unknown_field');
    expect((await owner.get('/evidence?owner=me')).json().items).toEqual([]);
  });

  it('shows each entry exactly to its audience', async () => {
    const peer = await addPerson(admin, { name: 'Peer', email: 'peer@example.com' });
    const mentor = await addPerson(admin, { name: 'Mentor', email: 'mentor@example.com' });
    const m = (await owner.post('/mentorships', { mentorId: mentor.personId, menteeId: 'me' })).json();
    await mentor.post(`/mentorships/${m.id}/accept`);
    const ids: Record<string, string> = {};
    for (const [name, audience] of Object.entries({ private: [], manager: ['manager'], mentors: ['mentors'], org: ['org'] })) {
      ids[name] = (await owner.post('/evidence', { title: `${name} entry`, audience })).json().id;
    }
    expect(titles(await owner.get('/evidence'))).toEqual(['manager entry', 'mentors entry', 'org entry', 'private entry']);
    expect(titles(await admin.get('/evidence'))).toEqual(['manager entry', 'org entry']); // admin is the manager here
    expect(titles(await mentor.get('/evidence'))).toEqual(['mentors entry', 'org entry']);
    expect(titles(await peer.get('/evidence'))).toEqual(['org entry']);
    expect((await peer.get(`/evidence/${ids.private}`)).statusCode).toBe(404);
    expect((await peer.get(`/evidence/${ids.org}`)).statusCode).toBe(200);
    // Search obeys the same rules.
    expect(titles(await peer.get('/evidence?q=entry'))).toEqual(['org entry']);
    expect(titles(await mentor.get('/evidence?q=entry'))).toEqual(['mentors entry', 'org entry']);
    expect(titles(await admin.get(`/evidence?q=entry&owner=${owner.personId}`))).toEqual(['manager entry', 'org entry']);
    expect(titles(await peer.get(`/evidence?q=entry&owner=${owner.personId}`))).toEqual(['org entry']);
    expect(titles(await admin.get('/evidence?owner=reports'))).toEqual(['manager entry', 'org entry']);
    expect(titles(await admin.get('/evidence?owner=reports&q=entry'))).toEqual(['manager entry', 'org entry']);
    expect((await peer.get('/evidence?owner=reports')).json().items).toEqual([]);
    expect(titles(await owner.get('/evidence?q=entry&owner=me'))).toEqual(['manager entry', 'mentors entry', 'org entry', 'private entry']);
    // Seeing is not writing; not seeing is not found.
    expect((await peer.patch(`/evidence/${ids.org}`, { title: 'mine now' })).statusCode).toBe(403);
    expect((await peer.patch(`/evidence/${ids.private}`, { title: 'mine now' })).statusCode).toBe(404);
    expect((await peer.delete(`/evidence/${ids.private}`)).statusCode).toBe(404);
  });

  it('detects concurrent edits with If-Match (412) and never loses one silently', async () => {
    const created = await owner.post('/evidence', { title: 'First title' });
    const id = created.json().id;
    const a = await owner.request('PATCH', `/evidence/${id}`, { title: 'Edit A' }, { 'if-match': '"1"' });
    expect(a.statusCode).toBe(200);
    expect(a.headers.etag).toBe('"2"');
    const b = await owner.request('PATCH', `/evidence/${id}`, { title: 'Edit B' }, { 'if-match': '"1"' });
    expect(b.statusCode).toBe(412);
    expect(b.json().code).toBe('precondition_failed');
    expect((await owner.get(`/evidence/${id}`)).json().title).toBe('Edit A');
    expect((await owner.request('PATCH', `/evidence/${id}`, { title: 'x' }, { 'if-match': 'garbage' })).statusCode).toBe(412);
    const racing = await Promise.all(['R1', 'R2', 'R3'].map((title) => owner.request('PATCH', `/evidence/${id}`, { title }, { 'if-match': '"2"' })));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 412, 412]);
    expect((await owner.patch(`/evidence/${id}`, { body: 'no If-Match is fine' })).statusCode).toBe(200);
  });

  it('delete goes to the trash, vanishes from reads and search, and can be restored', async () => {
    const id = (await owner.post('/evidence', { title: 'Wrote the incident review' })).json().id;
    expect((await owner.delete(`/evidence/${id}`)).statusCode).toBe(204);
    expect((await owner.get(`/evidence/${id}`)).statusCode).toBe(404);
    expect((await owner.get('/evidence')).json().items).toEqual([]);
    expect((await owner.get('/evidence?q=incident')).json().items).toEqual([]);
    const trash = (await owner.get('/evidence?deleted=true')).json().items;
    expect(trash.map((e: Item) => e.id)).toEqual([id]);
    expect((await admin.get('/evidence?deleted=true')).json().items).toEqual([]);
    expect((await owner.post(`/evidence/${id}/restore`)).statusCode).toBe(200);
    expect(titles(await owner.get('/evidence?q=incident'))).toEqual(['Wrote the incident review']);
    expect((await owner.post(`/evidence/${id}/restore`)).statusCode).toBe(409);
  });

  it('purges the trash after 30 days', async () => {
    const id = (await owner.post('/evidence', { title: 'Old news' })).json().id;
    await owner.delete(`/evidence/${id}`);
    expect(await t.services.evidence.purgeTrash(Date.now() + 31 * 86_400_000)).toBe(1);
    expect((await owner.get('/evidence?deleted=true')).json().items).toEqual([]);
  });

  it('filters: repeated means either, different ones combine; dates inclusive; cursor pages', async () => {
    const add = (title: string, extra: object) => owner.post('/evidence', { title, ...extra });
    await add('A', { occurredOn: '2026-01-01', dimensions: ['scope'], impact: 'cost', teams: ['Payments'] });
    await add('B', { occurredOn: '2026-02-01', dimensions: ['influence'], impact: 'risk', teams: ['checkout'] });
    await add('C', { occurredOn: '2026-03-01', dimensions: ['scope', 'impact'], impact: 'cost' });
    await add('D', { occurredOn: '2026-04-01', dimensions: ['mentoring'] });
    expect(titles(await owner.get('/evidence?dimension=scope'))).toEqual(['A', 'C']);
    expect(titles(await owner.get('/evidence?dimension=scope&dimension=mentoring'))).toEqual(['A', 'C', 'D']);
    expect(titles(await owner.get('/evidence?dimension=scope&impact=risk'))).toEqual([]);
    expect(titles(await owner.get('/evidence?impact=cost&impact=risk'))).toEqual(['A', 'B', 'C']);
    expect(titles(await owner.get('/evidence?team=payments'))).toEqual(['A']);
    expect(titles(await owner.get('/evidence?team=Checkout'))).toEqual(['B']);
    expect(titles(await owner.get('/evidence?from=2026-02-01&to=2026-03-01'))).toEqual(['B', 'C']);
    expect((await owner.get('/evidence?from=2026-04-01&to=2026-01-01')).statusCode).toBe(400);
    expect((await owner.get('/evidence?from=yesterday')).json().errors[0]).toMatchObject({ pointer: 'from', in: 'query' });
    expect(titles(await admin.get(`/evidence?owner=${owner.personId}`))).toEqual(['A', 'B', 'C', 'D']);
    const order: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = (await owner.get(`/evidence?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      order.push(...page.items.map((i: Item) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(order).toEqual(['D', 'C', 'B', 'A']);
  });

  it('search: AND, phrases, prefixes, case and accents, snippets; hostile input is harmless', async () => {
    await owner.post('/evidence', { title: 'Migrated the billing ledger', body: 'Moved 40 services off the old Café queue.' });
    await owner.post('/evidence', { title: 'Reviewed the ledger design', body: 'Asked about billing retries and rollback.' });
    await owner.post('/evidence', { title: 'Mentored Sam on debugging', body: 'Paired on the queue consumer.' });
    expect(titles(await owner.get('/evidence?q=ledger'))).toEqual(['Migrated the billing ledger', 'Reviewed the ledger design']);
    expect(titles(await owner.get('/evidence?q=ledger billing'))).toEqual(['Migrated the billing ledger', 'Reviewed the ledger design']);
    expect(titles(await owner.get('/evidence?q="billing ledger"'))).toEqual(['Migrated the billing ledger']);
    expect(titles(await owner.get('/evidence?q=migrat*'))).toEqual(['Migrated the billing ledger']);
    expect(titles(await owner.get('/evidence?q=CAFE'))).toEqual(['Migrated the billing ledger']);
    expect(titles(await owner.get('/evidence?q=queue'))).toEqual(['Mentored Sam on debugging', 'Migrated the billing ledger']);
    const hit = (await owner.get('/evidence?q=rollback')).json().items[0];
    expect(hit.snippet).toContain('<mark>rollback</mark>');
    for (const q of ['"', '*', 'AND (', 'NEAR', 'NEAR(a b)', 'OR', '-', '^', 'a:b', "'; drop table evidence; --", 'x'.repeat(2000), '"unclosed phrase', '***', 'ledger*:*']) {
      const res = await owner.get(`/evidence?q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(res.statusCode);
      if (res.statusCode === 400) expect(res.json().errors[0].pointer).toBe('q');
    }
    expect((await owner.get('/evidence?q=ledger')).json().items).toHaveLength(2);
  });

  it('ranks title matches first, then newest first, and pages across both', async () => {
    await owner.post('/evidence', { title: 'Old ledger cleanup', occurredOn: '2024-01-01' });
    await owner.post('/evidence', { title: 'Newest note', body: 'mentions the ledger', occurredOn: '2026-06-01' });
    await owner.post('/evidence', { title: 'Ledger sharding plan', occurredOn: '2025-05-05' });
    await owner.post('/evidence', { title: 'Older note', body: 'ledger again', occurredOn: '2025-01-01' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = (await owner.get(`/evidence?q=ledger&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ledger sharding plan', 'Old ledger cleanup', 'Newest note', 'Older note']);
    const listCursor = (await owner.get('/evidence?limit=1')).json().nextCursor;
    expect((await owner.get(`/evidence?q=ledger&cursor=${listCursor}`)).json().code).toBe('invalid_cursor');
  });
});
