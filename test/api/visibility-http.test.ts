/**
 * PRODUCT.md §4 through HTTP, for every read path that exists: GET by id, the list with each
 * `owner=` form, search, readiness, the plan, notifications and export. The organisation is
 * built for real (reporting lines two deep, mentorships active, proposed and ended, an admin);
 * each viewer signs in and asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { anonymous, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { buildSection4Org, type Section4Who } from '../support/section4-org.js';

type Who = Section4Who;
type Aud = 'private' | 'manager' | 'mentors' | 'org' | 'manager+mentors';

const AUDIENCE: Record<Aud, string[]> = { private: [], manager: ['manager'], mentors: ['mentors'], org: ['org'], 'manager+mentors': ['manager', 'mentors'] };
/** Each entry is tagged with its own dimension, so readiness shows which entries counted. */
const DIMENSION: Record<Aud, string> = { private: 'impact', manager: 'scope', mentors: 'mentoring', org: 'communication', 'manager+mentors': 'influence' };

// who → which of the owner's entries they see (§4), and whether they may read progress.
const TABLE: Record<Who, { sees: Aud[]; progress: boolean }> = {
  owner: { sees: ['private', 'manager', 'mentors', 'org', 'manager+mentors'], progress: true },
  'direct manager': { sees: ['manager', 'org', 'manager+mentors'], progress: true },
  'skip-level manager': { sees: ['manager', 'org', 'manager+mentors'], progress: true },
  'active mentor': { sees: ['mentors', 'org', 'manager+mentors'], progress: true },
  'proposed mentor': { sees: ['org'], progress: false },
  'ended mentor': { sees: ['org'], progress: false },
  member: { sees: ['org'], progress: false },
  admin: { sees: ['org'], progress: false },
};
const WHO = Object.keys(TABLE) as Who[];
const AUDS = Object.keys(AUDIENCE) as Aud[];

describe.each(DIALECTS)('§4 through every read path on %s', (dialect) => {
  let t: TestApp;
  const callers = new Map<Who, Caller>();
  const entryId = new Map<Aud, string>();
  let ownerId = '';

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t.app);
    for (const [who, c] of await buildSection4Org(admin)) callers.set(who, c);
    const owner = caller('owner');
    ownerId = owner.personId;

    for (const aud of AUDS) {
      const r = await owner.post('/evidence', { title: `Zebra crossing ${aud}`, body: 'Shipped the zebra rollout.', audience: AUDIENCE[aud], dimensions: [DIMENSION[aud]] });
      expect(r.statusCode).toBe(201);
      entryId.set(aud, r.json<{ id: string }>().id);
    }
    // A notification for the member alone: the owner asks them for a peer assessment.
    expect((await owner.post('/assessments/requests', { personId: caller('member').personId })).statusCode).toBeLessThan(300);
  });
  afterAll(() => t?.close());

  const caller = (who: Who): Caller => callers.get(who) as Caller;
  const expectedIds = (who: Who): string[] => TABLE[who].sees.map((a) => entryId.get(a) as string).sort();
  const ownersEntries = (ids: string[]): string[] => ids.filter((id) => [...entryId.values()].includes(id)).sort();

  async function listIds(c: Caller, query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor = '';
    for (let page = 0; page < 20; page++) {
      const r = await c.get(`/evidence?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json<{ items: { id: string }[]; nextCursor: string | null }>();
      ids.push(...body.items.map((i) => i.id));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    return ownersEntries(ids);
  }

  it.each(WHO.flatMap((who) => AUDS.map((aud) => ({ who, aud }))))('GET /evidence/:id — $who, audience $aud', async ({ who, aud }) => {
    const r = await caller(who).get(`/evidence/${entryId.get(aud)}`);
    expect(r.statusCode).toBe(TABLE[who].sees.includes(aud) ? 200 : 404);
  });

  it.each(WHO)('lists and search — %s', async (who) => {
    const c = caller(who);
    const expected = expectedIds(who);
    expect(await listIds(c, '')).toEqual(expected);
    expect(await listIds(c, `&owner=${ownerId}`)).toEqual(expected);
    expect(await listIds(c, '&owner=me')).toEqual(who === 'owner' ? expected : []);
    const inLine = who === 'direct manager' || who === 'skip-level manager';
    expect(await listIds(c, '&owner=reports')).toEqual(inLine ? expected : []);
    expect(await listIds(c, '&q=zebra')).toEqual(expected);
    expect(await listIds(c, `&q=zebra&owner=${ownerId}`)).toEqual(expected);
    expect(await listIds(c, `&q=zebr*&owner=reports`)).toEqual(inLine ? expected : []);
  });

  it.each(WHO)('readiness and the plan — %s', async (who) => {
    const c = caller(who);
    const readiness = await c.get(`/people/${ownerId}/readiness?level=staff`);
    const plan = await c.get(`/people/${ownerId}/plan`);
    if (!TABLE[who].progress) {
      expect(readiness.statusCode).toBe(404);
      expect(plan.statusCode).toBe(404);
      return;
    }
    expect(readiness.statusCode, readiness.body).toBe(200);
    expect(plan.statusCode, plan.body).toBe(200);
    // Readiness counts exactly the entries this viewer may see: each dimension has one entry.
    const dims = readiness.json<{ dimensions: { id: string; reasons: { code: string }[] }[] }>().dimensions;
    for (const aud of AUDS) {
      const dim = dims.find((d) => d.id === DIMENSION[aud]);
      expect(dim, `readiness has the ${DIMENSION[aud]} dimension`).toBeDefined();
      const counted = !dim?.reasons.some((r) => r.code === 'no_evidence');
      expect(counted, `${who} readiness counts the ${aud} entry`).toBe(TABLE[who].sees.includes(aud));
    }
  });

  it.each(WHO)('notifications are their recipient’s alone — %s', async (who) => {
    const r = await caller(who).get('/notifications');
    expect(r.statusCode).toBe(200);
    const items = r.json<{ items: { kind: string }[] }>().items;
    const peerRequests = items.filter((n) => /peer/i.test(n.kind));
    expect(peerRequests.length > 0).toBe(who === 'member');
  });

  it.each(WHO)('export holds only the caller’s own entries — %s', async (who) => {
    const r = await caller(who).get('/evidence/export');
    expect(r.statusCode).toBe(200);
    const text = JSON.stringify(r.json());
    for (const aud of AUDS) expect(text.includes(entryId.get(aud) as string), `${who} export holds the ${aud} entry`).toBe(who === 'owner');
  });

  it('without credentials every read path answers 401', async () => {
    const anon = anonymous(t.app);
    for (const url of [`/evidence/${entryId.get('org')}`, '/evidence', '/evidence?q=zebra', `/people/${ownerId}/readiness`, `/people/${ownerId}/plan`, '/notifications', '/evidence/export']) {
      expect((await anon.get(url)).statusCode, url).toBe(401);
    }
  });
});
