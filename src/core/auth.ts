import { withTransaction, type Db } from '../storage/database.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { settingsRepository } from '../storage/repositories/settings.repository.js';
import { AppError, invalid, isUniqueViolation } from './errors.js';
import { nowIso } from './ids.js';
import { PeopleService } from './people.js';
import type { Origin } from './audit.js';
import { dummyPasswordHash, verifyPassword } from './secrets.js';
import type { AccessToken, Actor, Page, Role, SessionInfo } from './types.js';
import type { AccessScope } from './auth/credentials.js';
import { changePassword, type PasswordChangeOptions } from './auth/passwords.js';
import { authenticateSession, listSessions, revokeSession, startSession, type SignedIn } from './auth/sessions.js';
import { maybePruneFailures, reserveSignInAttempt } from './auth/sign-in-throttle.js';
import { assertMayMakeTokens, authenticateToken, createToken, listTokens, revokeToken } from './auth/tokens.js';

// The pieces live in ./auth/: credentials (scopes, prefixes), sign-in-throttle, sessions,
// tokens, passwords. This file stays the entry point and exports what it always did.
export { ACCESS_SCOPES, hasScope, type AccessScope } from './auth/credentials.js';
export type { PasswordChangeOptions } from './auth/passwords.js';
export type { SignedIn } from './auth/sessions.js';

export interface AuthOptions {
  sessionTtlHours: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleService,
    private readonly opts: AuthOptions,
  ) {}

  async setupNeeded(): Promise<boolean> {
    return (await settingsRepository.get(this.db, 'setup')) === undefined && (await peopleRepository.count(this.db)) === 0;
  }

  /** First-run set-up: the first account, an admin; refused once any account exists. */
  async setup(input: { name: string; email: string; password: string }, userAgent = '', origin?: Origin): Promise<SignedIn> {
    if (!(await this.setupNeeded())) throw new AppError('setup_done', 'staffpath is already set up; sign in instead.');
    const person = await withTransaction(this.db, async (trx) => {
      try {
        await settingsRepository.insert(trx, 'setup', nowIso());
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('setup_done', 'staffpath is already set up; sign in instead.');
        throw err;
      }
      return this.people.create(null, { ...input, role: 'admin' }, trx, origin);
    });
    return startSession(this.db, this.opts.sessionTtlHours, person, userAgent);
  }

  /**
   * Throttled before the password work (see `reserveSignInAttempt` in auth/sign-in-throttle.ts):
   * a failure leaves its rows; a success takes them back (only failures count); an attempt
   * refused at the limit writes none.
   */
  async login(input: { email: string; password: string }, address: string, userAgent = ''): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const { since, release } = await reserveSignInAttempt(this.db, this.opts, email, address);

    let session: SignedIn | null = null;
    try {
      const row = await peopleRepository.findByEmail(this.db, email);
      const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
      if (row && ok && row.active === 1) {
        // The session is written only if the password is still the one just checked, so a
        // sign-in racing a password change or reset cannot outlive it.
        session = await startSession(this.db, this.opts.sessionTtlHours, await this.people.byId(row.id), userAgent, row.password_hash);
      }
    } catch (err) {
      await release();
      throw err;
    }
    if (!session) {
      await maybePruneFailures(this.db, since);
      throw new AppError('invalid_credentials', 'The e-mail address or password is wrong.');
    }
    await release();
    return session;
  }

  /** One indexed read; the session slides forward at most once a minute. */
  async authenticateSession(sessionToken: string): Promise<(Actor & { csrfToken: string }) | null> {
    return authenticateSession(this.db, this.opts.sessionTtlHours, sessionToken);
  }

  async authenticateToken(token: string): Promise<Actor | null> {
    return authenticateToken(this.db, token);
  }

  /**
   * The CLI in-process acts as a person without a credential: the one named by e-mail, or
   * the only person when there is just one.
   */
  async localActor(email: string | undefined): Promise<Actor> {
    let row;
    if (email) {
      row = await peopleRepository.findByEmail(this.db, email);
      if (!row) throw invalid('/as', `No person with e-mail ${email}.`);
    } else {
      const rows = await peopleRepository.list(this.db, { limit: 1, includeInactive: true });
      if (rows.length !== 1 || (await peopleRepository.count(this.db)) !== 1) {
        throw invalid('/as', 'Say who you act as with --as EMAIL (or STAFFPATH_AS).');
      }
      row = rows[0];
    }
    if (!row || row.active !== 1) throw invalid('/as', 'That person is deactivated.');
    return { personId: row.id, role: row.role as Role, via: 'local', scopes: ['read', 'write'], mustChangePassword: false };
  }

  async logout(actor: Actor): Promise<void> {
    if (actor.sessionId) await authRepository.deleteSession(this.db, actor.sessionId, actor.personId);
  }

  async listSessions(actor: Actor): Promise<Page<SessionInfo>> {
    return listSessions(this.db, actor);
  }

  async revokeSession(actor: Actor, id: string): Promise<void> {
    return revokeSession(this.db, actor, id);
  }

  async revokeOtherSessions(actor: Actor): Promise<void> {
    await authRepository.deleteSessionsOf(this.db, actor.personId, actor.sessionId);
  }

  /**
   * Changes the actor's own password. Every other session ends at once (the current one
   * stays); with `revokeTokens`, every personal access token goes too, but the one making
   * the request.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, opts: PasswordChangeOptions = {}): Promise<void> {
    return changePassword(this.db, actor, currentPassword, newPassword, opts);
  }

  /**
   * Who may make tokens: a signed-in person (cookie session) or the CLI in-process; a token
   * only with the `tokens` scope. Called as a gate before the body is judged, and again by
   * `createToken`.
   */
  assertMayMakeTokens(actor: Actor): void {
    assertMayMakeTokens(actor);
  }

  /**
   * A token made by a token carries no scope its parent lacks and never outlives it: its
   * expiry is capped at the parent's, and the child of an expiring token always expires.
   */
  async createToken(actor: Actor, input: { name: string; scopes: readonly AccessScope[]; expiresAt?: string | null | undefined }): Promise<AccessToken & { token: string }> {
    return createToken(this.db, actor, input);
  }

  async listTokens(actor: Actor, limit: number, cursor?: string): Promise<Page<AccessToken>> {
    return listTokens(this.db, actor, limit, cursor);
  }

  async revokeToken(actor: Actor, id: string): Promise<void> {
    return revokeToken(this.db, actor, id);
  }
}
