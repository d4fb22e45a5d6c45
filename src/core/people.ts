import { withTransaction, type Db } from '../storage/database.js';
import { peopleRepository, type PersonRow } from '../storage/repositories/people.repository.js';
import { teamsRepository } from '../storage/repositories/teams.repository.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { addressOf, recordAudit, type AuditRecord, type Origin } from './audit.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { hashPassword } from './secrets.js';

import { decodeCursor, toPage } from './pagination.js';
import { loadScope } from './scope.js';
import { maySetTargetLevel, mayAdminister, mayReadDirectory } from './visibility.js';
import { checkName, checkPassword, checkTimeZone, normaliseEmail } from './validation.js';
import type { Actor, Page, Person, PersonView } from './types.js';
import { auditUpdate } from './people/account-audit.js';
import { moveReports, resetPassword } from './people/admin-actions.js';
import { namesOf } from './people/names.js';
import { seenBy, seenBySelf } from './people/relations.js';
import { SELF_FIELDS, defaultTarget, resolvePersonId, toPerson, type LevelSource, type NewPerson, type PersonPatch } from './people/person-shape.js';
import { checkManager, checkNotGainingReports, managerRecord, notifyManagerChange } from './people/reporting-line.js';

// The pieces live in ./people/: person-shape (inputs, toPerson, resolvePersonId),
// reporting-line (manager checks, the self-management rule, manager-change records and
// notices), account-audit, admin-actions (password reset, moving reports), names, notify.
// This file stays the entry point and exports what it always did.
export { resolvePersonId, toPerson, type LevelSource, type NewPerson, type PersonPatch } from './people/person-shape.js';
export { SELF_MANAGEMENT_CODE } from './people/reporting-line.js';
export { relationsOf, seenBy, seenBySelf } from './people/relations.js';

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

  /** The signed-in person, as they see themselves. */
  async me(actor: Actor): Promise<PersonView> {
    return seenBySelf(await this.byId(actor.personId));
  }

  /**
   * Creates an account, answered as the actor sees it. Without an actor (first-run set-up)
   * the new admin is the one who will be signed in, so it is answered as they see themselves.
   */
  async create(actor: Actor | null, input: NewPerson, db: Db = this.db, origin?: Origin): Promise<PersonView> {
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
        await checkManager(trx, id, input.managerId);
        if (actor) await checkNotGainingReports(trx, actor, input.managerId, [], '/managerId');
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
      const names = await namesOf(trx, [actor?.personId, input.managerId]);
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
        records.push(managerRecord(actor, id, name, null, input.managerId, names));
        await notifyManagerChange(trx, actor, id, input.managerId, names);
      }
      await recordAudit(trx, records, addressOf(actor, origin));
      const created = await this.byId(id, trx);
      return actor ? seenBy(await loadScope(trx, actor), created) : seenBySelf(created);
    });
  }

  /** A directory look-up by e-mail (for the CLI's `--manager EMAIL`). */
  async byEmail(actor: Actor, email: string): Promise<Person> {
    const scope = await loadScope(this.db, actor);
    const row = await peopleRepository.findByEmail(this.db, email);
    if (!row || !mayReadDirectory(scope)) throw invalid('/email', `No person with e-mail ${email}.`);
    return this.byId(row.id);
  }

  async get(actor: Actor, id: string): Promise<PersonView> {
    const scope = await loadScope(this.db, actor);
    if (!mayReadDirectory(scope)) throw notFound('person');
    return seenBy(scope, await this.byId(resolvePersonId(actor, id)));
  }

  async list(actor: Actor, q: { q?: string; team?: string; managerId?: string; includeInactive?: boolean; limit: number; cursor?: string }): Promise<Page<PersonView>> {
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
    return { items: (await this.present(page.items)).map((p) => seenBy(scope, p)), nextCursor: page.nextCursor };
  }

  async update(actor: Actor, rawId: string, patch: PersonPatch, origin?: Origin): Promise<PersonView> {
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
        await checkManager(trx, id, patch.managerId);
        await checkNotGainingReports(trx, actor, patch.managerId, await peopleRepository.managerChain(trx, id), '/managerId');
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
      await auditUpdate(trx, actor, existing, set, managerChanges ? (patch.managerId ?? null) : undefined, addressOf(actor, origin));
      // A new reporting line can change how the actor stands to the person: read it again.
      return seenBy(managerChanges ? await loadScope(trx, actor) : scope, await this.byId(id, trx));
    });
  }

  /**
   * Sets a password the person must change at next sign-in. Every session of theirs ends and
   * every personal access token is revoked, so the admin's password opens nothing else; the
   * person is told in the app, and the reset is in the audit log.
   */
  async resetPassword(actor: Actor, rawId: string, password: string, origin?: Origin): Promise<void> {
    return resetPassword(this.db, actor, rawId, password, origin);
  }

  /** When a manager leaves: their direct reports move to another manager (or none). */
  async moveReports(actor: Actor, rawId: string, toManagerId: string | null, origin?: Origin): Promise<number> {
    return moveReports(this.db, actor, rawId, toManagerId, origin);
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
