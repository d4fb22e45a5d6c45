/**
 * Admins keep accounts, never content (PRODUCT.md §4; issue 7): an admin cannot put people
 * under themselves by an account action; every change of a reporting line and every password
 * reset notifies the person; account changes go to an append-only audit log that admins read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, DEFAULT_PASSWORD, setupAdmin, signIn, type Caller, type TestApp } from '../support/app.js';
import { SELF_MANAGEMENT_CODE } from '../../src/core/people.js';

interface Entry {
  id: string;
  action: string;
  actorId: string | null;
  subjectId: string | null;
  summary: string;
  details: Record<string, unknown>;
  address: string | null;
  createdAt: string;
}

describe.each(DIALECTS)('admins keep accounts, never content, on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let second: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    second = await addPerson(admin, { name: 'Sam Second', email: 'sam@example.com', role: 'admin' });
  });
  afterEach(() => t.close());

  const expectSelfManagement = (res: { statusCode: number; json: () => { code: string; errors?: { pointer: string }[] } }, pointer: string) => {
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe(SELF_MANAGEMENT_CODE);
    expect(res.json().errors?.[0]?.pointer).toBe(pointer);
  };

  it('an admin cannot make themselves anyone’s manager: not by editing, creating or moving reports', async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    expectSelfManagement(await admin.patch(`/people/${bo.personId}`, { managerId: admin.personId }), '/managerId');
    expect((await admin.get(`/people/${bo.personId}`)).json().managerId).toBeNull();

    expectSelfManagement(
      await admin.post('/people', { name: 'Cy', email: 'cy@example.com', password: DEFAULT_PASSWORD, managerId: admin.personId }),
      '/managerId',
    );
    expect((await admin.get('/people?q=cy@example.com')).json().items).toEqual([]);

    const lead = await addPerson(admin, { name: 'Lead', email: 'lead@example.com' });
    await second.patch(`/people/${bo.personId}`, { managerId: lead.personId });
    expectSelfManagement(await admin.post(`/people/${lead.personId}/move-reports`, { toManagerId: admin.personId }), '/toManagerId');
    expect((await admin.get(`/people/${bo.personId}`)).json().managerId).toBe(lead.personId);
  });

  it('nor indirectly, above a report of their own; but a reporting line they already head may change', async () => {
    // Another admin makes Ada the manager of Mo: that is allowed.
    const mo = await addPerson(admin, { name: 'Mo', email: 'mo@example.com' });
    expect((await second.patch(`/people/${mo.personId}`, { managerId: admin.personId })).statusCode).toBe(200);
    const ic = await addPerson(admin, { name: 'Ic', email: 'ic@example.com' });
    // Ada may not put Ic under Mo (Ada would become Ic's skip-level manager)…
    expectSelfManagement(await admin.patch(`/people/${ic.personId}`, { managerId: mo.personId }), '/managerId');
    // …but Sam may, and after that Ada may move Ic within the line she already heads.
    expect((await second.patch(`/people/${ic.personId}`, { managerId: mo.personId })).statusCode).toBe(200);
    expect((await admin.patch(`/people/${ic.personId}`, { managerId: admin.personId })).statusCode).toBe(200);
    // Removing a manager never places anyone under the admin.
    const other = await addPerson(admin, { name: 'Other', email: 'other@example.com' });
    await second.patch(`/people/${other.personId}`, { managerId: mo.personId });
    expect((await admin.patch(`/people/${other.personId}`, { managerId: null })).statusCode).toBe(200);
  });

  it('a different admin may still set any reporting line, and cycles are still 400', async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const res = await second.patch(`/people/${bo.personId}`, { managerId: admin.personId });
    expect(res.statusCode).toBe(200);
    expect(res.json().managerId).toBe(admin.personId);
    const cyc = await admin.patch(`/people/${bo.personId}`, { managerId: bo.personId });
    expect(cyc.statusCode).toBe(400);
    expect(cyc.json().code).toBe('manager_cycle');
    // The same rule holds for every admin: Sam may not put Bo under Sam.
    expectSelfManagement(await second.patch(`/people/${bo.personId}`, { managerId: second.personId }), '/managerId');
  });

  it('the person hears of a new reporting line and of a password reset', async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const lead = await addPerson(admin, { name: 'Lee Lead', email: 'lee@example.com' });
    await admin.patch(`/people/${bo.personId}`, { managerId: lead.personId });
    await admin.patch(`/people/${bo.personId}`, { name: 'Bo B' }); // not a reporting line: no notice
    await admin.patch(`/people/${bo.personId}`, { managerId: null });
    let items = (await bo.get('/notifications')).json<{ items: { kind: string; text: string; actorId?: string }[] }>().items;
    expect(items.map((n) => n.kind)).toEqual(['reporting-line-changed', 'reporting-line-changed']);
    expect(items[1]).toMatchObject({ actorId: admin.personId, text: 'Ada Admin set your manager to Lee Lead.' });
    expect(items[0]?.text).toBe('Ada Admin removed your manager. You have no manager now.');

    await admin.post(`/people/${bo.personId}/password-reset`, { password: 'temporary password 1' });
    const fresh = await signIn(t.app, 'bo@example.com', 'temporary password 1');
    // The notice waits behind the password-change gate; once Bo has chosen a password, it is there.
    await fresh.post('/me/password', { currentPassword: 'temporary password 1', newPassword: 'my own password 22' });
    items = (await fresh.get('/notifications')).json<{ items: { kind: string; text: string }[] }>().items;
    expect(items[0]?.kind).toBe('password-reset');
    expect(items[0]?.text).toMatch(/^Ada Admin reset your password\./);
  });

  it('moving reports tells each person who moved', async () => {
    const lead = await addPerson(admin, { name: 'Lead', email: 'lead@example.com' });
    const next = await addPerson(admin, { name: 'Nia Next', email: 'nia@example.com' });
    const r1 = await addPerson(admin, { name: 'R1', email: 'r1@example.com', managerId: lead.personId });
    const r2 = await addPerson(admin, { name: 'R2', email: 'r2@example.com', managerId: lead.personId });
    expect((await admin.post(`/people/${lead.personId}/move-reports`, { toManagerId: next.personId })).json()).toEqual({ moved: 2 });
    for (const r of [r1, r2]) {
      const items = (await r.get('/notifications')).json<{ items: { kind: string; text: string }[] }>().items;
      expect(items[0]).toMatchObject({ kind: 'reporting-line-changed', text: 'Ada Admin set your manager to Nia Next.' });
    }
  });
});

describe.each(DIALECTS)('the audit log on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  const entries = async (c: Caller = admin): Promise<Entry[]> => (await c.get('/audit?limit=100')).json<{ items: Entry[] }>().items;

  it('records who did what to whom, when and from where, newest first', async () => {
    const before = new Date().toISOString();
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const lead = await addPerson(admin, { name: 'Lee Lead', email: 'lee@example.com' });
    await admin.patch(`/people/${bo.personId}`, { managerId: lead.personId });
    await admin.patch(`/people/${bo.personId}`, { role: 'admin' });
    await admin.patch(`/people/${bo.personId}`, { role: 'member', email: 'bo.b@example.com' });
    await admin.patch(`/people/${bo.personId}`, { active: false });
    await admin.patch(`/people/${bo.personId}`, { active: true });
    await admin.post(`/people/${bo.personId}/password-reset`, { password: 'temporary password 1' });
    await admin.post(`/people/${lead.personId}/move-reports`, { toManagerId: null });
    await admin.patch(`/people/${bo.personId}`, { name: 'Bo Renamed', timeZone: 'Europe/Berlin' }); // not audited

    const log = await entries();
    // Newest first; the entries one change writes together share a time.
    const groups: string[][] = [];
    let last = '';
    for (const e of log) {
      if (e.createdAt !== last) groups.push([]);
      groups[groups.length - 1]?.push(e.action);
      last = e.createdAt;
    }
    expect(groups.map((g) => g.sort())).toEqual([
      ['people.reports_moved', 'person.manager_changed'],
      ['person.password_reset'],
      ['person.reactivated'],
      ['person.deactivated'],
      ['person.email_changed', 'person.role_changed'],
      ['person.role_changed'],
      ['person.manager_changed'],
      ['person.created'],
      ['person.created'],
      ['person.created'],
    ]);
    const byAction = (a: string) => log.filter((e) => e.action === a);
    expect(byAction('person.created')).toHaveLength(3);
    expect(byAction('person.created').at(-1)).toMatchObject({ actorId: null, subjectId: admin.personId });
    expect(byAction('person.role_changed').map((e) => e.details)).toEqual([{ from: 'admin', to: 'member' }, { from: 'member', to: 'admin' }]);
    expect(byAction('person.email_changed')[0]?.details).toEqual({ from: 'bo@example.com', to: 'bo.b@example.com' });
    expect(byAction('person.manager_changed').map((e) => e.details)).toEqual([
      { from: lead.personId, to: null },
      { from: null, to: lead.personId },
    ]);
    expect(byAction('people.reports_moved')[0]).toMatchObject({ subjectId: lead.personId, details: { from: lead.personId, to: null, moved: 1 } });
    const reset = byAction('person.password_reset')[0] as Entry;
    expect(reset).toMatchObject({ actorId: admin.personId, subjectId: bo.personId, address: '127.0.0.1' });
    expect(reset.summary).toBe('Ada Admin reset the password of Bo; their sessions were signed out and their tokens revoked.');
    expect(byAction('person.deactivated')[0]?.summary).toBe('Ada Admin deactivated the account of Bo.');
    for (const e of log) {
      // All but set-up (before this test began) were written during it.
      if (e.actorId !== null) expect(e.createdAt >= before).toBe(true);
      expect(e.address).toBe('127.0.0.1');
    }
    const sorted = [...log].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
    expect(log.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('the address is the client’s, behind a trusted proxy too', async () => {
    const t2 = await createTestApp(dialect, { trustProxy: true });
    try {
      const a = await setupAdmin(t2.app);
      const bo = (await a.post('/people', { name: 'Bo', email: 'bo@example.com', password: DEFAULT_PASSWORD })).json<{ id: string }>();
      await a.request('POST', `/people/${bo.id}/password-reset`, { password: 'temporary password 1' }, { 'x-forwarded-for': '203.0.113.7' });
      const log = (await a.get('/audit')).json<{ items: Entry[] }>().items;
      expect(log[0]).toMatchObject({ action: 'person.password_reset', address: '203.0.113.7' });
    } finally {
      await t2.close();
    }
  });

  it('admins only: members get 403; pages by cursor; bad cursors are 400', async () => {
    const member = await addPerson(admin, { name: 'Mem', email: 'mem@example.com' });
    const denied = await member.get('/audit');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);

    for (let i = 0; i < 4; i++) await admin.patch(`/people/${member.personId}`, { role: i % 2 ? 'member' : 'admin' });
    const all = await entries();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: Entry[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
    expect((await admin.get('/audit?cursor=garbage!!')).json()).toMatchObject({ code: 'invalid_cursor' });
    expect((await admin.get('/audit?limit=101')).statusCode).toBe(400);
  });

  it('nobody can edit it: no route changes an entry, and the database refuses', async () => {
    await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const [entry] = await entries();
    const id = (entry as Entry).id;
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      for (const url of [`/audit/${id}`, '/audit']) {
        const res = await admin.request(method, url, method === 'DELETE' ? undefined : { summary: 'nothing happened' });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
    }
    expect((await admin.post('/audit', { action: 'person.created' })).statusCode).toBe(404);
    const db = t.services.storage.db;
    await expect(db.updateTable('audit_log').set({ summary: 'rewritten' }).where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    expect((await entries()).find((e) => e.id === id)?.summary).toBe((entry as Entry).summary);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    expect(Object.keys(doc.paths['/api/v1/audit'] ?? {})).toEqual(['get']);
  });
});
