import { withTransaction, type Db } from '../../storage/database.js';
import { authRepository } from '../../storage/repositories/auth.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { invalid, notFound } from '../errors.js';
import { nowIso } from '../ids.js';
import { hashPassword, verifyPassword } from '../secrets.js';
import { checkPassword } from '../validation.js';
import type { Actor } from '../types.js';

export interface PasswordChangeOptions {
  /** Also revoke every personal access token (but the one making the request). */
  revokeTokens?: boolean | undefined;
}

/**
 * Changes the actor's own password. Every other session ends at once (the current one
 * stays); with `revokeTokens`, every personal access token goes too, but the one making
 * the request.
 */
export async function changePassword(db: Db, actor: Actor, currentPassword: string, newPassword: string, opts: PasswordChangeOptions = {}): Promise<void> {
  const row = await peopleRepository.findById(db, actor.personId);
  if (!row) throw notFound('person');
  if (!(await verifyPassword(currentPassword, row.password_hash))) {
    throw invalid('/currentPassword', 'This is not your current password.');
  }
  checkPassword(newPassword, '/newPassword');
  if (newPassword === currentPassword) throw invalid('/newPassword', 'Choose a password different from the current one.');
  const hash = await hashPassword(newPassword);
  await withTransaction(db, async (trx) => {
    await peopleRepository.update(trx, actor.personId, { password_hash: hash, must_change_password: 0, updated_at: nowIso() });
    await authRepository.deleteSessionsOf(trx, actor.personId, actor.sessionId);
    if (opts.revokeTokens === true) await authRepository.deleteTokensOf(trx, actor.personId, actor.tokenId);
  });
}
