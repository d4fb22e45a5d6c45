import { withTransaction, type Db } from '../../storage/database.js';
import { authRepository } from '../../storage/repositories/auth.repository.js';
import { AppError } from '../errors.js';
import { newId, nowIso } from '../ids.js';

export interface ThrottleLimits {
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
}

/** A sign-in attempt admitted by the throttle; its failure rows stand until `release`. */
export interface SignInReservation {
  /** The start of the counting window. */
  since: string;
  /** Takes the attempt's failure rows back (a success, or an attempt that errs). */
  release(): Promise<void>;
}

/**
 * Throttling decides before the password work, in the database, so that neither parallel
 * guesses nor several app servers get past it. In one short transaction per attempt, the
 * account's and the address's keys are locked (always in that order), the failures of the
 * window are counted, and — under both limits — the attempt's own failure rows are written
 * before the lock goes. The password is checked after that. A failure leaves its rows; a
 * success takes them back (only failures count); an attempt refused at the limit writes
 * none. An attempt in flight counts until it ends, so at most `limit` guesses per window
 * are ever judged.
 */
export async function reserveSignInAttempt(db: Db, limits: ThrottleLimits, email: string, address: string): Promise<SignInReservation> {
  const at = nowIso();
  const windowMs = limits.loginWindowMinutes * 60_000;
  const since = new Date(Date.parse(at) - windowMs).toISOString();
  const reservation = [
    { id: newId(), kind: 'account' as const, key: email, at },
    { id: newId(), kind: 'address' as const, key: address, at },
  ];
  const blocked = await withTransaction(db, async (trx) => {
    await authRepository.lockThrottleKey(trx, 'account', email, at);
    await authRepository.lockThrottleKey(trx, 'address', address, at);
    const acct = await authRepository.failuresSince(trx, 'account', email, since);
    if (acct.n >= limits.loginMaxFailuresPerAccount) return acct.oldest ?? at;
    const addr = await authRepository.failuresSince(trx, 'address', address, since);
    if (addr.n >= limits.loginMaxFailuresPerAddress) return addr.oldest ?? at;
    await authRepository.reserveAttempts(trx, reservation);
    return null;
  });
  if (blocked) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(blocked) + windowMs - Date.now()) / 1000));
    throw new AppError('rate_limited', 'Too many failed sign-ins. Wait a while and try again.', { retryAfter });
  }
  return { since, release: () => authRepository.releaseAttempts(db, reservation.map((r) => r.id)) };
}

/** Now and then (one failed sign-in in a hundred), failures and keys older than `since` go. */
export async function maybePruneFailures(db: Db, since: string): Promise<void> {
  if (Math.random() < 0.01) {
    await authRepository.pruneFailures(db, since);
    await authRepository.pruneThrottleKeys(db, since);
  }
}
