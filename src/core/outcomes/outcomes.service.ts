import { withTransaction, type Db } from '../../storage/database.js';
import { initiativesRepository } from '../../storage/repositories/initiatives.repository.js';
import { outcomesRepository, type MeasurementRow, type OutcomeRow } from '../../storage/repositories/outcomes.repository.js';
import { isIsoDate } from '../../shared/dates.js';
import { OUTCOME_LIMITS as L } from '../../shared/staff-work-limits.js';
import { AppError, invalid, notFound, type FieldError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { loadScope } from '../scope.js';
import { defaultAudienceOf, resolveOwners, staleVersion } from '../owners.js';
import { assertAuthorized, assertCanSee, authorize, contentFilter, type ViewerScope } from '../visibility.js';
import { IMPACTS, type Impact } from '../evidence/types.js';
import type { Actor, Audience, Page } from '../types.js';
import { parseMeasurementsCsv } from './measurement-csv.js';
import { DIRECTIONS, latestMeasurement, outcomeProgress, targetProblem, type Direction } from './outcome-rules.js';
import type { Measurement, MeasurementInput, Outcome, OutcomeInput } from './types.js';

export interface OutcomeQuery {
  owner?: string[] | undefined;
  initiativeId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

type Versioned<T> = { value: T; version: number };

const visibleOutcome = (r: Pick<OutcomeRow, 'owner_id' | 'audience'>) => ({ ownerId: r.owner_id, audience: JSON.parse(r.audience) as Audience[] });

const toMeasurement = (m: MeasurementRow): Measurement => ({ id: m.id, value: m.value, measuredOn: m.measured_on, note: m.note });

export function toOutcome(r: OutcomeRow, rows: readonly MeasurementRow[]): Outcome {
  const measurements = rows.map(toMeasurement);
  const latest = latestMeasurement(measurements);
  return {
    id: r.id,
    ownerId: r.owner_id,
    name: r.name,
    unit: r.unit,
    direction: r.direction as Direction,
    baseline: r.baseline,
    target: r.target,
    impact: r.impact as Impact | null,
    initiativeId: r.initiative_id,
    audience: JSON.parse(r.audience) as Audience[],
    measurements,
    latest: latest ? { value: latest.value, measuredOn: latest.measuredOn } : null,
    progress: outcomeProgress(r.baseline, r.target, latest?.value),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

interface CleanOutcome {
  name: string;
  unit: string;
  direction: Direction;
  baseline: number;
  target: number;
  impact: Impact | null;
  initiativeId: string | null;
  audience: Audience[] | undefined;
}

/** Checks a whole outcome (create) or the current one with a patch applied; names every bad field. */
async function checkOutcome(db: Db, ownerId: string, input: OutcomeInput): Promise<CleanOutcome> {
  const errors: FieldError[] = [];
  const bad = (pointer: string, message: string) => errors.push({ pointer, message });
  const name = (input.name ?? '').trim();
  if (!name) bad('/name', 'Name what is measured, such as "p99 latency of checkout".');
  else if (name.length > L.name) bad('/name', `Use at most ${L.name} characters.`);
  const unit = (input.unit ?? '').trim();
  if (unit.length > L.unit) bad('/unit', `Use at most ${L.unit} characters.`);
  const direction = input.direction ?? 'higher';
  if (!(DIRECTIONS as readonly string[]).includes(direction)) bad('/direction', `Use ${DIRECTIONS.join(' or ')}.`);
  const baseline = input.baseline ?? NaN;
  const target = input.target ?? NaN;
  if (!Number.isFinite(baseline)) bad('/baseline', 'Give the value before the work, as a number.');
  if (!Number.isFinite(target)) bad('/target', 'Give the value you aim for, as a number.');
  const problem = targetProblem(direction, baseline, target);
  if (problem) errors.push(problem);
  const impact = input.impact ?? null;
  if (impact !== null && !(IMPACTS as readonly string[]).includes(impact)) bad('/impact', `Use one of ${IMPACTS.join(', ')}.`);
  const initiativeId = input.initiativeId ?? null;
  if (initiativeId !== null && (await initiativesRepository.findById(db, initiativeId))?.owner_id !== ownerId) {
    bad('/initiativeId', 'Name one of your own initiatives.');
  }
  if (errors.length > 0) throw new AppError('validation_failed', `${(errors[0] as FieldError).pointer}: ${(errors[0] as FieldError).message}`, { errors });
  return { name, unit, direction, baseline, target, impact, initiativeId, audience: input.audience ? [...new Set(input.audience)] : undefined };
}

function columns(c: CleanOutcome & { audience: Audience[] }) {
  return {
    name: c.name,
    unit: c.unit,
    direction: c.direction,
    baseline: c.baseline,
    target: c.target,
    impact: c.impact,
    initiative_id: c.initiativeId,
    audience: JSON.stringify(c.audience),
    aud_manager: c.audience.includes('manager') ? 1 : 0,
    aud_mentors: c.audience.includes('mentors') ? 1 : 0,
    aud_org: c.audience.includes('org') ? 1 : 0,
  };
}

function checkMeasurement(m: MeasurementInput, base = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isFinite(m.value)) errors.push({ pointer: `${base}/value`, message: 'Give the measured value as a number.' });
  if (!isIsoDate(m.measuredOn)) errors.push({ pointer: `${base}/measuredOn`, message: 'Use a real date written YYYY-MM-DD.' });
  if ((m.note ?? '').length > L.note) errors.push({ pointer: `${base}/note`, message: `Use at most ${L.note} characters.` });
  return errors;
}

/** Outcome metrics and their measurements (PRODUCT.md §9); visibility as evidence. */
export class OutcomesService {
  constructor(private readonly db: Db) {}

  private async present(db: Db, rows: OutcomeRow[]): Promise<Outcome[]> {
    const measurements = await outcomesRepository.measurementsOf(db, rows.map((r) => r.id));
    return rows.map((r) => toOutcome(r, measurements.get(r.id) ?? []));
  }

  private async one(db: Db, id: string): Promise<Versioned<Outcome>> {
    const row = (await outcomesRepository.findById(db, id)) as OutcomeRow;
    const [value] = await this.present(db, [row]);
    return { value: value as Outcome, version: row.version };
  }

  private async load(scope: ViewerScope, id: string, db: Db = this.db): Promise<OutcomeRow> {
    const row = await outcomesRepository.findById(db, id);
    if (!row) throw notFound('outcome');
    assertCanSee(scope, visibleOutcome(row), 'outcome');
    return row;
  }

  private async loadForWrite(actor: Actor, id: string, ifMatch: number | undefined, db: Db, action: 'edit' | 'delete' = 'edit'): Promise<OutcomeRow> {
    const row = await outcomesRepository.findById(db, id);
    if (!row) throw notFound('outcome');
    assertAuthorized(authorize(await loadScope(db, actor), action, { kind: 'outcome', item: visibleOutcome(row) }), 'outcome', 'Only the owner can change an outcome.');
    if (ifMatch !== undefined && row.version !== ifMatch) throw staleVersion('outcome');
    return row;
  }

  async create(actor: Actor, input: OutcomeInput & { name: string }): Promise<Versioned<Outcome>> {
    const clean = await checkOutcome(this.db, actor.personId, input);
    const audience = clean.audience ?? (await defaultAudienceOf(this.db, actor.personId));
    const now = nowIso();
    const id = newId();
    await outcomesRepository.insert(this.db, { id, owner_id: actor.personId, ...columns({ ...clean, audience }), version: 1, created_at: now, updated_at: now });
    return this.one(this.db, id);
  }

  async get(actor: Actor, id: string): Promise<Versioned<Outcome>> {
    await this.load(await loadScope(this.db, actor), id);
    return this.one(this.db, id);
  }

  async update(actor: Actor, id: string, patch: OutcomeInput, ifMatch?: number): Promise<Versioned<Outcome>> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, ifMatch, trx);
      const current = toOutcome(row, []);
      const clean = await checkOutcome(trx, row.owner_id, { ...current, ...patch });
      const audience = clean.audience ?? current.audience;
      const ok = await outcomesRepository.update(trx, id, { ...columns({ ...clean, audience }), version: row.version + 1, updated_at: nowIso() }, row.version);
      if (!ok) throw staleVersion('outcome');
      return this.one(trx, id);
    });
  }

  async remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    await withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, ifMatch, trx, 'delete');
      if (!(await outcomesRepository.remove(trx, id, row.version))) throw staleVersion('outcome');
    });
  }

  async list(actor: Actor, query: OutcomeQuery): Promise<Page<Outcome>> {
    const scope = await loadScope(this.db, actor);
    const visible = contentFilter(scope);
    if (!visible) throw notFound('outcome');
    const owners = resolveOwners(actor, scope, query.owner);
    if (owners && owners.length === 0) return { items: [], nextCursor: null };
    const rows = await outcomesRepository.list(this.db, { visible, owners, initiativeId: query.initiativeId }, decodeCursor(query.cursor), query.limit);
    const page = toPage(rows, query.limit, (r) => r, (r) => ({ k: r.created_at, id: r.id }));
    return { items: await this.present(this.db, page.items), nextCursor: page.nextCursor };
  }

  /** Records measurements all together or not at all; answers them in the order given. */
  private async addMeasurements(actor: Actor, id: string, inputs: MeasurementInput[], ifMatch?: number): Promise<{ measurements: Measurement[]; outcome: Versioned<Outcome> }> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, ifMatch, trx);
      if ((await outcomesRepository.countMeasurements(trx, id)) + inputs.length > L.measurements) {
        throw invalid('/', `An outcome keeps at most ${L.measurements} measurements.`);
      }
      const now = nowIso();
      const base = Date.now();
      // Ids follow the order given, so measurements of one day keep it.
      const rows = inputs.map((m, i) => ({ id: newId(base + i), outcome_id: id, value: m.value, measured_on: m.measuredOn, note: (m.note ?? '').trim(), created_at: now }));
      await outcomesRepository.insertMeasurements(trx, rows);
      if (!(await outcomesRepository.touch(trx, id, row.version, now))) throw staleVersion('outcome');
      return { measurements: rows.map(toMeasurement), outcome: await this.one(trx, id) };
    });
  }

  async record(actor: Actor, id: string, input: MeasurementInput, ifMatch?: number): Promise<{ measurement: Measurement; outcome: Versioned<Outcome> }> {
    await this.load(await loadScope(this.db, actor), id);
    const errors = checkMeasurement(input);
    if (errors.length > 0) throw new AppError('validation_failed', `${(errors[0] as FieldError).pointer}: ${(errors[0] as FieldError).message}`, { errors });
    const { measurements, outcome } = await this.addMeasurements(actor, id, [input], ifMatch);
    return { measurement: measurements[0] as Measurement, outcome };
  }

  /** A CSV with the header `measuredOn,value,note`: every row or none (400 naming each bad cell). */
  async importCsv(actor: Actor, id: string, csv: string): Promise<{ imported: number; outcome: Versioned<Outcome> }> {
    await this.load(await loadScope(this.db, actor), id);
    const parsed = parseMeasurementsCsv(csv);
    if (!parsed.ok) {
      const first = parsed.errors[0] as FieldError;
      throw new AppError('validation_failed', `Nothing was imported. ${first.message}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : ''}`, { errors: parsed.errors });
    }
    const { measurements, outcome } = await this.addMeasurements(actor, id, parsed.rows);
    return { imported: measurements.length, outcome };
  }

  async removeMeasurement(actor: Actor, id: string, measurementId: string): Promise<Versioned<Outcome>> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadForWrite(actor, id, undefined, trx);
      if (!(await outcomesRepository.findMeasurement(trx, id, measurementId))) throw notFound('measurement');
      await outcomesRepository.removeMeasurement(trx, id, measurementId);
      if (!(await outcomesRepository.touch(trx, id, row.version, nowIso()))) throw staleVersion('outcome');
      return this.one(trx, id);
    });
  }
}
