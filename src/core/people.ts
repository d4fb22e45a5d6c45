import { withTransaction, type Db } from '../storage/database.js';
import { peopleRepository, type PersonRow } from '../storage/repositories/people.repository.js';
import { teamsRepository } from '../storage/repositories/teams.repository.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { notificationsRepository } from '../storage/repositories/notifications.repository.js';
import { addressOf, recordAudit, type AuditRecord, type Origin } from './audit.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound, type ErrorCode } from './errors.js';
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

/**
 * The code of the refusal when an account action would put people under the one who acts.
 * `self_management_forbidden` once core/errors.ts lists it; `forbidden` until then.
 */
export const SELF_MANAGEMENT_CODE: ErrorCode = 'self_management_forbidden';

const selfManagement = (pointer: string): AppError => {
  const message =
    'An admin cannot put people under themselves, directly or through their own reports: that would let account administration reach their content. Ask another admin to set this reporting line.';
  return new AppError(SELF_MANAGEMENT_CODE, message, { errors: [{ pointer, message }] });
};

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

/** More direct reports than anyone has: move-reports reads them all to tell each one. */
const MAX_MOVED = 100_000;

async function notify(
  db: Db,
  n: { personId: string; kind: string; actorId: string | null; subjectId: string | null; text: string; link: string | null },
): Promise<void> {
  await notificationsRepository.insert(db, {
    id: newId(),
    person_id: n.personId,
    kind: n.kind,
    actor_id: n.actorId,
    subject_id: n.subjectId,
    text: n.text,
    link: n.link,
    created_at: nowIso(),
    read_at: null,
  });
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
  async create(actor: Actor | null, input: NewPerson, db: Db = this.db, origin?: Origin): Promise<Person> {
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
      if (input.managerId) {
        await this.checkManager(trx, id, input.managerId);
        if (actor) await this.checkNotGainingReports(trx, actor, input.managerId, [], '/managerId');
      }
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
      const names = await this.names(trx, [actor?.personId, input.managerId]);
      const role = input.role ?? 'member';
      const records: AuditRecord[] = [
        {
          action: 'person.created',
          actorId: actor?.personId ?? null,
          subjectId: id,
          summary: actor
            ? `${names.of(actor.personId)} added ${name} <${email}> as ${role === 'admin' ? 'an admin' : 'a member'}.`
            : `First-run set-up created the admin account ${name} <${email}>.`,
          details: { email, role, managerId: input.managerId ?? null },
        },
      ];
      if (input.managerId) {
        records.push(this.managerRecord(actor, id, name, null, input.managerId, names));
        await this.notifyManagerChange(trx, actor, id, input.managerId, names);
      }
      await recordAudit(trx, records, addressOf(actor, origin));
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

  async update(actor: Actor, rawId: string, patch: PersonPatch, origin?: Origin): Promise<Person> {
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

    const managerChanges = patch.managerId !== undefined && patch.managerId !== existing.manager_id;
    return withTransaction(this.db, async (trx) => {
      if (managerChanges && patch.managerId) {
        await this.checkManager(trx, id, patch.managerId);
        await this.checkNotGainingReports(trx, actor, patch.managerId, await peopleRepository.managerChain(trx, id), '/managerId');
      }
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
      await this.auditUpdate(trx, actor, existing, set, managerChanges ? (patch.managerId ?? null) : undefined, addressOf(actor, origin));
      return this.byId(id, trx);
    });
  }

  /** The audit entries (and the notification) for what an update changed on an account. */
  private async auditUpdate(
    trx: Db,
    actor: Actor,
    before: PersonRow,
    set: Parameters<typeof peopleRepository.update>[2],
    newManagerId: string | null | undefined,
    address: string | null,
  ): Promise<void> {
    const changed = (k: 'role' | 'email' | 'active') => set[k] !== undefined && set[k] !== before[k];
    if (newManagerId === undefined && !changed('role') && !changed('email') && !changed('active')) return;
    const records: AuditRecord[] = [];
    const names = await this.names(trx, [actor.personId, before.manager_id, newManagerId]);
    const who = names.of(actor.personId);
    const subject = before.name;
    if (newManagerId !== undefined) {
      records.push(this.managerRecord(actor, before.id, subject, before.manager_id, newManagerId, names));
      await this.notifyManagerChange(trx, actor, before.id, newManagerId, names);
    }
    if (set.role !== undefined && set.role !== before.role) {
      records.push({
        action: 'person.role_changed',
        actorId: actor.personId,
        subjectId: before.id,
        summary: `${who} changed the role of ${subject} from ${before.role} to ${set.role}.`,
        details: { from: before.role, to: set.role },
      });
    }
    if (set.email !== undefined && set.email !== before.email) {
      records.push({
        action: 'person.email_changed',
        actorId: actor.personId,
        subjectId: before.id,
        summary: `${who} changed the e-mail address of ${subject} from ${before.email} to ${set.email}.`,
        details: { from: before.email, to: set.email },
      });
    }
    if (set.active !== undefined && set.active !== before.active) {
      records.push({
        action: set.active === 1 ? 'person.reactivated' : 'person.deactivated',
        actorId: actor.personId,
        subjectId: before.id,
        summary: `${who} ${set.active === 1 ? 'reactivated' : 'deactivated'} the account of ${subject}.`,
        details: { active: set.active === 1 },
      });
    }
    await recordAudit(trx, records, address);
  }

  private managerRecord(
    actor: Actor | null,
    personId: string,
    personName: string,
    from: string | null,
    to: string | null,
    names: { of(id: string | null | undefined): string },
  ): AuditRecord {
    const who = actor ? names.of(actor.personId) : 'First-run set-up';
    const summary =
      to === null
        ? `${who} removed ${names.of(from)} as the manager of ${personName}.`
        : `${who} changed the manager of ${personName} from ${from ? names.of(from) : 'nobody'} to ${names.of(to)}.`;
    return { action: 'person.manager_changed', actorId: actor?.personId ?? null, subjectId: personId, summary, details: { from, to } };
  }

  /** The person hears of a new reporting line in the app (unless they made the change). */
  private async notifyManagerChange(
    trx: Db,
    actor: Actor | null,
    personId: string,
    to: string | null,
    names: { of(id: string | null | undefined): string },
  ): Promise<void> {
    if (actor?.personId === personId) return;
    const who = actor ? names.of(actor.personId) : 'An admin';
    await notify(trx, {
      personId,
      kind: 'reporting-line-changed',
      actorId: actor?.personId ?? null,
      subjectId: to,
      text: to === null ? `${who} removed your manager. You have no manager now.` : `${who} set your manager to ${names.of(to)}.`,
      link: '/people',
    });
  }

  /** Names by id, read once, for audit summaries and notifications. */
  private async names(db: Db, ids: (string | null | undefined)[]): Promise<{ of(id: string | null | undefined): string }> {
    const wanted = [...new Set(ids.filter((i): i is string => typeof i === 'string'))];
    const rows = await Promise.all(wanted.map((i) => peopleRepository.findById(db, i)));
    const map = new Map(rows.filter((r): r is PersonRow => r !== undefined).map((r) => [r.id, r.name]));
    return { of: (id) => (id ? (map.get(id) ?? 'someone') : 'nobody') };
  }

  /**
   * Sets a password the person must change at next sign-in. Every session of theirs ends and
   * every personal access token is revoked, so the admin's password opens nothing else; the
   * person is told in the app, and the reset is in the audit log.
   */
  async resetPassword(actor: Actor, rawId: string, password: string, origin?: Origin): Promise<void> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'people.reset-password')) throw forbidden('Only an admin can reset a password.');
    const id = resolvePersonId(actor, rawId);
    const person = await peopleRepository.findById(this.db, id);
    if (!person) throw notFound('person');
    checkPassword(password);
    const hash = await hashPassword(password);
    await withTransaction(this.db, async (trx) => {
      await peopleRepository.update(trx, id, { password_hash: hash, must_change_password: 1, updated_at: nowIso() });
      await authRepository.deleteSessionsOf(trx, id);
      await authRepository.deleteTokensOf(trx, id);
      const names = await this.names(trx, [actor.personId]);
      const who = names.of(actor.personId);
      await recordAudit(
        trx,
        [
          {
            action: 'person.password_reset',
            actorId: actor.personId,
            subjectId: id,
            summary: `${who} reset the password of ${person.name}; their sessions were signed out and their tokens revoked.`,
          },
        ],
        addressOf(actor, origin),
      );
      if (id !== actor.personId) {
        await notify(trx, {
          personId: id,
          kind: 'password-reset',
          actorId: actor.personId,
          subjectId: id,
          text: `${who} reset your password. Your other sessions were signed out and your access tokens revoked. If you did not ask for this, tell another admin.`,
          link: '/settings',
        });
      }
    });
  }

  /** When a manager leaves: their direct reports move to another manager (or none). */
  async moveReports(actor: Actor, rawId: string, toManagerId: string | null, origin?: Origin): Promise<number> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'people.move-reports')) throw forbidden('Only an admin can move reports.');
    const id = resolvePersonId(actor, rawId);
    const from = await peopleRepository.findById(this.db, id);
    if (!from) throw notFound('person');
    return withTransaction(this.db, async (trx) => {
      if (toManagerId) {
        const target = await peopleRepository.findById(trx, toManagerId);
        if (!target) throw invalid('/toManagerId', 'No such person.');
        // The new manager must not be one of the people who move, nor below one of them.
        const moving = new Set(await peopleRepository.reportIds(trx, id));
        if (moving.has(toManagerId)) throw invalid('/toManagerId', 'This would make someone their own manager.', 'manager_cycle');
        await this.checkNotGainingReports(trx, actor, toManagerId, [id, ...(await peopleRepository.managerChain(trx, id))], '/toManagerId');
      }
      const reports = await peopleRepository.list(trx, { managerId: id, includeInactive: true, limit: MAX_MOVED });
      const moved = await peopleRepository.moveReports(trx, id, toManagerId, nowIso());
      const names = await this.names(trx, [actor.personId, id, toManagerId]);
      const who = names.of(actor.personId);
      const records: AuditRecord[] = [
        {
          action: 'people.reports_moved',
          actorId: actor.personId,
          subjectId: id,
          summary: `${who} moved ${moved} direct report${moved === 1 ? '' : 's'} of ${from.name} to ${toManagerId ? names.of(toManagerId) : 'no manager'}.`,
          details: { from: id, to: toManagerId, moved },
        },
      ];
      for (const r of reports) {
        records.push(this.managerRecord(actor, r.id, r.name, id, toManagerId, names));
        await this.notifyManagerChange(trx, actor, r.id, toManagerId, names);
      }
      await recordAudit(trx, records, addressOf(actor, origin));
      return moved;
    });
  }

  /**
   * Admins keep accounts, never content (PRODUCT.md §4): no account action may place someone
   * under the one who acts — as their manager, or above the new manager — unless the actor
   * was already in that person's manager chain. `chainBefore` is the manager chain the
   * people concerned have now.
   */
  private async checkNotGainingReports(db: Db, actor: Actor, newManagerId: string, chainBefore: string[], pointer: string): Promise<void> {
    if (chainBefore.includes(actor.personId)) return;
    if (newManagerId === actor.personId) throw selfManagement(pointer);
    const above = await peopleRepository.managerChain(db, newManagerId);
    if (above.includes(actor.personId)) throw selfManagement(pointer);
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
