/**
 * The Markdown round trip through the real service and database: export → import into an
 * empty database → export again is byte-identical; importing twice creates nothing twice;
 * a brag document is previewed, then imported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

const ENTRIES = [
  { title: 'Cut checkout p99 from 800 ms to 200 ms', occurredOn: '2026-01-14', dimensions: ['impact'], impact: 'performance', teams: ['Checkout', 'Payments'], metrics: [{ name: 'checkout p99', unit: 'ms', before: 800, after: 200, change: -75 }] },
  { title: 'RFC: one ledger for refunds', occurredOn: '2026-01-30', body: '## Problem\n\nTwo ledgers disagree.\n\n---\n\n<!-- staffpath:entry -->\n```sql\nselect 1;\n```\n', dimensions: ['direction', 'communication'], links: ['https://example.com/rfc/7'], audience: ['org'] },
  { title: 'key: value "quoted" #hash', occurredOn: '2026-04-02', body: 'Trailing spaces   \n\n\n', audience: [] },
  { title: 'Mentored Ana through her first design review', occurredOn: '2026-07-19', dimensions: ['mentoring'], audience: ['mentors', 'manager'] },
  { title: 'Café naïve Ünïcode ✓', occurredOn: '2025-12-31', impact: 'risk' },
];

describe.each(DIALECTS)('evidence export and import on %s', (dialect) => {
  let first: TestApp;
  let second: TestApp;
  let author: Caller;
  beforeEach(async () => {
    first = await createTestApp(dialect);
    second = await createTestApp(dialect);
    const admin = await setupAdmin(first.app);
    author = await addPerson(admin, { name: 'Writer', email: 'writer@example.com' });
    for (const e of ENTRIES) expect((await author.post('/evidence', e)).statusCode).toBe(201);
  });
  afterEach(async () => {
    await first.close();
    await second.close();
  });

  it.each(['month', 'quarter', 'year'])('export → import into an empty database → export is byte-identical (%s)', async (period) => {
    const exported = (await author.get(`/evidence/export?period=${period}`)).json<{ files: { path: string; content: string }[] }>().files;
    expect(exported.length).toBeGreaterThan(0);
    const other = await setupAdmin(second.app, 'other@example.com');
    const dry = await other.post('/evidence/import?dryRun=true', { format: 'staffpath', files: exported });
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0 });
    expect(dry.json().entries).toHaveLength(ENTRIES.length);
    expect((await other.get('/evidence')).json().items).toEqual([]);
    const imported = await other.post('/evidence/import', { format: 'staffpath', files: exported });
    expect(imported.json()).toMatchObject({ created: ENTRIES.length, skipped: [] });
    const again = (await other.get(`/evidence/export?period=${period}`)).json<{ files: { path: string; content: string }[] }>().files;
    expect(again).toEqual(exported);
    // Importing twice creates nothing twice.
    const twice = await other.post('/evidence/import', { format: 'staffpath', files: exported });
    expect(twice.json()).toMatchObject({ created: 0 });
    expect(twice.json().skipped).toHaveLength(ENTRIES.length);
    const items = (await other.get('/evidence?limit=100')).json().items;
    expect(items).toHaveLength(ENTRIES.length);
    expect(items.every((i: { source: string; ownerId: string }) => i.source === 'import' && i.ownerId === other.personId)).toBe(true);
  });

  it('a broken file is refused whole, naming the file and line', async () => {
    const exported = (await author.get('/evidence/export')).json().files as { path: string; content: string }[];
    const broken = exported.map((f, i) => (i === 0 ? { ...f, content: f.content.replace(/occurredOn: \S+/, 'occurredOn: 2026-13-45') } : f));
    const other = await setupAdmin(second.app, 'other@example.com');
    const res = await other.post('/evidence/import', { format: 'staffpath', files: broken });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(new RegExp(`^${exported[0]?.path}:\\d+: `));
    expect((await other.get('/evidence')).json().items).toEqual([]);
  });

  it('imports a plain brag document after a preview, suggesting metrics', async () => {
    const markdown = [
      '# My brag document',
      '',
      '## November 2026',
      '- Cut checkout p99 from 800 ms to 200 ms',
      '- Wrote the RFC for the shared ledger',
      '  - reviewed by three teams',
      '',
      '## Q3 2026',
      '- 2026-08-14: Ran the incident review for the payments outage',
    ].join('\n');
    const other = await setupAdmin(second.app, 'other@example.com');
    const preview = await other.post('/evidence/import?dryRun=true', { format: 'brag', markdown });
    expect(preview.statusCode).toBe(200);
    const entries = preview.json().entries as { title: string; occurredOn: string; metrics: unknown[] }[];
    expect(entries.map((e) => [e.occurredOn, e.title])).toEqual([
      ['2026-11-01', 'Cut checkout p99 from 800 ms to 200 ms'],
      ['2026-11-01', 'Wrote the RFC for the shared ledger'],
      ['2026-08-14', 'Ran the incident review for the payments outage'],
    ]);
    expect(entries[0]?.metrics).toEqual([{ name: 'checkout p99', unit: 'ms', before: 800, after: 200, change: -75 }]);
    expect((await other.get('/evidence')).json().items).toEqual([]);
    expect((await other.post('/evidence/import', { format: 'brag', markdown })).json().created).toBe(3);
    expect((await other.get('/evidence?q=ledger')).json().items[0].body).toContain('reviewed by three teams');
  });
});
