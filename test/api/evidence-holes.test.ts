/**
 * Holes an outside review found in the evidence log, each pinned by a test that failed
 * before its fix: a delete or restore that lost a race, someone else's trash, and search
 * cursors for entries dated before 1970.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { evidenceRepository, type EvidenceRow } from '../../src/storage/repositories/evidence.repository.js';

describe.each(DIALECTS)('evidence holes on %s', (dialect) => {
  let t: TestApp;
  let owner: Caller;
  let other: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t.app);
    owner = await addPerson(admin, { name: 'Olu Owner', email: 'olu@example.com' });
    other = await addPerson(admin, { name: 'Oz Other', email: 'oz@example.com' });
  });
  afterAll(() => t?.close());

  const create = async (c: Caller, body: Record<string, unknown>): Promise<string> => {
    const r = await c.post('/evidence', body);
    expect(r.statusCode, r.body).toBe(201);
    return r.json<{ id: string }>().id;
  };

  /** The row as it was before a concurrent edit landed: what a racing request had read. */
  function readStale(id: string): void {
    const real = evidenceRepository.findById.bind(evidenceRepository);
    const spy = vi.spyOn(evidenceRepository, 'findById').mockImplementation(async (db, wanted) => {
      const row = await real(db, wanted);
      if (wanted !== id || !row) return row;
      spy.mockRestore(); // only the first read is stale
      return { ...row, version: row.version - 1 } satisfies EvidenceRow;
    });
  }

  it('a delete that lost a race to an edit answers 412 and the entry stays findable', async () => {
    const id = await create(owner, { title: 'Raced quokka entry', audience: [] });
    expect((await owner.patch(`/evidence/${id}`, { body: 'edited meanwhile' })).statusCode).toBe(200);
    readStale(id);
    const r = await owner.delete(`/evidence/${id}`);
    expect(r.statusCode).toBe(412);
    expect(r.json().code).toBe('precondition_failed');
    expect((await owner.get(`/evidence/${id}`)).statusCode).toBe(200);
    const found = (await owner.get('/evidence?q=quokka')).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(found).toContain(id);
  });

  it('a restore that lost a race answers 412 and leaves the entry in the trash', async () => {
    const id = await create(owner, { title: 'Raced wombat entry', audience: [] });
    expect((await owner.delete(`/evidence/${id}`)).statusCode).toBe(204);
    readStale(id);
    expect((await owner.post(`/evidence/${id}/restore`)).statusCode).toBe(412);
    expect((await owner.get(`/evidence/${id}`)).statusCode).toBe(404);
    const trash = (await owner.get('/evidence?deleted=true')).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(trash).toContain(id);
  });

  it("restoring or deleting someone else's trashed entry answers 404, as for one that does not exist", async () => {
    const id = await create(owner, { title: 'Shared then trashed', audience: ['org'] });
    expect((await other.get(`/evidence/${id}`)).statusCode).toBe(200);
    expect((await owner.delete(`/evidence/${id}`)).statusCode).toBe(204);
    const restore = await other.post(`/evidence/${id}/restore`);
    expect(restore.statusCode).toBe(404);
    expect(restore.json().code).toBe('not_found');
    expect((await other.delete(`/evidence/${id}`)).statusCode).toBe(404);
    expect((await other.patch(`/evidence/${id}`, { title: 'mine now' })).statusCode).toBe(404);
    // A visible live entry of someone else is still 403 to write: it exists for them.
    const live = await create(owner, { title: 'Shared and live', audience: ['org'] });
    expect((await other.patch(`/evidence/${live}`, { title: 'mine now' })).statusCode).toBe(403);
  });

  it('search pages through entries dated before 1970 on both dialects alike', async () => {
    const dates = ['1969-12-31', '1965-06-15', '1901-01-01', '1970-01-01', '2026-11-02'];
    const ids = new Set<string>();
    for (const d of dates) ids.add(await create(owner, { title: `Archive narwhal ${d}`, occurredOn: d, audience: [] }));
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page++) {
      const r = await owner.get(`/evidence?q=narwhal&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json<{ items: { id: string; occurredOn: string }[]; nextCursor: string | null }>();
      seen.push(...body.items.map((i) => i.occurredOn));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual([...dates].sort().reverse());
  });
});
