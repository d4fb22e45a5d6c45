/**
 * The policy is written once (src/shared/policy.ts) and derived three times: the single-item
 * check, the SQL predicate of lists, and the search index's visibility tokens. This
 * property test generates organisations — reporting lines of any depth, mentorships
 * proposed, active and ended, entries with every audience, trashed entries, deactivated
 * people — and checks on both dialects that, for every viewer, the three return exactly
 * the set an independent reading of PRODUCT.md §4 (the oracle below) says they should. Each
 * entry has an initiative and an outcome beside it with the same owner and audience (neither
 * has a trash), and a document that may name a reviewer (§4: a reviewer sees the document
 * while a reviewer), checked the same way: single item and list, each `owner=` form.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';
import { createServices, type Services } from '../../src/core/services.js';
import { testConfig } from '../support/app.js';
import type { Actor, Audience } from '../../src/core/types.js';
import { AppError } from '../../src/core/errors.js';
import { loadScope } from '../../src/core/scope.js';
import { contentFilter } from '../../src/core/visibility.js';
import { queryTokens } from '../../src/storage/dialects/visibility-tokens.js';
import { sql } from 'kysely';

interface OrgPlan {
  /** managerOf[i]: index of i's manager (always a lower index: no cycles, any depth), or null. */
  managerOf: (number | null)[];
  deactivated: boolean[];
  mentorships: { mentor: number; mentee: number; status: 'proposed' | 'active' | 'ended' }[];
  entries: { owner: number; audience: Audience[]; trashed: boolean; title: string; reviewer: number | null }[];
}

const STAFF_KINDS = ['initiatives', 'outcomes', 'documents'] as const;
type StaffKind = (typeof STAFF_KINDS)[number];

const AUDIENCE_SETS: Audience[][] = [[], ['manager'], ['mentors'], ['org'], ['manager', 'mentors'], ['manager', 'org'], ['mentors', 'org'], ['manager', 'mentors', 'org']];

const orgPlan: fc.Arbitrary<OrgPlan> = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.record({
    managerOf: fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 4 })))),
    deactivated: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    mentorships: fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n, selector: ([a, b]) => [Math.min(a, b), Math.max(a, b)].join() })
      .chain((pairs) =>
        fc.tuple(...pairs.filter(([a, b]) => a !== b).map(([mentor, mentee]) => fc.constantFrom('proposed', 'active', 'ended').map((status) => ({ mentor, mentee, status: status as 'proposed' | 'active' | 'ended' })))),
      ),
    entries: fc.array(
      fc.record({
        owner: fc.integer({ min: 0, max: n - 1 }),
        audience: fc.constantFrom(...AUDIENCE_SETS),
        trashed: fc.boolean(),
        title: fc.constantFrom('alpha rollout', 'Alpha review of the queue', 'migration plan', 'alpha'),
        reviewer: fc.option(fc.integer({ min: 0, max: n - 1 }), { freq: 2 }),
      }),
      { maxLength: 3 * n },
    ),
  }),
);

/** §4 read straight from PRODUCT.md, knowing nothing of the implementation. */
function oracle(plan: OrgPlan, viewer: number, entry: OrgPlan['entries'][number]): boolean {
  if (entry.trashed) return false;
  if (entry.owner === viewer) return true;
  if (entry.audience.includes('org')) return true;
  if (entry.audience.includes('manager')) {
    for (let m = plan.managerOf[entry.owner] ?? null, hops = 0; m !== null && hops < 64; m = plan.managerOf[m] ?? null, hops++) {
      if (m === viewer) return true;
    }
  }
  if (entry.audience.includes('mentors') && plan.mentorships.some((x) => x.mentor === viewer && x.mentee === entry.owner && x.status === 'active')) return true;
  return false;
}

describe.each(DIALECTS)('the policy agrees with itself and with §4 on %s', (dialect) => {
  let t: TestStorage;
  let services: Services;
  let run = 0;

  beforeAll(async () => {
    t = await createTestStorage(dialect);
    services = createServices(t.storage, testConfig());
  });
  afterAll(async () => t?.dispose());

  /** Empties the tables a run fills, so each organisation stands alone. */
  async function clear(): Promise<void> {
    const db = t.storage.db;
    if (dialect === 'sqlite') await db.deleteFrom('evidence_fts' as never).execute();
    await db.deleteFrom('evidence_dimensions').execute();
    await db.deleteFrom('evidence_teams').execute();
    await db.deleteFrom('evidence').execute();
    await db.deleteFrom('measurements').execute();
    await db.deleteFrom('outcomes').execute();
    await db.deleteFrom('stakeholders').execute();
    await db.deleteFrom('document_reviewers').execute();
    await db.deleteFrom('document_revisions').execute();
    await db.deleteFrom('documents').execute();
    await db.deleteFrom('initiatives').execute();
    await db.deleteFrom('mentorships').execute();
    await db.updateTable('people').set({ manager_id: null }).execute();
    await db.deleteFrom('people').execute();
  }

  async function build(plan: OrgPlan): Promise<{ ids: string[]; entryIds: string[]; staffWork: Record<StaffKind, string[]> }> {
    const db = t.storage.db;
    run++;
    const now = new Date().toISOString();
    const ids = plan.managerOf.map((_, i) => `P${String(run).padStart(5, '0')}${String(i).padStart(3, '0')}`.padEnd(26, '0'));
    for (const [i, id] of ids.entries()) {
      await db
        .insertInto('people')
        .values({
          id,
          name: `Person ${i}`,
          email: `p${i}.r${run}@example.com`,
          password_hash: 'not-a-hash',
          role: i === ids.length - 1 ? 'admin' : 'member',
          manager_id: null,
          target_level: 'staff',
          active: plan.deactivated[i] ? 0 : 1,
          must_change_password: 0,
          default_audience: '["manager"]',
          time_zone: 'UTC',
          week_start: 'monday',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    for (const [i, m] of plan.managerOf.entries()) if (m !== null) await db.updateTable('people').set({ manager_id: ids[m] as string }).where('id', '=', ids[i] as string).execute();
    for (const [k, m] of plan.mentorships.entries()) {
      const mentor = ids[m.mentor] as string;
      const mentee = ids[m.mentee] as string;
      await db
        .insertInto('mentorships')
        .values({ id: `M${run}x${k}`.padEnd(26, '0'), mentor_id: mentor, mentee_id: mentee, proposed_by_id: mentor, pair_key: [mentor, mentee].sort().join(':'), status: m.status, created_at: now, updated_at: now, accepted_at: m.status === 'proposed' ? null : now, ended_at: m.status === 'ended' ? now : null })
        .execute();
    }
    const entryIds: string[] = [];
    const staffWork: Record<StaffKind, string[]> = { initiatives: [], outcomes: [], documents: [] };
    for (const [k, e] of plan.entries.entries()) {
      const owner = ids[e.owner] as string;
      const saved = await services.evidence.insert(db, owner, { occurredOn: `2026-0${1 + (k % 9)}-1${k % 10}`, title: e.title, body: 'notes', dimensions: [], impact: null, metrics: [], teams: [], links: [], audience: e.audience }, 'manual');
      entryIds.push(saved.id);
      if (e.trashed) await services.evidence.remove(actorFor(owner), saved.id);
      staffWork.initiatives.push((await services.initiatives.create(actorFor(owner), { title: e.title, audience: e.audience })).value.id);
      staffWork.outcomes.push((await services.outcomes.create(actorFor(owner), { name: e.title, unit: 'ms', direction: 'lower', baseline: 2, target: 1, audience: e.audience })).value.id);
      const doc = (await services.documents.create(actorFor(owner), { kind: 'rfc', title: e.title, body: 'notes', audience: e.audience })).value;
      staffWork.documents.push(doc.id);
      if (e.reviewer !== null && e.reviewer !== e.owner) await db.insertInto('document_reviewers').values({ document_id: doc.id, person_id: ids[e.reviewer] as string, required: 0, added_at: now }).execute();
    }
    return { ids, entryIds, staffWork };
  }

  const actorFor = (personId: string, role: 'admin' | 'member' = 'member'): Actor => ({ personId, role, via: 'local', scopes: ['read', 'write'], mustChangePassword: false });

  async function all(actor: Actor, query: { q?: string; owner?: string[] }): Promise<Set<string>> {
    const out = new Set<string>();
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await services.evidence.list(actor, { ...query, limit: 4, cursor });
      for (const item of page.items) out.add(item.id);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return out;
  }

  async function allOf(kind: StaffKind, actor: Actor, owner?: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await services[kind].list(actor, { ...(owner && { owner }), limit: 4, cursor });
      for (const item of page.items) out.add(item.id);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return out;
  }

  async function singleOf(kind: StaffKind, actor: Actor, id: string): Promise<boolean> {
    try {
      await services[kind].get(actor, id);
      return true;
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return false;
      throw e;
    }
  }

  async function single(actor: Actor, id: string): Promise<boolean> {
    try {
      await services.evidence.get(actor, id);
      return true;
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return false;
      throw e;
    }
  }

  /** SQLite only: what the index's visibility tokens alone let through, without the SQL guard. */
  async function byIndexAlone(actor: Actor): Promise<Set<string>> {
    const filter = contentFilter(await loadScope(t.storage.db, actor));
    if (!filter) return new Set();
    const match = `acl : (${queryTokens(filter).map((tok) => `"${tok}"`).join(' OR ')})`;
    const r = await sql<{ id: string }>`select e.id from evidence_fts join evidence as e on e.search_key = evidence_fts.rowid where evidence_fts match ${match}`.execute(t.storage.db);
    return new Set(r.rows.map((row) => row.id));
  }

  it('single-item check, SQL list and search return the same set as §4, for every viewer', async () => {
    await fc.assert(
      fc.asyncProperty(orgPlan, async (plan) => {
        await clear();
        const { ids, entryIds, staffWork } = await build(plan);
        for (const [v, viewerId] of ids.entries()) {
          const actor = actorFor(viewerId, v === ids.length - 1 ? 'admin' : 'member');
          const expected = new Set(entryIds.filter((_, k) => oracle(plan, v, plan.entries[k] as OrgPlan['entries'][number])));
          const searchable = new Set([...expected].filter((id) => /alpha/i.test(plan.entries[entryIds.indexOf(id)]?.title ?? '')));

          const bySingle = new Set<string>();
          for (const id of entryIds) if (await single(actor, id)) bySingle.add(id);
          expect(bySingle, `single-item check for viewer ${v}`).toEqual(expected);
          expect(await all(actor, {}), `list for viewer ${v}`).toEqual(expected);
          expect(await all(actor, { q: 'alpha' }), `search for viewer ${v}`).toEqual(searchable);
          if (dialect === 'sqlite') expect(await byIndexAlone(actor), `index tokens alone for viewer ${v}`).toEqual(expected);

          // The owner= forms narrow the same set: one owner, me, the reporting line.
          const reports = new Set(ids.filter((_, i) => { for (let m = plan.managerOf[i] ?? null, h = 0; m !== null && h < 64; m = plan.managerOf[m] ?? null, h++) if (m === v) return true; return false; }));
          const owned = (pred: (owner: string) => boolean, from: Set<string>) => new Set([...from].filter((id) => pred(ids[plan.entries[entryIds.indexOf(id)]?.owner ?? -1] as string)));
          const other = ids[(v + 1) % ids.length] as string;
          expect(await all(actor, { owner: [other] }), `list owner=<id> for viewer ${v}`).toEqual(owned((o) => o === other, expected));
          expect(await all(actor, { q: 'alpha', owner: [other] }), `search owner=<id> for viewer ${v}`).toEqual(owned((o) => o === other, searchable));
          expect(await all(actor, { owner: ['me'] })).toEqual(owned((o) => o === viewerId, expected));
          expect(await all(actor, { owner: ['reports'] })).toEqual(owned((o) => reports.has(o), expected));
          expect(await all(actor, { q: 'alpha', owner: ['reports'] })).toEqual(owned((o) => reports.has(o), searchable));

          // Initiatives, outcomes and documents: the same table of §4 (no trash), and a document's reviewer.
          for (const kind of STAFF_KINDS) {
            const made = staffWork[kind];
            const sees = made.filter((_, k) => {
              const entry = plan.entries[k] as OrgPlan['entries'][number];
              return oracle(plan, v, { ...entry, trashed: false }) || (kind === 'documents' && entry.reviewer === v);
            });
            const ownerOf = (id: string) => ids[plan.entries[made.indexOf(id)]?.owner ?? -1] as string;
            const bySingleItem = new Set<string>();
            for (const id of made) if (await singleOf(kind, actor, id)) bySingleItem.add(id);
            expect(bySingleItem, `${kind}: single-item check for viewer ${v}`).toEqual(new Set(sees));
            expect(await allOf(kind, actor), `${kind}: list for viewer ${v}`).toEqual(new Set(sees));
            expect(await allOf(kind, actor, [other]), `${kind}: owner=<id> for viewer ${v}`).toEqual(new Set(sees.filter((id) => ownerOf(id) === other)));
            expect(await allOf(kind, actor, ['me'])).toEqual(new Set(sees.filter((id) => ownerOf(id) === viewerId)));
            expect(await allOf(kind, actor, ['reports'])).toEqual(new Set(sees.filter((id) => reports.has(ownerOf(id)))));
          }
        }
      }),
      { numRuns: Number(process.env.STAFFPATH_PROPERTY_RUNS ?? 25), seed: Number(process.env.STAFFPATH_PROPERTY_SEED ?? 20261201), endOnFailure: true },
    );
  }, 240_000);
});
