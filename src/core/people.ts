import { withTransaction, type Db } from '../storage/database.js';
import { peopleRepository, type PersonRow } from '../storage/repositories/people.repository.js';
import { teamsRepository } from '../storage/repositories/teams.repository.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { hashPassword } from './secrets.js';

import { decodeCursor, toPage } from './pagination.js';
import { loadScope } from './scope.js';
import { maySetTargetLevel, mayAdminister, mayReadDirectory } from './visibility.js';
import { checkName, checkPassword, checkTimeZone, normaliseEmail } from './validation.js';
import type { Actor, Audience, Page, Person, Role, WeekStart } from './types.js';

export interface NewPerson {
  name: string;
  email: string;
  password: string;
  role?: Role | undefined;
  managerId?: string | null | undefined;
  targetLevel?: string | undefined;
  teamIds?: string[] | undefined;
  timeZone?: string | undefined;
}

export interface PersonPatch {
  name?: string;
  email?: string;
  role?: Role;
  managerId?: string | null;
  targetLevel?: string;
  active?: boolean;
  teamIds?: string[];
  timeZone?: string;
  weekStart?: WeekStart;
  defaultAudience?: Audience[];
}

/** Fields a person may change on themself; the rest is the admin's. */
const SELF_FIELDS = new Set<keyof PersonPatch>(['name', 'timeZone', 'weekStart', 'defaultAudience', 'targetLevel']);

export function toPerson(row: PersonRow, teamIds: string[]): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    managerId: row.manager_id,
    teamIds,
    targetLevel: row.target_level,
    active: row.active === 1,
    defaultAudience: JSON.parse(row.default_audience) as Audience[],
    timeZone: row.time_zone,
    weekStart: row.week_start as WeekStart,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function resolvePersonId(actor: Actor, id: string): string {
  return id === 'me' ? actor.personId : id;
}

/** The level ids a person may target (the active framework's), lowest first. */
export type LevelSource = (db: Db) => Promise<string[]>;

/** A new person targets the level above the lowest, or the lowest when there is one. */
const defaultTarget = (levels: string[]): string => levels[1] ?? levels[0] ?? 'staff';

export class PeopleService {
  constructor(
    private readonly db: Db,
    private readonly levels: LevelSource,
  ) {}

  private async checkLevel(level: string, db: Db): Promise<void> {
    const levels = await this.levels(db);
    if (!levels.includes(level)) throw invalid('/targetLevel', `Unknown level "${level}"; use one of ${levels.join(', ')}.`);
  }

  async present(rows: PersonRow[], db: Db = this.db): Promise<Person[]> {
    const teams = await peopleRepository.teamIdsFor(db, rows.map((r) => r.id));
    return rows.map((r) => toPerson(r, teams.get(r.id) ?? []));
  }

  async byId(id: string, db: Db = this.db): Promise<Person> {
    const row = await peopleRepository.findById(db, id);
    if (!row) throw notFound('person');
    const [p] = await this.present([row], db);
    return p as Person;
  }

  /** Creates an account. `bootstrap` is the first-run set-up, which has no actor. */
  async create(actor: Actor | null, input: NewPerson, db: Db = this.db): Promise<Person> {
    if (actor) {
      const scope = await loadScope(db, actor);
      if (!mayAdminister(scope.viewer, 'people.create')) throw forbidden('Only an admin can add people.');
    }
    const name = checkName(input.name);
    const email = normaliseEmail(input.email);
    checkPassword(input.password);
    const targetLevel = input.targetLevel ?? defaultTarget(await this.levels(db));
    await this.checkLevel(targetLevel, db);
    const timeZone = checkTimeZone(input.timeZone ?? 'UTC');
    const id = newId();
    const now = nowIso();
    const passwordHash = await hashPassword(input.password);
    return withTransaction(db, async (trx) => {
      if (input.managerId) await this.checkManager(trx, id, input.managerId);
      if (input.teamIds) await this.checkTeams(trx, input.teamIds);
      try {
        await peopleRepository.insert(trx, {
          id,
          name,
          email,
          password_hash: passwordHash,
          role: input.role ?? 'member',
          manager_id: input.managerId ?? null,
          target_level: targetLevel,
          active: 1,
          must_change_password: 0,
          default_audience: JSON.stringify(['manager']),
          time_zone: timeZone,
          week_start: 'monday',
          created_at: now,
          updated_at: now,
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('email_taken', 'Someone already has this e-mail address.', { errors: [{ pointer: '/email', message: 'Already taken.' }] });
        throw err;
      }
      if (input.teamIds?.length) await teamsRepository.setMemberships(trx, id, [...new Set(input.teamIds)], now);
      return this.byId(id, trx);
    });
  }

  /** A directory look-up by e-mail (for the CLI's `--manager EMAIL`). */
  async byEmail(actor: Actor, email: string): Promise<Person> {
    const scope = await loadScope(this.db, actor);
    const row = await peopleRepository.findByEmail(this.db, email);
    if (!row || !mayReadDirectory(scope)) throw invalid('/email', `No person with e-mail ${email}.`);
    return this.byId(row.id);
  }

  async get(actor: Actor, id: string): Promise<Person> {
    const scope = await loadScope(this.db, actor);
    if (!mayReadDirectory(scope)) throw notFound('person');
    return this.byId(resolvePersonId(actor, id));
  }

  async list(actor: Actor, q: { q?: string; team?: string; managerId?: string; includeInactive?: boolean; limit: number; cursor?: string }): Promise<Page<Person>> {
    const scope = await loadScope(this.db, actor);
    if (!mayReadDirectory(scope)) throw notFound('person');
    const after = decodeCursor(q.cursor);
    const rows = await peopleRepository.list(this.db, {
      q: q.q,
      teamId: q.team,
      managerId: q.managerId === 'me' ? actor.personId : q.managerId,
      includeInactive: q.includeInactive === true,
      after,
      limit: q.limit,
    });
    const page = toPage(rows, q.limit, (r) => r, (r) => ({ k: r.name, id: r.id }));
    return { items: await this.present(page.items), nextCursor: page.nextCursor };
  }

  async update(actor: Actor, rawId: string, patch: PersonPatch): Promise<Person> {
    const id = resolvePersonId(actor, rawId);
    const scope = await loadScope(this.db, actor);
    const existing = await peopleRepository.findById(this.db, id);
    if (!existing) throw notFound('person');
    const keys = (Object.keys(patch) as (keyof PersonPatch)[]).filter((k) => patch[k] !== undefined);
    const isAdmin = mayAdminister(scope.viewer, 'people.update');
    for (const k of keys) {
      if (isAdmin) continue;
      if (k === 'targetLevel' && maySetTargetLevel(scope, id)) continue;
      if (id === actor.personId && SELF_FIELDS.has(k)) continue;
      throw forbidden(k === 'targetLevel' ? 'Only the person or their manager can set the target level.' : 'Only an admin can change this.');
    }
    const now = nowIso();
    const set: Parameters<typeof peopleRepository.update>[2] = { updated_at: now };
    if (patch.name !== undefined) set.name = checkName(patch.name);
    if (patch.email !== undefined) set.email = normaliseEmail(patch.email);
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.targetLevel !== undefined) {
      await this.checkLevel(patch.targetLevel, this.db);
      set.target_level = patch.targetLevel;
    }
    if (patch.timeZone !== undefined) set.time_zone = checkTimeZone(patch.timeZone);
    if (patch.weekStart !== undefined) set.week_start = patch.weekStart;
    if (patch.defaultAudience !== undefined) set.default_audience = JSON.stringify([...new Set(patch.defaultAudience)]);
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    if (patch.managerId !== undefined) set.manager_id = patch.managerId;

    return withTransaction(this.db, async (trx) => {
      if (patch.managerId) await this.checkManager(trx, id, patch.managerId);
      if (patch.teamIds) await this.checkTeams(trx, patch.teamIds);
      const demoting = (patch.role === 'member' && existing.role === 'admin') || (patch.active === false && existing.role === 'admin');
      if (demoting) await this.keepOneAdmin(trx, id);
      try {
        await peopleRepository.update(trx, id, set);
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('email_taken', 'Someone already has this e-mail address.', { errors: [{ pointer: '/email', message: 'Already taken.' }] });
        throw err;
      }
      if (patch.teamIds) await teamsRepository.setMemberships(trx, id, [...new Set(patch.teamIds)], now);
      // Deactivation takes effect at once: authentication checks `active`, and sessions go.
      if (patch.active === false) await authRepository.deleteSessionsOf(trx, id);
      return this.byId(id, trx);
    });
  }

  async resetPassword(actor: Actor, rawId: string, password: string): Promise<void> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'people.reset-password')) throw forbidden('Only an admin can reset a password.');
    const id = resolvePersonId(actor, rawId);
    if (!(await peopleRepository.findById(this.db, id))) throw notFound('person');
    checkPassword(password);
    const hash = await hashPassword(password);
    await withTransaction(this.db, async (trx) => {
      await peopleRepository.update(trx, id, { password_hash: hash, must_change_password: 1, updated_at: nowIso() });
      await authRepository.deleteSessionsOf(trx, id);
    });
  }

  /** When a manager leaves: their direct reports move to another manager (or none). */
  async moveReports(actor: Actor, rawId: string, toManagerId: string | null): Promise<number> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'people.move-reports')) throw forbidden('Only an admin can move reports.');
    const id = resolvePersonId(actor, rawId);
    if (!(await peopleRepository.findById(this.db, id))) throw notFound('person');
    return withTransaction(this.db, async (trx) => {
      if (toManagerId) {
        const target = await peopleRepository.findById(trx, toManagerId);
        if (!target) throw invalid('/toManagerId', 'No such person.');
        // The new manager must not be one of the people who move, nor below one of them.
        const moving = new Set(await peopleRepository.reportIds(trx, id));
        if (moving.has(toManagerId)) throw invalid('/toManagerId', 'This would make someone their own manager.', 'manager_cycle');
      }
      return peopleRepository.moveReports(trx, id, toManagerId, nowIso());
    });
  }

  private async checkManager(db: Db, personId: string, managerId: string): Promise<void> {
    if (managerId === personId) throw invalid('/managerId', 'A person cannot be their own manager.', 'manager_cycle');
    const manager = await peopleRepository.findById(db, managerId);
    if (!manager) throw invalid('/managerId', 'No such person.');
    const chain = await peopleRepository.managerChain(db, managerId);
    if (chain.includes(personId)) throw invalid('/managerId', 'This reporting line would form a cycle.', 'manager_cycle');
  }

  private async checkTeams(db: Db, teamIds: string[]): Promise<void> {
    const found = new Set((await teamsRepository.findExisting(db, teamIds)).map((t) => t.id));
    const i = teamIds.findIndex((t) => !found.has(t));
    if (i >= 0) throw invalid(`/teamIds/${i}`, 'No such team.');
  }

  private async keepOneAdmin(db: Db, leavingId: string): Promise<void> {
    if (!(await peopleRepository.anotherActiveAdmin(db, leavingId))) {
      throw new AppError('invalid_state', 'The organisation needs at least one active admin.');
    }
  }
}
