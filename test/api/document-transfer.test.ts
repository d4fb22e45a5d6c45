/**
 * Documents as files through the routes and the real database, on both dialects: the export
 * → import into an empty database → export round trip is byte-identical; Nygard and MADR
 * folders keep numbers, dates, statuses and supersedes links (both ways); a number in use is
 * renumbered with a warning; a dry run writes nothing; a second import skips; a broken file
 * refuses the whole import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, type Caller, type TestApp } from '../support/app.js';
import { callerFor, makePerson } from '../support/factories.js';

interface File {
  path: string;
  content: string;
}
interface Answer {
  imported: number;
  skipped: number;
  warnings: { path: string; message: string }[];
  documents: { id: string; key: string; title: string; status: string }[];
}

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every file under `dir`, with paths relative to it, in name order. */
function folder(dir: string): File[] {
  const root = join(FIXTURES, dir);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(root)
    .sort()
    .map((p) => ({ path: relative(root, p), content: readFileSync(p, 'utf8') }));
}

const EXPORT = folder('documents/export');

describe.each(DIALECTS)('documents as files on %s', (dialect) => {
  let t: TestApp;
  let ana: Caller;
  let bo: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    ana = await callerFor(t.app, t.db.storage, await makePerson(t.db.storage, { name: 'Ana', defaultAudience: ['org'] }));
    bo = await callerFor(t.app, t.db.storage, await makePerson(t.db.storage, { name: 'Bo' }));
  });
  afterEach(() => t.close());

  const importAs = async (who: Caller, files: File[], dryRun?: boolean): Promise<Answer> => {
    const res = await who.post('/documents/import', { files, ...(dryRun !== undefined && { dryRun }) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Answer>();
  };
  const exportOf = async (who: Caller): Promise<File[]> => {
    const res = await who.get('/documents/export');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ files: File[] }>().files;
  };
  const rows = (ownerId: string) => t.db.storage.db.selectFrom('documents').selectAll().where('owner_id', '=', ownerId).orderBy('kind').orderBy('number').execute();

  it('export → import into an empty database → export is byte-identical', async () => {
    // The fixture is an export: every kind, a trade-off with a matrix, a supersedes pair, unicode
    // and YAML-looking titles, a body with `---` lines, an empty body, an empty audience.
    const first = await importAs(ana, EXPORT);
    expect(first).toMatchObject({ imported: 8, skipped: 0, warnings: [] });
    const exported = await exportOf(ana);
    expect(exported).toEqual(EXPORT);

    const other = await createTestApp(dialect);
    try {
      const cy = await callerFor(other.app, other.db.storage, await makePerson(other.db.storage, { name: 'Cy' }));
      expect(await importAs(cy, exported)).toMatchObject({ imported: 8, skipped: 0, warnings: [] });
      const again = (await cy.get('/documents/export')).json<{ files: File[] }>().files;
      expect(again).toEqual(exported);
      for (const f of again) expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n')).toBe(true);
    } finally {
      await other.close();
    }

    const stored = await rows(ana.personId);
    const adr1 = stored.find((r) => r.kind === 'adr' && r.number === 1);
    const adr2 = stored.find((r) => r.kind === 'adr' && r.number === 2);
    expect(adr1?.superseded_by_id).toBe(adr2?.id);
    expect(adr2?.supersedes_id).toBe(adr1?.id);
    const rfc = stored.find((r) => r.kind === 'rfc');
    expect(rfc).toMatchObject({ number: 7, status: 'in-review', review_deadline: '2026-12-15', created_at: '2026-05-11T09:30:00.000Z', revision: 1 });
    expect(JSON.parse(stored.find((r) => r.kind === 'migration-plan')?.audience ?? '')).toEqual([]);
    const revisions = await t.db.storage.db.selectFrom('document_revisions').selectAll().where('document_id', '=', rfc?.id ?? '').execute();
    expect(revisions).toEqual([expect.objectContaining({ revision: 1, body: rfc?.body, title: rfc?.title, author_id: ana.personId })]);
    // The counters moved up to the kept numbers: the next RFC is 8.
    const counter = await t.db.storage.db.selectFrom('document_numbers').selectAll().where('kind', '=', 'rfc').executeTakeFirst();
    expect(counter?.last_number).toBe(7);
  });

  it('documents written through the API survive the round trip, and read back through the API', async () => {
    const create = async (body: Record<string, unknown>) => {
      const res = await ana.post('/documents', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string; key: string }>();
    };
    const move = async (id: string, to: string, supersededBy?: string) => {
      const version = (await ana.get(`/documents/${id}`)).headers.etag as string;
      const res = await ana.request('POST', `/documents/${id}/transitions`, { to, ...(supersededBy && { supersededBy }) }, { 'if-match': version });
      expect(res.statusCode, res.body).toBe(200);
    };
    const older = await create({ kind: 'adr', title: 'Use Kafka' });
    const newer = await create({ kind: 'adr', title: 'Use the managed bus: “ordering per key”', audience: [] });
    for (const d of [older, newer]) {
      await move(d.id, 'in-review');
      await move(d.id, 'approved');
    }
    await move(older.id, 'superseded', newer.id);
    await create({ kind: 'rfc', title: 'Ünïcode ✓ 事件', body: '---\nnot: front matter\n---\n\n## Summary\n\ntext\n', reviewDeadline: '2027-01-31' });
    await create({
      kind: 'trade-off',
      title: 'SQS or RabbitMQ',
      matrix: { options: [{ id: 'a', name: 'SQS' }, { id: 'b', name: 'RabbitMQ' }], criteria: [{ id: 'c', name: 'Cost', weight: 1 }], scores: { a: { c: 2 } }, chosen: { optionId: 'b', reason: '' } },
    });
    for (const kind of ['design-doc', 'migration-plan', 'incident-review', 'roadmap-input']) await create({ kind, title: `A ${kind}` });

    const exported = await exportOf(ana);
    expect(exported).toHaveLength(8);
    expect(exported.find((f) => f.path === `${older.key.toLowerCase()}-use-kafka.md`)?.content).toContain(`status: superseded\naudience:\n  - org\nsupersedes: null\nsupersededBy: ${newer.key}\n`);

    const other = await createTestApp(dialect);
    try {
      const cy = await callerFor(other.app, other.db.storage, await makePerson(other.db.storage, { name: 'Cy' }));
      expect(await importAs(cy, exported)).toMatchObject({ imported: 8, skipped: 0, warnings: [] });
      expect((await cy.get('/documents/export')).json<{ files: File[] }>().files).toEqual(exported);
      const read = (await cy.get(`/documents/${newer.id}`)).json<{ key: string; supersedes: string; ownerId: string; revision: number; audience: string[] }>();
      expect(read).toMatchObject({ key: newer.key, supersedes: older.id, ownerId: cy.personId, revision: 1, audience: [] });
      const revisions = (await cy.get(`/documents/${newer.id}/revisions`)).json<{ items: { revision: number; authorId: string }[] }>().items;
      expect(revisions).toEqual([expect.objectContaining({ revision: 1, authorId: cy.personId })]);
      const tradeOff = (await cy.get('/documents?kind=trade-off')).json<{ items: { ranking: { optionId: string; rank: number }[] }[] }>().items[0];
      expect(tradeOff?.ranking.map((r) => [r.optionId, r.rank])).toEqual([['a', 1], ['b', 2]]);
      // A new document after the import takes the number after the kept ones.
      const next = (await cy.post('/documents', { kind: 'adr', title: 'Next' })).json<{ key: string }>();
      expect(next.key).toBe('ADR-0003');
    } finally {
      await other.close();
    }
  });

  it('a Nygard folder keeps numbers, dates, statuses and links; the audience is the importer’s default', async () => {
    const answer = await importAs(ana, folder('adr/nygard'));
    expect(answer.imported).toBe(3);
    expect(answer.documents.map((d) => [d.key, d.status])).toEqual([
      ['ADR-0001', 'approved'],
      ['ADR-0002', 'superseded'],
      ['ADR-0003', 'approved'],
    ]);
    expect(answer.warnings).toEqual([{ path: 'doc/adr/notes.txt', message: 'doc/adr/notes.txt: not a Markdown file (.md); skipped.' }]);
    const [one, two, three] = await rows(ana.personId);
    expect(one).toMatchObject({ title: 'Record architecture decisions', created_at: '2025-03-04T00:00:00.000Z', updated_at: '2025-03-04T00:00:00.000Z', audience: '["org"]', aud_org: 1 });
    expect(two).toMatchObject({ superseded_by_id: three?.id, supersedes_id: null, created_at: '2025-06-10T00:00:00.000Z' });
    expect(three).toMatchObject({ supersedes_id: two?.id, superseded_by_id: null, approved_at: '2026-02-01T00:00:00.000Z' });
    expect(one?.body.startsWith('## Status\n\nAccepted')).toBe(true);
  });

  it('a MADR folder: statuses mapped, a link named on one side set on both, unreadable records are warnings', async () => {
    const answer = await importAs(bo, folder('adr/madr'));
    expect(answer.imported).toBe(3);
    expect(answer.documents.map((d) => [d.key, d.status])).toEqual([
      ['ADR-0001', 'approved'],
      ['ADR-0002', 'superseded'],
      ['ADR-0003', 'in-review'],
    ]);
    expect(answer.warnings.map((w) => w.path)).toEqual(['docs/decisions/0004-broken.md', 'docs/decisions/0005-unknown-status.md']);
    const [, two, three] = await rows(bo.personId);
    // Only 0002 names the link ("superseded by"); 0003 gets `supersedes` too.
    expect(two?.superseded_by_id).toBe(three?.id);
    expect(three?.supersedes_id).toBe(two?.id);
    expect(JSON.parse(two?.audience ?? '')).toEqual(['manager']);
  });

  it('a number another document has takes the next free one, with a warning naming the file; links follow', async () => {
    await importAs(ana, folder('adr/nygard'));
    const answer = await importAs(bo, folder('adr/madr'));
    expect(answer.documents.map((d) => d.key)).toEqual(['ADR-0004', 'ADR-0005', 'ADR-0006']);
    expect(answer.warnings).toEqual(
      expect.arrayContaining([
        { path: 'docs/decisions/0001-use-madr.md', message: 'docs/decisions/0001-use-madr.md: ADR-0001 is taken by another document here; imported as ADR-0004.' },
        { path: 'docs/decisions/0002-one-rate-limiter.md', message: 'docs/decisions/0002-one-rate-limiter.md: ADR-0002 is taken by another document here; imported as ADR-0005.' },
      ]),
    );
    const [, five, six] = await rows(bo.personId);
    expect([five?.number, six?.number]).toEqual([5, 6]);
    expect(five?.superseded_by_id).toBe(six?.id);
    expect(six?.supersedes_id).toBe(five?.id);
    // A free number is kept even when an earlier one clashed.
    const exported = (await importAs(bo, [{ path: 'doc/adr/0009-later.md', content: '# 9. Later\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n' }])).documents;
    expect(exported.map((d) => d.key)).toEqual(['ADR-0009']);
  });

  it('a dry run answers as the import would and writes nothing', async () => {
    await importAs(ana, folder('adr/nygard'));
    const dry = await importAs(bo, [...folder('adr/madr'), ...EXPORT], true);
    const real = await importAs(bo, [...folder('adr/madr'), ...EXPORT], false);
    expect(dry.imported).toBe(11);
    expect({ ...dry, documents: dry.documents.map(({ id: _id, ...d }) => d) }).toEqual({ ...real, documents: real.documents.map(({ id: _id, ...d }) => d) });
    const other = await createTestApp(dialect);
    try {
      const cy = await callerFor(other.app, other.db.storage, await makePerson(other.db.storage, { name: 'Cy' }));
      await importAs(cy, EXPORT, true);
      expect(await other.db.storage.db.selectFrom('documents').selectAll().execute()).toEqual([]);
      expect(await other.db.storage.db.selectFrom('document_revisions').selectAll().execute()).toEqual([]);
      const counters = await other.db.storage.db.selectFrom('document_numbers').select('last_number').execute();
      expect(counters.every((c) => Number(c.last_number) === 0)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('importing twice creates nothing twice', async () => {
    expect((await importAs(ana, [...EXPORT, ...folder('adr/nygard')])).imported).toBe(11);
    // The export's ADR-0001/0002 took those numbers; the Nygard records 1 and 2 were renumbered.
    const twice = await importAs(ana, [...EXPORT, ...folder('adr/nygard')]);
    expect(twice).toMatchObject({ imported: 0, skipped: 11, documents: [] });
    expect(twice.warnings).toContainEqual({
      path: 'doc/adr/0001-record-architecture-decisions.md',
      message: 'doc/adr/0001-record-architecture-decisions.md: it is your ADR-0004 already (imported before); skipped.',
    });
    // Bo importing Ana's export: the ids exist, so nothing is created.
    expect(await importAs(bo, EXPORT)).toMatchObject({ imported: 0, skipped: 8 });
    expect(await rows(bo.personId)).toEqual([]);
  });

  it('a broken export refuses the whole import, naming the file, its line and /files/N', async () => {
    const broken = EXPORT.map((f, i) => (i === 2 ? { ...f, content: f.content.replace('status: approved', 'status: done') } : f));
    const res = await ana.post('/documents/import', { files: broken });
    expect(res.statusCode).toBe(400);
    const problem = res.json<{ code: string; errors: { pointer: string; message: string }[] }>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([{ pointer: '/files/2/content', message: `${EXPORT[2]?.path}:6: \`status\` must be one of draft, in-review, approved, rejected, superseded, abandoned.` }]);
    expect(await rows(ana.personId)).toEqual([]);

    const yaml = await ana.post('/documents/import', { files: [{ path: 'x.md', content: '---\nkind: rfc\ntitle: [unclosed\n---\nbody\n' }] });
    expect(yaml.statusCode).toBe(400);
    expect(yaml.json().errors[0]).toMatchObject({ pointer: '/files/0/content', message: expect.stringMatching(/^x\.md:\d+: the front matter is not valid YAML/) });
    const shape = await ana.post('/documents/import', { files: [{ path: 'x.md' }] });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().errors[0].pointer).toMatch(/^\/files\/0/);
  });

  it('the export holds only the caller’s own documents and wins over /documents/:id', async () => {
    await importAs(ana, EXPORT);
    expect((await exportOf(ana)).map((f) => f.path)).toEqual(EXPORT.map((f) => f.path));
    expect(await exportOf(bo)).toEqual([]);
  });
});
