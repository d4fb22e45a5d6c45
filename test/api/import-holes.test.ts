/**
 * Two holes of the evidence import, through the API on both dialects:
 *
 * - an import (preview or real) must not tell whether an id is taken by someone else's entry:
 *   the answer for a foreign id is the answer for a free one, and importing it twice still
 *   creates it once;
 * - ids in an import must have the product's id form; anything else is a 400 naming the file
 *   and line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { evidenceIdsRepository } from '../../src/storage/repositories/evidence-ids.repository.js';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

const MARKER = '<!-- staffpath:entry -->';

function entryFile(id: string, title = 'Ran the payments incident review', path = '2026-11.md'): { path: string; content: string } {
  return { path, content: `${MARKER}\n---\nid: ${id}\noccurredOn: 2026-11-02\ntitle: ${title}\naudience: [manager]\n---\nWhat happened and what changed.\n` };
}

/** The answer with the id written as ID, so that answers about two ids can be compared. */
function normalised(body: unknown, id: string): string {
  return JSON.stringify(body).replaceAll(id, 'ID');
}

describe.each(DIALECTS)('evidence import holes on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let alice: Caller;
  let bob: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    alice = await addPerson(admin, { name: 'Alice', email: 'alice@example.com' });
    bob = await addPerson(admin, { name: 'Bob', email: 'bob@example.com' });
  });
  afterEach(async () => {
    await t.close();
  });

  describe("someone else's id", () => {
    let foreign: string;
    let free: string;
    beforeEach(async () => {
      const res = await alice.post('/evidence', { title: 'Private: the reorg plan', occurredOn: '2026-10-01', audience: [] });
      expect(res.statusCode).toBe(201);
      foreign = res.json().id as string;
      free = newId();
    });

    async function answers(caller: Caller, id: string, dryRun: boolean) {
      const res = await caller.post(`/evidence/import${dryRun ? '?dryRun=true' : ''}`, { format: 'staffpath', files: [entryFile(id)] });
      expect(res.statusCode).toBe(200);
      return normalised(res.json(), id);
    }

    it('the preview for a foreign id is the preview for a free one', async () => {
      const forFree = await answers(bob, free, true);
      expect(JSON.parse(forFree)).toMatchObject({ dryRun: true, created: 0, skipped: [], entries: [{ id: 'ID', title: 'Ran the payments incident review' }] });
      expect(await answers(bob, foreign, true)).toBe(forFree);
      // Trashed, the foreign entry still tells nothing.
      expect((await alice.delete(`/evidence/${foreign}`)).statusCode).toBe(204);
      expect(await answers(bob, foreign, true)).toBe(forFree);
    });

    it('a real import of a foreign id answers like a free one, stores a new id, and twice creates it once', async () => {
      const other = await setupOther();
      const forFree = await answers(other, free, false);
      expect(JSON.parse(forFree)).toMatchObject({ dryRun: false, created: 1, skipped: [] });
      const forForeign = await answers(bob, foreign, false);
      expect(forForeign).toBe(forFree);

      // Bob's copy lives under an id of the product's form that is not Alice's.
      const mine = (await bob.get('/evidence?owner=me')).json().items as { id: string; ownerId: string; title: string }[];
      expect(mine).toHaveLength(1);
      expect(mine[0]?.id).not.toBe(foreign);
      expect(mine[0]?.id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
      expect(mine[0]).toMatchObject({ ownerId: bob.personId, title: 'Ran the payments incident review' });
      // Alice's entry is untouched and still hers alone.
      expect((await alice.get(`/evidence/${foreign}`)).json()).toMatchObject({ ownerId: alice.personId, title: 'Private: the reorg plan' });
      expect((await bob.get(`/evidence/${foreign}`)).statusCode).toBe(404);

      // Importing again: skipped as already there, in the same words as for a free id.
      const againFree = await answers(other, free, false);
      expect(JSON.parse(againFree)).toMatchObject({ created: 0, skipped: [{ id: 'ID', reason: 'already in your evidence log' }] });
      expect(await answers(bob, foreign, false)).toBe(againFree);
      expect(await answers(bob, foreign, true)).toBe(await answers(other, free, true));
      expect((await bob.get('/evidence?owner=me')).json().items).toHaveLength(1);

      // Bob's export of his copy imports back as already there.
      const exported = (await bob.get('/evidence/export')).json().files as { path: string; content: string }[];
      expect((await bob.post('/evidence/import', { format: 'staffpath', files: exported })).json()).toMatchObject({ created: 0, skipped: [{ reason: 'already in your evidence log' }] });
    });

    it("a foreign id and the importer's own ids in one file", async () => {
      const own = (await bob.post('/evidence', { title: 'Mine already', occurredOn: '2026-11-01' })).json().id as string;
      const files = [{ path: '2026-11.md', content: [entryFile(foreign, 'First').content, entryFile(own, 'Second').content, entryFile(free, 'Third').content].join('\n') }];
      const res = await bob.post('/evidence/import', { format: 'staffpath', files });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ created: 2, skipped: [{ id: own, reason: 'already in your evidence log', source: '2026-11.md:12' }] });
      expect(res.json().entries.map((e: { id: string; source: string }) => [e.id, e.source])).toEqual([
        [foreign, '2026-11.md:3'],
        [free, '2026-11.md:21'],
      ]);
      const titles = ((await bob.get('/evidence?owner=me')).json().items as { title: string }[]).map((e) => e.title).sort();
      expect(titles).toEqual(['First', 'Mine already', 'Third']);
    });

    it('two people importing the same free id at once both succeed, in the same words', async () => {
      const carol = await setupOther();
      const [a, b] = await Promise.all([bob, carol].map((c) => c.post('/evidence/import', { format: 'staffpath', files: [entryFile(free)] })));
      expect([a?.statusCode, b?.statusCode]).toEqual([200, 200]);
      expect(a?.json()).toEqual(b?.json());
      expect(a?.json()).toMatchObject({ created: 1, skipped: [] });
      const ids: (string | undefined)[] = [];
      for (const c of [bob, carol]) {
        const items = (await c.get('/evidence?owner=me')).json().items as { id: string }[];
        expect(items).toHaveLength(1);
        ids.push(items[0]?.id);
      }
      expect(ids).toContain(free);
      expect(new Set(ids).size).toBe(2);
    });

    it('an id taken between the plan and the write is planned again, not a 500', async () => {
      // The plan sees the foreign id as free (as if Alice's entry landed just after it looked).
      const spy = vi.spyOn(evidenceIdsRepository, 'taken').mockImplementationOnce(async () => ({ own: new Set(), others: new Set() }));
      try {
        const res = await bob.post('/evidence/import', { format: 'staffpath', files: [entryFile(foreign)] });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ created: 1, skipped: [] });
        expect(spy).toHaveBeenCalledTimes(2);
      } finally {
        spy.mockRestore();
      }
      const mine = (await bob.get('/evidence?owner=me')).json().items as { id: string }[];
      expect(mine.map((e) => e.id)).not.toContain(foreign);
      expect(mine).toHaveLength(1);
    });

    /** A second importer on the same installation, for comparing answers about a free id. */
    async function setupOther(): Promise<Caller> {
      return addPerson(admin, { name: 'Carol', email: 'carol@example.com' });
    }
  });

  describe('the form of ids', () => {
    const valid = newId();
    const bad: [string, string][] = [
      ['a path', 'a/b/../c'],
      ['HTML', '"<img src=x onerror=alert(1)>"'],
      ['5,000 characters', 'a'.repeat(5_000)],
      ['upper case', valid.toUpperCase()],
      ['25 characters', valid.slice(0, 25)],
      ['27 characters', `${valid}0`],
      ['a letter outside the alphabet', `${valid.slice(0, 25)}u`],
    ];
    it('refuses any other id, naming the file and line, and writes nothing', async () => {
      for (const [name, id] of bad) {
        for (const dryRun of [true, false]) {
          const res = await bob.post(`/evidence/import${dryRun ? '?dryRun=true' : ''}`, { format: 'staffpath', files: [entryFile(valid, 'Fine', '2026-10.md'), entryFile(id)] });
          expect(res.statusCode, name).toBe(400);
          expect(res.json(), name).toMatchObject({ code: 'validation_failed' });
          expect(res.json().errors, name).toEqual([{ pointer: '/files/1', message: '2026-11.md:3: `id` must be a staffpath id: 26 characters, digits and lower-case letters other than i, l, o and u.' }]);
          expect(res.body, name).not.toContain('<img');
        }
      }
      expect((await bob.get('/evidence?owner=me')).json().items).toEqual([]);
    });

    it('accepts the ids the product makes', async () => {
      const res = await bob.post('/evidence/import', { format: 'staffpath', files: [entryFile(valid)] });
      expect(res.json()).toMatchObject({ created: 1 });
      expect((await bob.get(`/evidence/${valid}`)).json()).toMatchObject({ id: valid, source: 'import' });
    });
  });
});
