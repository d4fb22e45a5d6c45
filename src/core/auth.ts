import { withTransaction, type Db } from '../storage/database.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { settingsRepository } from '../storage/repositories/settings.repository.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import { PeopleService } from './people.js';
import type { Origin } from './audit.js';
import { dummyPasswordHash, hashPassword, randomSecret, sha256, verifyPassword } from './secrets.js';
import { checkPassword } from './validation.js';
import { TOKEN_SCOPES, type AccessToken, type Actor, type Page, type Person, type Role, type SessionInfo, type TokenScope } from './types.js';

export interface AuthOptions {
  sessionTtlHours: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
}

export interface SignedIn {
  person: Person;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

const TOUCH_EVERY_MS = 60_000;
const TOKEN_PREFIX = 'sp_';

/**
 * Every scope a personal access token may carry: `read`, `write`, and `tokens`, which lets a
 * token make further tokens (never with a scope it lacks itself, never outliving it). A
 * cookie session may give any of them.
 */
export const ACCESS_SCOPES = TOKEN_SCOPES;
export type AccessScope = TokenScope;

/** Whether a credential's scopes include `scope` (stored scopes may hold `tokens`). */
export function hasScope(scopes: readonly string[], scope: AccessScope): boolean {
  return scopes.includes(scope);
}

/**
 * `TokenScope` in core/types.ts does not list `tokens`; a token's stored scopes may. The
 * shapes keep their declared type; the values are the stored ones.
 */
const asTokenScopes = (scopes: readonly string[]): TokenScope[] => [...scopes] as TokenScope[];

export interface PasswordChangeOptions {
  /** Also revoke every personal access token (but the one making the request). */
  revokeTokens?: boolean | undefined;
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
    return this.startSession(person, userAgent);
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
  async login(input: { email: string; password: string }, address: string, userAgent = ''): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const at = nowIso();
    const windowMs = this.opts.loginWindowMinutes * 60_000;
    const since = new Date(Date.parse(at) - windowMs).toISOString();
    const reservation = [
      { id: newId(), kind: 'account' as const, key: email, at },
      { id: newId(), kind: 'address' as const, key: address, at },
    ];
    const blocked = await withTransaction(this.db, async (trx) => {
      await authRepository.lockThrottleKey(trx, 'account', email, at);
      await authRepository.lockThrottleKey(trx, 'address', address, at);
      const acct = await authRepository.failuresSince(trx, 'account', email, since);
      if (acct.n >= this.opts.loginMaxFailuresPerAccount) return acct.oldest ?? at;
      const addr = await authRepository.failuresSince(trx, 'address', address, since);
      if (addr.n >= this.opts.loginMaxFailuresPerAddress) return addr.oldest ?? at;
      await authRepository.reserveAttempts(trx, reservation);
      return null;
    });
    if (blocked) {
      const retryAfter = Math.max(1, Math.ceil((Date.parse(blocked) + windowMs - Date.now()) / 1000));
      throw new AppError('rate_limited', 'Too many failed sign-ins. Wait a while and try again.', { retryAfter });
    }
    const release = () => authRepository.releaseAttempts(this.db, reservation.map((r) => r.id));

    let session: SignedIn | null = null;
    try {
      const row = await peopleRepository.findByEmail(this.db, email);
      const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
      if (row && ok && row.active === 1) {
        // The session is written only if the password is still the one just checked, so a
        // sign-in racing a password change or reset cannot outlive it.
        session = await this.startSession(await this.people.byId(row.id), userAgent, row.password_hash);
      }
    } catch (err) {
      await release();
      throw err;
    }
    if (!session) {
      if (Math.random() < 0.01) {
        await authRepository.pruneFailures(this.db, since);
        await authRepository.pruneThrottleKeys(this.db, since);
      }
      throw new AppError('invalid_credentials', 'The e-mail address or password is wrong.');
    }
    await release();
    return session;
  }

  /** With `passwordHash`: only while the person still has that password and is active (else null). */
  private async startSession(person: Person, userAgent: string): Promise<SignedIn>;
  private async startSession(person: Person, userAgent: string, passwordHash: string): Promise<SignedIn | null>;
  private async startSession(person: Person, userAgent: string, passwordHash?: string): Promise<SignedIn | null> {
    const sessionToken = randomSecret();
    const csrfToken = randomSecret();
    const now = nowIso();
    const expiresAt = new Date(Date.now() + this.opts.sessionTtlHours * 3_600_000).toISOString();
    const row = {
      id: newId(),
      token_hash: sha256(sessionToken),
      person_id: person.id,
      csrf_token: csrfToken,
      user_agent: userAgent.slice(0, 300),
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    };
    if (passwordHash === undefined) await authRepository.insertSession(this.db, row);
    else if (!(await authRepository.insertSessionIfPassword(this.db, row, passwordHash))) return null;
    return { person, sessionToken, csrfToken, expiresAt };
  }

  /** One indexed read; the session slides forward at most once a minute. */
  async authenticateSession(sessionToken: string): Promise<(Actor & { csrfToken: string }) | null> {
    if (!sessionToken || sessionToken.length > 200) return null;
    const row = await authRepository.sessionByHash(this.db, sha256(sessionToken));
    const now = Date.now();
    if (!row || row.active !== 1 || Date.parse(row.expires_at) <= now) return null;
    if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
      const expires = new Date(now + this.opts.sessionTtlHours * 3_600_000).toISOString();
      await authRepository.touchSession(this.db, row.id, new Date(now).toISOString(), expires);
    }
    return {
      personId: row.person_id,
      role: row.role as Role,
      via: 'session',
      scopes: ['read', 'write'],
      sessionId: row.id,
      mustChangePassword: row.must_change_password === 1,
      csrfToken: row.csrf_token,
    };
  }

  async authenticateToken(token: string): Promise<Actor | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = await authRepository.tokenByHash(this.db, sha256(token));
    const now = Date.now();
    if (!row || row.active !== 1) return null;
    if (row.expires_at && Date.parse(row.expires_at) <= now) return null;
    if (!row.last_used_at || now - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
      await authRepository.touchToken(this.db, row.id, new Date(now).toISOString());
    }
    return {
      personId: row.person_id,
      role: row.role as Role,
      via: 'token',
      scopes: asTokenScopes(JSON.parse(row.scopes) as string[]),
      tokenId: row.id,
      mustChangePassword: row.must_change_password === 1,
    };
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
    const rows = await authRepository.listSessions(this.db, actor.personId, nowIso());
    return {
      items: rows.map((r) => ({
        id: r.id,
        current: r.id === actor.sessionId,
        userAgent: r.user_agent,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
      })),
      nextCursor: null,
    };
  }

  async revokeSession(actor: Actor, id: string): Promise<void> {
    if ((await authRepository.deleteSession(this.db, id, actor.personId)) === 0) throw notFound('session');
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
    const row = await peopleRepository.findById(this.db, actor.personId);
    if (!row) throw notFound('person');
    if (!(await verifyPassword(currentPassword, row.password_hash))) {
      throw invalid('/currentPassword', 'This is not your current password.');
    }
    checkPassword(newPassword, '/newPassword');
    if (newPassword === currentPassword) throw invalid('/newPassword', 'Choose a password different from the current one.');
    const hash = await hashPassword(newPassword);
    await withTransaction(this.db, async (trx) => {
      await peopleRepository.update(trx, actor.personId, { password_hash: hash, must_change_password: 0, updated_at: nowIso() });
      await authRepository.deleteSessionsOf(trx, actor.personId, actor.sessionId);
      if (opts.revokeTokens === true) await authRepository.deleteTokensOf(trx, actor.personId, actor.tokenId);
    });
  }

  /**
   * Who may make tokens: a signed-in person (cookie session) or the CLI in-process; a token
   * only with the `tokens` scope. Called as a gate before the body is judged, and again by
   * `createToken`.
   */
  assertMayMakeTokens(actor: Actor): void {
    if (actor.via === 'token' && !hasScope(actor.scopes, 'tokens')) {
      throw forbidden(
        'A personal access token cannot make tokens unless it has the tokens scope. Make tokens in Settings while signed in, or use a token with the tokens scope.',
      );
    }
  }

  /**
   * A token made by a token carries no scope its parent lacks and never outlives it: its
   * expiry is capped at the parent's, and the child of an expiring token always expires.
   */
  async createToken(actor: Actor, input: { name: string; scopes: readonly AccessScope[]; expiresAt?: string | null | undefined }): Promise<AccessToken & { token: string }> {
    this.assertMayMakeTokens(actor);
    const name = input.name.trim();
    if (!name) throw invalid('/name', 'Give the token a name you will recognise.');
    const scopes = [...new Set(input.scopes)].sort();
    if (scopes.length === 0) throw invalid('/scopes', 'Choose at least one scope.');
    const unknown = scopes.findIndex((s) => !(ACCESS_SCOPES as readonly string[]).includes(s));
    if (unknown >= 0) throw invalid(`/scopes/${unknown}`, `Use the scopes ${ACCESS_SCOPES.join(', ')}.`);
    if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now()) throw invalid('/expiresAt', 'The expiry must be in the future.');
    let expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;

    if (actor.via === 'token') {
      const wider = scopes.filter((s) => !hasScope(actor.scopes, s));
      if (wider.length) {
        const message = `A token can only make tokens with scopes it has itself; this one does not have ${wider.join(', ')}.`;
        throw new AppError('forbidden', message, { errors: [{ pointer: '/scopes', message }] });
      }
      const parent = actor.tokenId ? await authRepository.tokenById(this.db, actor.tokenId, actor.personId) : undefined;
      if (!parent) throw new AppError('unauthenticated', 'This token is no longer valid.');
      if (parent.expires_at !== null && (expiresAt === null || Date.parse(expiresAt) > Date.parse(parent.expires_at))) {
        expiresAt = parent.expires_at;
      }
    }

    const token = TOKEN_PREFIX + randomSecret();
    const row = {
      id: newId(),
      person_id: actor.personId,
      name: name.slice(0, 100),
      scopes: JSON.stringify(scopes),
      token_hash: sha256(token),
      created_at: nowIso(),
      last_used_at: null,
      expires_at: expiresAt,
    };
    await authRepository.insertToken(this.db, row);
    return { id: row.id, name: row.name, scopes: asTokenScopes(scopes), token, createdAt: row.created_at, lastUsedAt: null, expiresAt: row.expires_at };
  }

  async listTokens(actor: Actor, limit: number, cursor?: string): Promise<Page<AccessToken>> {
    const rows = await authRepository.listTokens(this.db, actor.personId, decodeCursor(cursor), limit);
    return toPage(
      rows,
      limit,
      (r) => ({ id: r.id, name: r.name, scopes: asTokenScopes(JSON.parse(r.scopes) as string[]), createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at }),
      (r) => ({ k: r.created_at, id: r.id }),
    );
  }

  async revokeToken(actor: Actor, id: string): Promise<void> {
    if ((await authRepository.deleteToken(this.db, id, actor.personId)) === 0) throw notFound('token');
  }
}
