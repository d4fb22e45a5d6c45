import { withTransaction, type Db } from '../../storage/database.js';
import { initiativesRepository, type InitiativeRow } from '../../storage/repositories/initiatives.repository.js';
import { notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { loadScope } from '../scope.js';
import { defaultAudienceOf, resolveOwners, staleVersion } from '../owners.js';
import { assertAuthorized, assertCanSee, authorize, contentFilter, type ViewerScope } from '../visibility.js';
import type { FrameworksService } from '../frameworks/frameworks.service.js';
import type { Actor, Audience, Page } from '../types.js';
import { checkInitiative, type CleanInitiative } from './initiative-rules.js';
import { scopeContexts } from './scope-context.js';
import { scopeSummary, type ScopeContext } from './scope-summary.js';
import { CLOSED_STATUSES, type StakeholderSummary, type Initiative, type InitiativeInput, type InitiativeStatus, type Milestone, type Scope } from './types.js';
import type { ParentAccess, StakeholderParent } from '../stakeholders/types.js';
import { isStale, stillToAnswer, type StakeholderRole, type Stance } from '../stakeholders/stakeholder-rules.js';
import type { OrganisationSettingsService } from '../organisation-settings.js';
import { stakeholdersRepository } from '../../storage/repositories/stakeholders.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { todayIn } from '../../shared/dates.js';

export interface InitiativeQuery {
  owner?: string[] | undefined;
  status?: InitiativeStatus[] | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface Versioned<T> {
  value: T;
  version: number;
}

export const visibleInitiative = (r: Pick<InitiativeRow, 'owner_id' | 'audience'>) => ({ ownerId: r.owner_id, audience: JSON.parse(r.audience) as Audience[] });

/** The stored fields of a row, as a complete input (what an update merges a patch into). */
function storedFields(r: InitiativeRow) {
  return {
    title: r.title,
    problem: r.problem,
    why: r.why,
    status: r.status as InitiativeStatus,
    startOn: r.start_on,
    targetOn: r.target_on,
    audience: JSON.parse(r.audience) as Audience[],
    scope: JSON.parse(r.scope) as Scope,
    milestones: JSON.parse(r.milestones) as Milestone[],
  };
}

export function toInitiative(r: InitiativeRow, ctx: ScopeContext, stakeholderSummary: StakeholderSummary): Initiative {
  const fields = storedFields(r);
  return { id: r.id, ownerId: r.owner_id, ...fields, scopeSummary: scopeSummary(fields.scope, ctx), stakeholderSummary, createdAt: r.created_at, updatedAt: r.updated_at };
}

function columns(c: CleanInitiative & { audience: Audience[] }) {
  return {
    title: c.title,
    problem: c.problem,
    why: c.why,
    status: c.status,
    start_on: c.startOn,
    target_on: c.targetOn,
    scope: JSON.stringify(c.scope),
    milestones: JSON.stringify(c.milestones),
    audience: JSON.stringify(c.audience),
    aud_manager: c.audience.includes('manager') ? 1 : 0,
    aud_mentors: c.audience.includes('mentors') ? 1 : 0,
    aud_org: c.audience.includes('org') ? 1 : 0,
  };
}

/** The first time an initiative is under way: stakeholders aligned before it count as "early". */
const goesLive = (status: InitiativeStatus) => status === 'active' || status === 'done';

/** Staff initiatives (PRODUCT.md §9): the problem, why it matters, the scope canvas, milestones. */
export class InitiativesService {
  constructor(
    private readonly db: Db,
    private readonly frameworks: FrameworksService,
    private readonly settings: OrganisationSettingsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async present(db: Db, rows: InitiativeRow[]): Promise<Initiative[]> {
    if (rows.length === 0) return [];
    const framework = (await this.frameworks.active(db)).definition;
    const ctx = await scopeContexts(db, framework, rows.map((r) => r.owner_id));
    const summaries = await this.stakeholderSummaries(db, rows);
    return rows.map((r) => toInitiative(r, ctx(r.owner_id), summaries.get(r.id) ?? { total: 0, stale: 0, stillToAnswer: 0 }));
  }

  /** Per initiative: its stakeholders, the stale ones (by the owner's today), those still to answer. */
  private async stakeholderSummaries(db: Db, rows: InitiativeRow[]): Promise<Map<string, StakeholderSummary>> {
    const out = new Map<string, StakeholderSummary>();
    const stakeholders = await stakeholdersRepository.ofInitiatives(db, rows.map((r) => r.id));
    if (stakeholders.length === 0) return out;
    const { stakeholderStaleDays } = await this.settings.get(db);
    const todayOf = new Map<string, string>();
    for (const r of rows) {
      if (!todayOf.has(r.owner_id)) todayOf.set(r.owner_id, todayIn((await peopleRepository.findById(db, r.owner_id))?.time_zone, this.now()));
    }
    for (const r of rows) {
      const mine = stakeholders.filter((s) => s.initiative_id === r.id);
      const open = !CLOSED_STATUSES.includes(r.status as InitiativeStatus);
      const today = todayOf.get(r.owner_id) ?? todayIn(undefined, this.now());
      out.set(r.id, {
        total: mine.length,
        stale: mine.filter((s) => isStale({ parentOpen: open, lastContactOn: s.last_contact_on, today, staleDays: stakeholderStaleDays })).length,
        stillToAnswer: stillToAnswer(mine.map((s) => ({ role: s.role as StakeholderRole, stance: s.stance as Stance }))).length,
      });
    }
    return out;
  }

  private async one(db: Db, row: InitiativeRow): Promise<Versioned<Initiative>> {
    const [value] = await this.present(db, [row]);
    return { value: value as Initiative, version: row.version };
  }

  /** The row if the caller may see it; 404 otherwise, as if it did not exist. */
  async load(scope: ViewerScope, id: string, db: Db = this.db): Promise<InitiativeRow> {
    const row = await initiativesRepository.findById(db, id);
    if (!row) throw notFound('initiative');
    assertCanSee(scope, visibleInitiative(row), 'initiative');
    return row;
  }

  /** The row if the caller may change it: invisible → 404, visible to a non-owner → 403, stale → 412. */
  async loadForWrite(scope: ViewerScope, id: string, ifMatch: number | undefined, db: Db, action: 'edit' | 'delete' = 'edit'): Promise<InitiativeRow> {
    const row = await initiativesRepository.findById(db, id);
    if (!row) throw notFound('initiative');
    assertAuthorized(authorize(scope, action, { kind: 'initiative', item: visibleInitiative(row) }), 'initiative', 'Only the owner can change an initiative.');
    if (ifMatch !== undefined && row.version !== ifMatch) throw staleVersion('initiative');
    return row;
  }

  async create(actor: Actor, input: InitiativeInput & { title: string }): Promise<Versioned<Initiative>> {
    const clean = checkInitiative({ ...input, scope: input.scope ?? {} });
    const audience = clean.audience ?? (await defaultAudienceOf(this.db, actor.personId));
    const now = nowIso();
    const id = newId();
    await initiativesRepository.insert(this.db, {
      id,
      owner_id: actor.personId,
      ...columns({ ...clean, audience }),
      activated_at: goesLive(clean.status) ? now : null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    return this.one(this.db, (await initiativesRepository.findById(this.db, id)) as InitiativeRow);
  }

  async get(actor: Actor, id: string): Promise<Versioned<Initiative>> {
    const row = await this.load(await loadScope(this.db, actor), id);
    return this.one(this.db, row);
  }

  async update(actor: Actor, id: string, patch: InitiativeInput, ifMatch?: number): Promise<Versioned<Initiative>> {
    return withTransaction(this.db, async (trx) => {
      const scope = await loadScope(trx, actor);
      const row = await this.loadForWrite(scope, id, ifMatch, trx);
      const current = storedFields(row);
      const clean = checkInitiative(
        { ...current, ...patch, scope: { ...current.scope, ...patch.scope } },
        new Set(current.milestones.map((m) => m.id)),
      );
      const audience = clean.audience ?? current.audience;
      const now = nowIso();
      const ok = await initiativesRepository.update(
        trx,
        id,
        { ...columns({ ...clean, audience }), activated_at: row.activated_at ?? (goesLive(clean.status) ? now : null), version: row.version + 1, updated_at: now },
        row.version,
      );
      if (!ok) throw staleVersion('initiative');
      return this.one(trx, (await initiativesRepository.findById(trx, id)) as InitiativeRow);
    });
  }

  async remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(await loadScope(trx, actor), id, ifMatch, trx, 'delete');
      if (!(await initiativesRepository.remove(trx, id, row.version))) throw staleVersion('initiative');
    });
  }

  async list(actor: Actor, query: InitiativeQuery): Promise<Page<Initiative>> {
    const scope = await loadScope(this.db, actor);
    const visible = contentFilter(scope);
    if (!visible) throw notFound('initiative');
    const owners = resolveOwners(actor, scope, query.owner);
    if (owners && owners.length === 0) return { items: [], nextCursor: null };
    const rows = await initiativesRepository.list(this.db, { visible, owners, statuses: query.status }, decodeCursor(query.cursor), query.limit);
    const page = toPage(rows, query.limit, (r) => r, (r) => ({ k: r.created_at, id: r.id }));
    return { items: await this.present(this.db, page.items), nextCursor: page.nextCursor };
  }

  /** Every initiative of `ownerId` the viewer may see, newest first (readiness, plan detectors). */
  async visibleOf(db: Db, scope: ViewerScope, ownerId: string): Promise<Initiative[]> {
    const visible = contentFilter(scope);
    if (!visible) return [];
    return this.present(db, await initiativesRepository.ofOwner(db, ownerId, visible));
  }

  /** How stakeholders reach initiatives: seen by whoever sees the initiative, written by its owner. */
  stakeholderParent(): ParentAccess {
    const parent = (row: InitiativeRow): StakeholderParent => ({ ownerId: row.owner_id, open: !CLOSED_STATUSES.includes(row.status as InitiativeStatus) });
    return {
      forRead: async (actor, id, db) => parent(await this.load(await loadScope(db, actor), id, db)),
      forWrite: async (actor, id, db) => parent(await this.loadForWrite(await loadScope(db, actor), id, undefined, db)),
    };
  }

  /** Whether an entry of `ownerId` may name this initiative: it must be an initiative of the same owner. */
  async belongsTo(db: Db, initiativeId: string, ownerId: string): Promise<boolean> {
    const row = await initiativesRepository.findById(db, initiativeId);
    return row !== undefined && row.owner_id === ownerId;
  }
}
