import type { Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import type { AuditRecord } from '../audit.js';
import { AppError, invalid, type ErrorCode } from '../errors.js';
import type { Actor } from '../types.js';
import type { Names } from './names.js';
import { notify } from './notify.js';

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

/**
 * Admins keep accounts, never content (PRODUCT.md §4): no account action may place someone
 * under the one who acts — as their manager, or above the new manager — unless the actor
 * was already in that person's manager chain. `chainBefore` is the manager chain the
 * people concerned have now.
 */
export async function checkNotGainingReports(db: Db, actor: Actor, newManagerId: string, chainBefore: string[], pointer: string): Promise<void> {
  if (chainBefore.includes(actor.personId)) return;
  if (newManagerId === actor.personId) throw selfManagement(pointer);
  const above = await peopleRepository.managerChain(db, newManagerId);
  if (above.includes(actor.personId)) throw selfManagement(pointer);
}

export async function checkManager(db: Db, personId: string, managerId: string): Promise<void> {
  if (managerId === personId) throw invalid('/managerId', 'A person cannot be their own manager.', 'manager_cycle');
  const manager = await peopleRepository.findById(db, managerId);
  if (!manager) throw invalid('/managerId', 'No such person.');
  const chain = await peopleRepository.managerChain(db, managerId);
  if (chain.includes(personId)) throw invalid('/managerId', 'This reporting line would form a cycle.', 'manager_cycle');
}

export function managerRecord(actor: Actor | null, personId: string, personName: string, from: string | null, to: string | null, names: Names): AuditRecord {
  const who = actor ? names.of(actor.personId) : 'First-run set-up';
  const summary =
    to === null
      ? `${who} removed ${names.of(from)} as the manager of ${personName}.`
      : `${who} changed the manager of ${personName} from ${from ? names.of(from) : 'nobody'} to ${names.of(to)}.`;
  return { action: 'person.manager_changed', actorId: actor?.personId ?? null, subjectId: personId, summary, details: { from, to } };
}

/** The person hears of a new reporting line in the app (unless they made the change). */
export async function notifyManagerChange(trx: Db, actor: Actor | null, personId: string, to: string | null, names: Names): Promise<void> {
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
