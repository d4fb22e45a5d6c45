/**
 * Every date the API takes is a real calendar date (issue 7): a table of bad dates, sent to
 * each date parameter and field, answers 400 validation_failed naming that field; good ones,
 * the leap day included, are accepted. One app per dialect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

const BAD = ['2025-13-01', '2026-02-30', '2023-02-29', '2026-1-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-01-01T00:00:00Z', ''];
const GOOD = ['2024-02-29', '2026-12-31', '2000-02-29', '1969-07-20'];

interface Problem {
  code: string;
  errors?: { pointer: string; message: string; in?: string }[];
}

/** A field as the API names it: body fields by JSON Pointer, query parameters by name with `in: query`. */
type Field = { pointer: string; in?: 'query' };

function expectNamed(res: LightMyRequestResponse, field: Field, label: string): void {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBe(400);
  const p = res.json<Problem>();
  expect(p.code, label).toBe('validation_failed');
  const named = (p.errors ?? []).find((e) => e.pointer === field.pointer);
  expect(named, `${label} names ${field.pointer}: ${res.body.slice(0, 300)}`).toBeDefined();
  if (field.in) expect(named?.in, label).toBe(field.in);
  else expect(named?.in, label).toBeUndefined();
  // Only the date is wrong: no other field is blamed.
  expect((p.errors ?? []).map((e) => e.pointer), label).toEqual([field.pointer]);
}

describe.each(DIALECTS)('calendar dates on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let entryId: string;

  /** Each date the API takes, with the request that carries `date` and how the error names it. */
  const PLACES: { name: string; field: Field; send: (date: string) => Promise<LightMyRequestResponse> }[] = [
    { name: 'GET /evidence?from', field: { pointer: 'from', in: 'query' }, send: (d) => admin.get(`/evidence?from=${encodeURIComponent(d)}`) },
    { name: 'GET /evidence?to', field: { pointer: 'to', in: 'query' }, send: (d) => admin.get(`/evidence?to=${encodeURIComponent(d)}`) },
    { name: 'GET /evidence?q&from', field: { pointer: 'from', in: 'query' }, send: (d) => admin.get(`/evidence?q=ledger&from=${encodeURIComponent(d)}`) },
    { name: 'POST /evidence occurredOn', field: { pointer: '/occurredOn' }, send: (d) => admin.post('/evidence', { title: 'Dated', occurredOn: d }) },
    { name: 'PATCH /evidence/:id occurredOn', field: { pointer: '/occurredOn' }, send: (d) => admin.patch(`/evidence/${entryId}`, { occurredOn: d }) },
    {
      name: 'POST /evidence/import brag today',
      field: { pointer: '/today' },
      send: (d) => admin.post('/evidence/import?dryRun=true', { format: 'brag', markdown: '# Brag\n\n## November\n\n- Shipped the ledger\n', today: d }),
    },
  ];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    const created = await admin.post('/evidence', { title: 'Moved the ledger', occurredOn: '2026-03-01' });
    expect(created.statusCode).toBe(201);
    entryId = created.json<{ id: string }>().id;
  });
  afterAll(() => t?.close());

  it('refuses a date that is not on the calendar, naming the field', async () => {
    for (const place of PLACES) {
      for (const bad of BAD) expectNamed(await place.send(bad), place.field, `${place.name} = ${JSON.stringify(bad)}`);
    }
  });

  it('accepts real dates, the leap day included', async () => {
    for (const place of PLACES) {
      for (const good of GOOD) {
        const res = await place.send(good);
        expect(res.statusCode, `${place.name} = ${good}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
      }
    }
  });

  it('keeps the date it was given and filters by it inclusively', async () => {
    const leap = await admin.post('/evidence', { title: 'Leap day entry', occurredOn: '2024-02-29' });
    expect(leap.json<{ occurredOn: string }>().occurredOn).toBe('2024-02-29');
    const list = await admin.get('/evidence?from=2024-02-29&to=2024-02-29');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { title: string }[] }>().items.map((i) => i.title)).toContain('Leap day entry');
  });

  it('refuses a bad date in an imported file, pointing at the file and line', async () => {
    expect((await admin.post('/evidence', { title: 'Exported once', occurredOn: '2025-03-01' })).statusCode).toBe(201);
    const files = (await admin.get('/evidence/export')).json<{ files: { path: string; content: string }[] }>().files;
    const file = files.find((f) => f.path.startsWith('2025-03'));
    expect(file).toBeDefined();
    const content = (file?.content ?? '').replace('occurredOn: 2025-03-01', 'occurredOn: 2026-02-30');
    const line = content.split('\n').indexOf('occurredOn: 2026-02-30') + 1;
    const res = await admin.post('/evidence/import?dryRun=true', { format: 'staffpath', files: [{ path: file?.path ?? '', content }] });
    expect(res.statusCode, res.body).toBe(400);
    const p = res.json<Problem>();
    expect(p.code).toBe('validation_failed');
    expect(p.errors?.[0]?.pointer).toBe('/files/0');
    expect(p.errors?.[0]?.message).toContain(`${file?.path ?? ''}:${line}: \`occurredOn\` must be a real date`);
  });

  it('refuses a time zone that does not exist', async () => {
    for (const zone of ['Mars/Olympus', '', 'UTC\u0000', ' Europe/Berlin']) {
      const res = await admin.patch('/me', { timeZone: zone });
      expect(res.statusCode, `${JSON.stringify(zone)}: ${res.body}`).toBe(400);
      expect(res.json<Problem>().errors?.[0]?.pointer).toBe('/timeZone');
    }
    expect((await admin.patch('/me', { timeZone: 'Europe/Berlin' })).statusCode).toBe(200);
  });
});
