import { withTransaction, type Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { stakeholdersRepository, type StakeholderRow } from '../../storage/repositories/stakeholders.repository.js';
import { teamsRepository } from '../../storage/repositories/teams.repository.js';
import { todayIn, isIsoDate } from '../../shared/dates.js';
import { STAKEHOLDER_LIMITS as L } from '../../shared/staff-work-limits.js';
import { AppError, invalid, notFound, type FieldError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { staleVersion } from '../owners.js';
import type { OrganisationSettingsService } from '../organisation-settings.js';
import type { Actor, Page } from '../types.js';
import type { RiskGrade } from '../initiatives/scope-summary.js';
import { isStale, nextHistory, type StakeholderRole, type Stance, type StanceChange } from './stakeholder-rules.js';
import type { NewStakeholder, ParentAccess, ParentKind, Stakeholder, StakeholderParent, StakeholderPatch } from './types.js';

const COLUMN: Record<ParentKind, 'initiative_id' | 'document_id'> = { initiative: 'initiative_id', document: 'document_id' };

function parentOf(r: StakeholderRow): { kind: ParentKind; id: string } {
  return r.initiative_id !== null ? { kind: 'initiative', id: r.initiative_id } : { kind: 'document', id: r.document_id ?? '' };
}

/**
 * Stakeholders of initiatives and documents (PRODUCT.md §9): whoever sees the parent sees them,
 * the parent's owner writes them. The parent kinds plug in through `ParentAccess`, so documents
 * reuse this unchanged.
 */
export class StakeholdersService {
  private readonly parents = new Map<ParentKind, ParentAccess>();

  constructor(
    private readonly db: Db,
    private readonly settings: OrganisationSettingsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Registers how to reach a kind of parent (initiatives at start-up; documents when they exist). */
  register(kind: ParentKind, access: ParentAccess): void {
    this.parents.set(kind, access);
  }

  private access(kind: ParentKind): ParentAccess {
    const a = this.parents.get(kind);
    if (!a) throw notFound(kind);
    return a;
  }

  private async present(db: Db, rows: StakeholderRow[], parent: StakeholderParent): Promise<Stakeholder[]> {
    const { stakeholderStaleDays } = await this.settings.get(db);
    const owner = await peopleRepository.findById(db, parent.ownerId);
    const today = todayIn(owner?.time_zone, this.now());
    return rows.map((r) => ({
      id: r.id,
      initiativeId: r.initiative_id,
      documentId: r.document_id,
      personId: r.person_id,
      teamId: r.team_id,
      name: r.name,
      role: r.role as StakeholderRole,
      stance: r.stance as Stance,
      influence: r.influence as RiskGrade | null,
      interest: r.interest as RiskGrade | null,
      lastContactOn: r.last_contact_on,
      note: r.note,
      stale: isStale({ parentOpen: parent.open, lastContactOn: r.last_contact_on, today, staleDays: stakeholderStaleDays }),
      history: JSON.parse(r.history) as StanceChange[],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  private async one(db: Db, row: StakeholderRow, parent: StakeholderParent): Promise<{ value: Stakeholder; version: number }> {
    const [value] = await this.present(db, [row], parent);
    return { value: value as Stakeholder, version: row.version };
  }

  async create(actor: Actor, input: NewStakeholder): Promise<{ value: Stakeholder; version: number }> {
    const parents = ([['initiative', input.initiativeId], ['document', input.documentId]] as const).filter(([, id]) => id !== undefined);
    if (parents.length !== 1) {
      throw invalid(parents.length === 0 ? '/initiativeId' : '/documentId', 'Give exactly one parent: an initiativeId or a documentId.');
    }
    const [kind, parentId] = parents[0] as readonly [ParentKind, string];
    const parent = await this.access(kind).forWrite(actor, parentId, this.db);
    const who = ([['personId', input.personId], ['teamId', input.teamId], ['name', input.name]] as const).filter(([, v]) => v !== undefined);
    if (who.length !== 1) {
      throw invalid(who.length === 0 ? '/personId' : `/${(who[1] as readonly [string, unknown])[0]}`, 'Name exactly one of: a person (personId), a team (teamId) or someone outside (name).');
    }
    const errors: FieldError[] = [];
    if (input.personId !== undefined && !(await peopleRepository.findById(this.db, input.personId))) errors.push({ pointer: '/personId', message: 'No such person.' });
    if (input.teamId !== undefined && !(await teamsRepository.findById(this.db, input.teamId))) errors.push({ pointer: '/teamId', message: 'No such team.' });
    const name = input.name === undefined ? null : input.name.trim();
    if (name !== null && (name.length === 0 || name.length > L.name)) errors.push({ pointer: '/name', message: `Use a name of 1 to ${L.name} characters.` });
    const fields = checkFields(input, errors);
    if (errors.length > 0) throw new AppError('validation_failed', `${(errors[0] as FieldError).pointer}: ${(errors[0] as FieldError).message}`, { errors });
    const now = nowIso();
    const stance = input.stance ?? 'unaware';
    const id = newId();
    await stakeholdersRepository.insert(this.db, {
      id,
      initiative_id: kind === 'initiative' ? parentId : null,
      document_id: kind === 'document' ? parentId : null,
      person_id: input.personId ?? null,
      team_id: input.teamId ?? null,
      name,
      role: input.role,
      stance,
      influence: fields.influence ?? null,
      interest: fields.interest ?? null,
      history: JSON.stringify(nextHistory([], stance, now)),
      last_contact_on: fields.lastContactOn ?? null,
      note: fields.note ?? '',
      version: 1,
      created_at: now,
      updated_at: now,
    });
    return this.one(this.db, (await stakeholdersRepository.findById(this.db, id)) as StakeholderRow, parent);
  }

  async list(actor: Actor, query: { initiativeId?: string | undefined; documentId?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<Stakeholder>> {
    const given = ([['initiative', query.initiativeId], ['document', query.documentId]] as const).filter(([, id]) => id !== undefined);
    if (given.length !== 1) throw invalid(given.length === 0 ? 'initiativeId' : 'documentId', 'Ask for one parent: initiativeId or documentId.', 'validation_failed', 'query');
    const [kind, parentId] = given[0] as readonly [ParentKind, string];
    const parent = await this.access(kind).forRead(actor, parentId, this.db);
    const rows = await stakeholdersRepository.ofParent(this.db, { column: COLUMN[kind], id: parentId }, decodeCursor(query.cursor), query.limit);
    const page = toPage(rows, query.limit, (r) => r, (r) => ({ k: r.created_at, id: r.id }));
    return { items: await this.present(this.db, page.items, parent), nextCursor: page.nextCursor };
  }

  /** The stakeholder and its parent if the caller may see the parent; 404 otherwise. */
  private async load(actor: Actor, id: string, write: boolean, db: Db): Promise<{ row: StakeholderRow; parent: StakeholderParent }> {
    const row = await stakeholdersRepository.findById(db, id);
    if (!row) throw notFound('stakeholder');
    const p = parentOf(row);
    const access = this.parents.get(p.kind);
    if (!access) throw notFound('stakeholder');
    try {
      // Reading first: a parent the caller may not see hides the stakeholder (404), one they see
      // but may not change refuses the write (403).
      await access.forRead(actor, p.id, db);
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') throw notFound('stakeholder');
      throw err;
    }
    return { row, parent: write ? await access.forWrite(actor, p.id, db) : await access.forRead(actor, p.id, db) };
  }

  async get(actor: Actor, id: string): Promise<{ value: Stakeholder; version: number }> {
    const { row, parent } = await this.load(actor, id, false, this.db);
    return this.one(this.db, row, parent);
  }

  async update(actor: Actor, id: string, patch: StakeholderPatch, ifMatch?: number): Promise<{ value: Stakeholder; version: number }> {
    return withTransaction(this.db, async (trx) => {
      const { row, parent } = await this.load(actor, id, true, trx);
      if (ifMatch !== undefined && ifMatch !== row.version) throw staleVersion('stakeholder');
      const errors: FieldError[] = [];
      if (patch.name !== undefined) {
        const n = patch.name.trim();
        if (row.name === null) errors.push({ pointer: '/name', message: 'Only a stakeholder from outside is named; a person or a team keeps its own name.' });
        else if (n.length === 0 || n.length > L.name) errors.push({ pointer: '/name', message: `Use a name of 1 to ${L.name} characters.` });
      }
      const fields = checkFields(patch, errors);
      if (errors.length > 0) throw new AppError('validation_failed', `${(errors[0] as FieldError).pointer}: ${(errors[0] as FieldError).message}`, { errors });
      const now = nowIso();
      const stance = patch.stance ?? (row.stance as Stance);
      const ok = await stakeholdersRepository.update(
        trx,
        id,
        {
          ...(patch.name !== undefined && { name: patch.name.trim() }),
          ...(patch.role !== undefined && { role: patch.role }),
          stance,
          history: JSON.stringify(nextHistory(JSON.parse(row.history) as StanceChange[], stance, now)),
          ...(fields.influence !== undefined && { influence: fields.influence }),
          ...(fields.interest !== undefined && { interest: fields.interest }),
          ...(fields.lastContactOn !== undefined && { last_contact_on: fields.lastContactOn }),
          ...(fields.note !== undefined && { note: fields.note }),
          version: row.version + 1,
          updated_at: now,
        },
        row.version,
      );
      if (!ok) throw staleVersion('stakeholder');
      return this.one(trx, (await stakeholdersRepository.findById(trx, id)) as StakeholderRow, parent);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      await this.load(actor, id, true, trx);
      await stakeholdersRepository.remove(trx, id);
    });
  }
}

function checkFields(input: StakeholderPatch, errors: FieldError[]): StakeholderPatch {
  const out: StakeholderPatch = {};
  if (input.lastContactOn !== undefined) {
    if (input.lastContactOn !== null && !isIsoDate(input.lastContactOn)) errors.push({ pointer: '/lastContactOn', message: 'Use a real date written YYYY-MM-DD.' });
    out.lastContactOn = input.lastContactOn;
  }
  if (input.note !== undefined) {
    if (input.note.length > L.note) errors.push({ pointer: '/note', message: `Use at most ${L.note} characters.` });
    out.note = input.note.trim();
  }
  if (input.influence !== undefined) out.influence = input.influence;
  if (input.interest !== undefined) out.interest = input.interest;
  return out;
}
