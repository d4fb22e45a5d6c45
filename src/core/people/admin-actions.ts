import { withTransaction, type Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { authRepository } from '../../storage/repositories/auth.repository.js';
import { addressOf, recordAudit, type AuditRecord, type Origin } from '../audit.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { nowIso } from '../ids.js';
import { hashPassword } from '../secrets.js';
import { loadScope } from '../scope.js';
import { mayAdminister } from '../visibility.js';
import { checkPassword } from '../validation.js';
import type { Actor } from '../types.js';
import { namesOf } from './names.js';
import { notify } from './notify.js';
import { resolvePersonId } from './person-shape.js';
import { checkNotGainingReports, managerRecord, notifyManagerChange } from './reporting-line.js';

/** More direct reports than anyone has: move-reports reads them all to tell each one. */
const MAX_MOVED = 100_000;

/**
 * Sets a password the person must change at next sign-in. Every session of theirs ends and
 * every personal access token is revoked, so the admin's password opens nothing else; the
 * person is told in the app, and the reset is in the audit log.
 */
export async function resetPassword(db: Db, actor: Actor, rawId: string, password: string, origin?: Origin): Promise<void> {
  const scope = await loadScope(db, actor);
  if (!mayAdminister(scope.viewer, 'people.reset-password')) throw forbidden('Only an admin can reset a password.');
  const id = resolvePersonId(actor, rawId);
  const person = await peopleRepository.findById(db, id);
  if (!person) throw notFound('person');
  checkPassword(password);
  const hash = await hashPassword(password);
  await withTransaction(db, async (trx) => {
    await peopleRepository.update(trx, id, { password_hash: hash, must_change_password: 1, updated_at: nowIso() });
    await authRepository.deleteSessionsOf(trx, id);
    await authRepository.deleteTokensOf(trx, id);
    const names = await namesOf(trx, [actor.personId]);
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
export async function moveReports(db: Db, actor: Actor, rawId: string, toManagerId: string | null, origin?: Origin): Promise<number> {
  const scope = await loadScope(db, actor);
  if (!mayAdminister(scope.viewer, 'people.move-reports')) throw forbidden('Only an admin can move reports.');
  const id = resolvePersonId(actor, rawId);
  const from = await peopleRepository.findById(db, id);
  if (!from) throw notFound('person');
  return withTransaction(db, async (trx) => {
    if (toManagerId) {
      const target = await peopleRepository.findById(trx, toManagerId);
      if (!target) throw invalid('/toManagerId', 'No such person.');
      // The new manager must not be one of the people who move, nor below one of them.
      const moving = new Set(await peopleRepository.reportIds(trx, id));
      if (moving.has(toManagerId)) throw invalid('/toManagerId', 'This would make someone their own manager.', 'manager_cycle');
      await checkNotGainingReports(trx, actor, toManagerId, [id, ...(await peopleRepository.managerChain(trx, id))], '/toManagerId');
    }
    const reports = await peopleRepository.list(trx, { managerId: id, includeInactive: true, limit: MAX_MOVED });
    const moved = await peopleRepository.moveReports(trx, id, toManagerId, nowIso());
    const names = await namesOf(trx, [actor.personId, id, toManagerId]);
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
      records.push(managerRecord(actor, r.id, r.name, id, toManagerId, names));
      await notifyManagerChange(trx, actor, r.id, toManagerId, names);
    }
    await recordAudit(trx, records, addressOf(actor, origin));
    return moved;
  });
}
