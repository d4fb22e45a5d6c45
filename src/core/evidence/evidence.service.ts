import { withTransaction, type Db, type Storage } from '../../storage/database.js';
import { evidenceRepository, type EvidenceRow } from '../../storage/repositories/evidence.repository.js';
import type { EvidenceCriteria } from '../../storage/repositories/evidence-filter.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { initiativesRepository } from '../../storage/repositories/initiatives.repository.js';
import { AppError, invalid, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, encodeCursor, toPage } from '../pagination.js';
import { loadScope } from '../scope.js';
import { resolveOwners } from '../owners.js';
import { assertAuthorized, assertCanSee, authorize, contentFilter, type ViewerScope } from '../visibility.js';
import { todayIn } from '../../shared/dates.js';
import { checkDate } from '../validation.js';
import type { Actor, Audience, Page } from '../types.js';
import { checkEvidence, teamKey, type CleanEvidence } from './evidence-rules.js';
import { searchPage, type SearchPosition } from '../../storage/dialects/evidence-search.js';
import type { FrameworksService } from '../frameworks/frameworks.service.js';
import { mentions, parseSearchQuery, plainText, snippet } from './search-query.js';
import type { Evidence, EvidenceInput, EvidenceSource, Impact, Metric } from './types.js';

export interface EvidenceQuery {
  q?: string | undefined;
  owner?: string[] | undefined;
  dimension?: string[] | undefined;
  impact?: string[] | undefined;
  team?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  deleted?: boolean | undefined;
  initiativeId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export type EvidenceListItem = Evidence & { snippet?: string; deletedAt?: string | null };

/** How long a deleted entry stays in the trash. */
export const TRASH_DAYS = 30;

export function toEvidence(r: EvidenceRow): Evidence {
  return {
    id: r.id,
    ownerId: r.owner_id,
    occurredOn: r.occurred_on,
    title: r.title,
    body: r.body,
    dimensions: JSON.parse(r.dimensions) as string[],
    impact: r.impact as Impact | null,
    metrics: JSON.parse(r.metrics) as Metric[],
    teams: JSON.parse(r.teams) as string[],
    links: JSON.parse(r.links) as string[],
    initiativeId: r.initiative_id,
    audience: JSON.parse(r.audience) as Audience[],
    source: r.source as EvidenceSource,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const visibleItem = (r: EvidenceRow) => ({ ownerId: r.owner_id, audience: JSON.parse(r.audience) as Audience[], trashed: r.deleted_at !== null });

function columns(e: CleanEvidence & { audience: Audience[] }) {
  return {
    occurred_on: e.occurredOn,
    title: e.title,
    body: e.body,
    dimensions: JSON.stringify(e.dimensions),
    impact: e.impact,
    metrics: JSON.stringify(e.metrics),
    teams: JSON.stringify(e.teams),
    links: JSON.stringify(e.links),
    initiative_id: e.initiativeId,
    audience: JSON.stringify(e.audience),
    aud_manager: e.audience.includes('manager') ? 1 : 0,
    aud_mentors: e.audience.includes('mentors') ? 1 : 0,
    aud_org: e.audience.includes('org') ? 1 : 0,
  };
}

/** Whether an entry of `ownerId` may name this initiative: one of its owner's own (PRODUCT.md §9). */
export async function isOwnInitiative(db: Db, ownerId: string, initiativeId: string | null | undefined): Promise<boolean> {
  if (initiativeId == null) return true;
  return (await initiativesRepository.findById(db, initiativeId))?.owner_id === ownerId;
}

const stale = (): AppError => new AppError('precondition_failed', 'The entry changed since you read it; reload it and apply your edit again.');

export class EvidenceService {
  private readonly db: Db;
  constructor(
    private readonly storage: Storage,
    private readonly frameworks: FrameworksService,
  ) {
    this.db = storage.db;
  }

  /** Dimension ids an entry may be tagged with: the active framework's. */
  async dimensionIds(db: Db = this.db): Promise<Set<string>> {
    return new Set((await this.frameworks.active(db)).definition.dimensions.map((d) => d.id));
  }

  private async defaultAudience(db: Db, personId: string): Promise<Audience[]> {
    const p = await peopleRepository.findById(db, personId);
    return p ? (JSON.parse(p.default_audience) as Audience[]) : ['manager'];
  }

  /** Writes one entry in the caller's transaction (or a new one). */
  async insert(db: Db, ownerId: string, input: EvidenceInput, source: EvidenceSource, id = newId()): Promise<Evidence> {
    const clean = checkEvidence(input, await this.dimensionIds(db), '', await isOwnInitiative(db, ownerId, input.initiativeId));
    const audience = clean.audience ?? (await this.defaultAudience(db, ownerId));
    const now = nowIso();
    return withTransaction(db, async (trx) => {
      await evidenceRepository.insert(
        trx,
        { id, owner_id: ownerId, ...columns({ ...clean, audience }), source, version: 1, created_at: now, updated_at: now, deleted_at: null },
        clean.dimensions,
        clean.teams.map(teamKey),
      );
      await this.storage.evidenceSearch.index(trx, { id, ownerId, title: clean.title, body: clean.body, audience });
      const row = await evidenceRepository.findById(trx, id);
      return toEvidence(row as EvidenceRow);
    });
  }

  /** Today's date where the person lives (their time zone), for entries logged without one. */
  async today(personId: string): Promise<string> {
    const p = await peopleRepository.findById(this.db, personId);
    return todayIn(p?.time_zone);
  }

  async create(actor: Actor, input: Omit<EvidenceInput, 'occurredOn'> & { occurredOn?: string | undefined }): Promise<{ evidence: Evidence; version: number }> {
    const occurredOn = input.occurredOn ?? (await this.today(actor.personId));
    const evidence = await this.insert(this.db, actor.personId, { ...input, occurredOn }, 'manual');
    return { evidence, version: 1 };
  }

  /** The entry if the caller may see it; 404 otherwise, as if it did not exist. */
  private async load(scope: ViewerScope, id: string, db: Db = this.db): Promise<EvidenceRow> {
    const row = await evidenceRepository.findById(db, id);
    if (!row || row.deleted_at !== null) throw notFound('evidence');
    assertCanSee(scope, visibleItem(row), 'evidence');
    return row;
  }

  async get(actor: Actor, id: string): Promise<{ evidence: Evidence; version: number }> {
    const row = await this.load(await loadScope(this.db, actor), id);
    return { evidence: toEvidence(row), version: row.version };
  }

  /**
   * Visible → the policy decides who may `action` it (403 otherwise); invisible → 404; an
   * entry in the trash is its owner's alone. Stale If-Match → 412.
   */
  private async loadForWrite(actor: Actor, id: string, ifMatch: number | undefined, db: Db, action: 'edit' | 'delete' | 'restore'): Promise<EvidenceRow> {
    const scope = await loadScope(db, actor);
    const row = await evidenceRepository.findById(db, id);
    if (!row || (action !== 'restore' && row.deleted_at !== null)) throw notFound('evidence');
    assertAuthorized(authorize(scope, action, { kind: 'evidence', item: visibleItem(row) }), 'evidence', 'Only the owner can change an entry.');
    if (ifMatch !== undefined && row.version !== ifMatch) throw stale();
    return row;
  }

  async update(actor: Actor, id: string, patch: Partial<EvidenceInput>, ifMatch?: number): Promise<{ evidence: Evidence; version: number }> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, ifMatch, trx, 'edit');
      const current = toEvidence(row);
      const merged: EvidenceInput = { ...current, ...patch };
      // Tags left behind by a framework change stay; new ones must be in the framework.
      const clean = checkEvidence(merged, new Set([...(await this.dimensionIds(trx)), ...current.dimensions]), '', await isOwnInitiative(trx, row.owner_id, merged.initiativeId));
      const audience = clean.audience ?? current.audience;
      const ok = await evidenceRepository.update(trx, id, { ...columns({ ...clean, audience }), version: row.version + 1, updated_at: nowIso() }, row.version);
      if (!ok) throw stale();
      await evidenceRepository.setTags(trx, id, clean.dimensions, clean.teams.map(teamKey));
      await this.storage.evidenceSearch.index(trx, { id, ownerId: row.owner_id, title: clean.title, body: clean.body, audience });
      const after = (await evidenceRepository.findById(trx, id)) as EvidenceRow;
      return { evidence: toEvidence(after), version: after.version };
    });
  }

  /** Moves the entry to the trash for TRASH_DAYS; it disappears from reads, lists and search. */
  async remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, ifMatch, trx, 'delete');
      // Conditional on the version read: a concurrent edit in between must not leave a live
      // entry that the search index has forgotten.
      if (!(await evidenceRepository.update(trx, id, { deleted_at: nowIso(), version: row.version + 1 }, row.version))) throw stale();
      await this.storage.evidenceSearch.remove(trx, id);
    });
  }

  async restore(actor: Actor, id: string): Promise<{ evidence: Evidence; version: number }> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, undefined, trx, 'restore');
      if (row.deleted_at === null) throw new AppError('invalid_state', 'This entry is not in the trash.');
      if (!(await evidenceRepository.update(trx, id, { deleted_at: null, version: row.version + 1, updated_at: nowIso() }, row.version))) throw stale();
      const after = (await evidenceRepository.findById(trx, id)) as EvidenceRow;
      const e = toEvidence(after);
      await this.storage.evidenceSearch.index(trx, { id, ownerId: e.ownerId, title: e.title, body: e.body, audience: e.audience });
      return { evidence: e, version: after.version };
    });
  }

  async purgeTrash(now = Date.now()): Promise<number> {
    const before = new Date(now - TRASH_DAYS * 86_400_000).toISOString();
    const ids = await evidenceRepository.purgeDeletedBefore(this.db, before);
    for (const id of ids) {
      await withTransaction(this.db, async (trx) => {
        await this.storage.evidenceSearch.remove(trx, id);
        await evidenceRepository.hardDelete(trx, id);
      });
    }
    return ids.length;
  }

  async list(actor: Actor, query: EvidenceQuery): Promise<Page<EvidenceListItem>> {
    const scope = await loadScope(this.db, actor);
    const visible = contentFilter(scope);
    if (!visible) throw notFound('evidence');
    const criteria: EvidenceCriteria = {
      visible,
      owners: resolveOwners(actor, scope, query.owner),
      dimensions: query.dimension,
      impacts: query.impact,
      teamKeys: query.team?.map(teamKey),
      from: query.from,
      to: query.to,
      deleted: query.deleted,
      initiativeId: query.initiativeId,
    };
    // `owner=reports` alone, for someone without reports, matches nothing rather than everything.
    if (criteria.owners && criteria.owners.length === 0) return { items: [], nextCursor: null };
    if (query.from !== undefined) checkDate(query.from, 'from', 'query');
    if (query.to !== undefined) checkDate(query.to, 'to', 'query');
    if (query.from && query.to && query.from > query.to) throw invalid('from', '`from` is after `to`.', 'validation_failed', 'query');

    if (query.q !== undefined && query.q.trim() !== '') {
      const terms = parseSearchQuery(query.q);
      const { hits, next } = await searchPage(this.storage.evidenceSearch, this.db, terms, criteria, this.searchCursor(query.cursor), query.limit);
      return {
        items: hits.map((h) => {
          const e = toEvidence(h.row);
          const body = plainText(e.body);
          return { ...e, snippet: snippet(body && mentions(body, terms) ? body : e.title, terms) };
        }),
        nextCursor: next ? encodeCursor({ k: `s${next.tier}:${next.occurredOn}:${next.key ?? ''}`, id: next.id }) : null,
      };
    }
    const rows = await evidenceRepository.list(this.db, criteria, this.keyCursor(query.cursor), query.limit);
    return toPage(rows, query.limit, (r) => ({ ...toEvidence(r), ...(query.deleted && { deletedAt: r.deleted_at }) }), (r) => ({ k: r.occurred_on, id: r.id }));
  }

  /** Search cursors carry the tier, date, id and (SQLite) index key of the last hit. */
  private searchCursor(cursor: string | undefined): SearchPosition | null {
    const c = decodeCursor(cursor);
    if (!c) return null;
    const m = /^s([12]):(\d{4}-\d{2}-\d{2}):(-?\d*)$/.exec(c.k);
    if (!m) throw invalid('cursor', 'This cursor belongs to a list, not a search; start the search again.', 'invalid_cursor', 'query');
    return { tier: Number(m[1]) as 1 | 2, occurredOn: m[2] as string, id: c.id, key: m[3] ? Number(m[3]) : null };
  }

  private keyCursor(cursor: string | undefined) {
    const c = decodeCursor(cursor);
    if (c && !/^\d{4}-\d{2}-\d{2}$/.test(c.k)) throw invalid('cursor', 'This cursor belongs to a search; repeat the search.', 'invalid_cursor', 'query');
    return c;
  }

  /** Every live entry the caller owns, oldest first (for export). */
  async allOwn(actor: Actor): Promise<Evidence[]> {
    return (await evidenceRepository.allOf(this.db, actor.personId)).map(toEvidence);
  }
}
