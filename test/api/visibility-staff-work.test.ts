/**
 * PRODUCT.md §4 for initiatives, outcomes and stakeholders, through HTTP: GET by id, the lists
 * with each `owner=` form, stakeholders (they follow their initiative), and writes (a viewer
 * who sees an item but does not own it is refused, 403; one who cannot see it gets 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { buildSection4Org, type Section4Who } from '../support/section4-org.js';

type Who = Section4Who;
type Aud = 'private' | 'manager' | 'mentors' | 'org' | 'manager+mentors';
const AUDIENCE: Record<Aud, string[]> = { private: [], manager: ['manager'], mentors: ['mentors'], org: ['org'], 'manager+mentors': ['manager', 'mentors'] };
const TABLE: Record<Who, Aud[]> = {
  owner: ['private', 'manager', 'mentors', 'org', 'manager+mentors'],
  'direct manager': ['manager', 'org', 'manager+mentors'],
  'skip-level manager': ['manager', 'org', 'manager+mentors'],
  'active mentor': ['mentors', 'org', 'manager+mentors'],
  'proposed mentor': ['org'],
  'ended mentor': ['org'],
  member: ['org'],
  admin: ['org'],
};
const WHO = Object.keys(TABLE) as Who[];
const AUDS = Object.keys(AUDIENCE) as Aud[];
const KINDS = ['initiatives', 'outcomes'] as const;
type Kind = (typeof KINDS)[number];

describe.each(DIALECTS)('§4 for initiatives, outcomes and stakeholders on %s', (dialect) => {
  let t: TestApp;
  const callers = new Map<Who, Caller>();
  const ids: Record<Kind, Map<Aud, string>> = { initiatives: new Map(), outcomes: new Map() };
  const stakeholderOf = new Map<Aud, string>();
  const caller = (who: Who): Caller => callers.get(who) as Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t.app);
    for (const [who, c] of await buildSection4Org(admin)) callers.set(who, c);
    const owner = caller('owner');
    for (const aud of AUDS) {
      const i = await owner.post('/initiatives', { title: `Initiative ${aud}`, audience: AUDIENCE[aud] });
      expect(i.statusCode, i.body).toBe(201);
      ids.initiatives.set(aud, i.json<{ id: string }>().id);
      const o = await owner.post('/outcomes', { name: `Outcome ${aud}`, unit: 'ms', direction: 'lower', baseline: 10, target: 5, audience: AUDIENCE[aud] });
      expect(o.statusCode, o.body).toBe(201);
      ids.outcomes.set(aud, o.json<{ id: string }>().id);
      const s = await owner.post('/stakeholders', { initiativeId: i.json<{ id: string }>().id, name: `Approver ${aud}`, role: 'approver' });
      expect(s.statusCode, s.body).toBe(201);
      stakeholderOf.set(aud, s.json<{ id: string }>().id);
    }
  });
  afterAll(() => t?.close());

  const cases = WHO.flatMap((who) => AUDS.map((aud) => ({ who, aud, sees: TABLE[who].includes(aud) })));

  it.each(cases)('GET by id and the stakeholders — $who, audience $aud', async ({ who, aud, sees }) => {
    const c = caller(who);
    for (const kind of KINDS) expect((await c.get(`/${kind}/${ids[kind].get(aud)}`)).statusCode, kind).toBe(sees ? 200 : 404);
    expect((await c.get(`/stakeholders?initiativeId=${ids.initiatives.get(aud)}`)).statusCode).toBe(sees ? 200 : 404);
    expect((await c.get(`/stakeholders/${stakeholderOf.get(aud)}`)).statusCode).toBe(sees ? 200 : 404);
    expect((await c.get(`/outcomes?initiativeId=${ids.initiatives.get(aud)}`)).statusCode).toBe(200);
  });

  it.each(cases.filter((c) => c.who !== 'owner'))('writes — $who, audience $aud: 403 when seen, 404 when not', async ({ who, aud, sees }) => {
    const c = caller(who);
    const expected = sees ? 403 : 404;
    expect((await c.patch(`/initiatives/${ids.initiatives.get(aud)}`, { title: 'Taken over' })).statusCode).toBe(expected);
    expect((await c.patch(`/outcomes/${ids.outcomes.get(aud)}`, { name: 'Taken over' })).statusCode).toBe(expected);
    expect((await c.post(`/outcomes/${ids.outcomes.get(aud)}/measurements`, { value: 1, measuredOn: '2026-11-02' })).statusCode).toBe(expected);
    expect((await c.patch(`/stakeholders/${stakeholderOf.get(aud)}`, { stance: 'approved' })).statusCode).toBe(expected);
    expect((await c.post('/stakeholders', { initiativeId: ids.initiatives.get(aud), name: 'Intruder', role: 'informed' })).statusCode).toBe(expected);
    expect((await c.delete(`/initiatives/${ids.initiatives.get(aud)}`)).statusCode).toBe(expected);
  });

  it.each(WHO)('lists with each owner= form — %s', async (who) => {
    const c = caller(who);
    const ownerId = caller('owner').personId;
    for (const kind of KINDS) {
      const expected = TABLE[who].map((a) => ids[kind].get(a) as string).sort();
      const mine = [...ids[kind].values()];
      for (const query of ['', `&owner=${ownerId}`, '&owner=reports', '&owner=me']) {
        const r = await c.get(`/${kind}?limit=100${query}`);
        expect(r.statusCode, r.body).toBe(200);
        const got = r.json<{ items: { id: string }[] }>().items.map((i) => i.id).filter((id) => mine.includes(id)).sort();
        const reportsHolds = who === 'direct manager' || who === 'skip-level manager';
        const want = query === '&owner=me' ? (who === 'owner' ? expected : []) : query === '&owner=reports' ? (reportsHolds ? expected : []) : expected;
        expect(got, `${kind}${query}`).toEqual(want);
      }
    }
  });
});
