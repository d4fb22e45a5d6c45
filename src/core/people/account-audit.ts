import type { Db } from '../../storage/database.js';
import { peopleRepository, type PersonRow } from '../../storage/repositories/people.repository.js';
import { recordAudit, type AuditRecord } from '../audit.js';
import type { Actor } from '../types.js';
import { namesOf } from './names.js';
import { managerRecord, notifyManagerChange } from './reporting-line.js';

/** The audit entries (and the notification) for what an update changed on an account. */
export async function auditUpdate(
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
  const names = await namesOf(trx, [actor.personId, before.manager_id, newManagerId]);
  const who = names.of(actor.personId);
  const subject = before.name;
  if (newManagerId !== undefined) {
    records.push(managerRecord(actor, before.id, subject, before.manager_id, newManagerId, names));
    await notifyManagerChange(trx, actor, before.id, newManagerId, names);
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
