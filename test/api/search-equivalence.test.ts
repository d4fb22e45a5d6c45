/**
 * Both databases return the same set of entries for the same query over the same data
 * (PRODUCT.md §8 "Search syntax"); only the order among equal ranks may differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

const WORDS = ['latency', 'ledger', 'migration', 'rollback', 'queue', 'kafka', 'schema', 'café', 'naïve', 'Über', 'p99', 'on-call', 'RFC-12', 'incident', 'review', 'billing', 'cache', 'shard', 'mentor', 'roadmap'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const QUERIES = ['ledger', 'latency p99', '"billing ledger"', 'migrat*', 'cafe', 'NAIVE', 'uber', 'on call', '"on-call review"', 'rfc 12', 'shard*', 'queue kafka schema', 'nothingmatches', 'AND', '"incident review" roll*', 'p9*', 'mentor roadmap', 'c*'];

describe.skipIf(!DIALECTS.includes('postgres'))('search equivalence between SQLite and PostgreSQL', () => {
  const apps: TestApp[] = [];
  const callers: Caller[] = [];
  beforeAll(async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const t = await createTestApp(dialect);
      apps.push(t);
      const admin = await setupAdmin(t.app);
      const me = await addPerson(admin, { name: 'Searcher', email: 'searcher@example.com' });
      const rand = seeded(42);
      for (let i = 0; i < 150; i++) {
        const pick = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        const res = await me.post('/evidence', { title: `${pick(3)} #${i}`, body: `${pick(12)}. ${pick(8)}!`, occurredOn: `2026-0${1 + (i % 9)}-1${i % 10}` });
        expect(res.statusCode).toBe(201);
      }
      callers.push(me);
    }
  });
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it.each(QUERIES)('%s', async (q) => {
    const sets: string[][] = [];
    for (const c of callers) {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await c.get(`/evidence?q=${encodeURIComponent(q)}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode).toBe(200);
        const page = res.json<{ items: { title: string }[]; nextCursor: string | null }>();
        all.push(...page.items.map((i) => i.title));
        cursor = page.nextCursor;
      } while (cursor);
      sets.push(all.sort());
    }
    expect(sets[0]).toEqual(sets[1]);
  });

  it('the seeded data gives the queries something to find', async () => {
    const res = await callers[0]?.get('/evidence?q=ledger&limit=100');
    expect(res?.json().items.length).toBeGreaterThan(10);
  });
});
