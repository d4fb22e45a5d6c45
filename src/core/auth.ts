import { withTransaction, type Db } from '../storage/database.js';
import { authRepository } from '../storage/repositories/auth.repository.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { settingsRepository } from '../storage/repositories/settings.repository.js';
import { AppError, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import { PeopleService } from './people.js';
import { dummyPasswordHash, hashPassword, randomSecret, sha256, verifyPassword } from './secrets.js';
import { checkPassword } from './validation.js';
import type { AccessToken, Actor, Page, Person, Role, SessionInfo, TokenScope } from './types.js';

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
  async setup(input: { name: string; email: string; password: string }, userAgent = ''): Promise<SignedIn> {
    if (!(await this.setupNeeded())) throw new AppError('setup_done', 'staffpath is already set up; sign in instead.');
    const person = await withTransaction(this.db, async (trx) => {
      try {
        await settingsRepository.insert(trx, 'setup', nowIso());
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('setup_done', 'staffpath is already set up; sign in instead.');
        throw err;
      }
      return this.people.create(null, { ...input, role: 'admin' }, trx);
    });
    return this.startSession(person, userAgent);
  }

  async login(input: { email: string; password: string }, address: string, userAgent = ''): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const now = Date.now();
    const since = new Date(now - this.opts.loginWindowMinutes * 60_000).toISOString();
    const [acct, addr] = await Promise.all([
      authRepository.failuresSince(this.db, 'account', email, since),
      authRepository.failuresSince(this.db, 'address', address, since),
    ]);
    const blocked =
      acct.n >= this.opts.loginMaxFailuresPerAccount ? acct.oldest : addr.n >= this.opts.loginMaxFailuresPerAddress ? addr.oldest : null;
    if (blocked) {
      const retryAfter = Math.max(1, Math.ceil((Date.parse(blocked) + this.opts.loginWindowMinutes * 60_000 - now) / 1000));
      throw new AppError('rate_limited', 'Too many failed sign-ins. Wait a while and try again.', { retryAfter });
    }
    const row = await peopleRepository.findByEmail(this.db, email);
    const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
    if (!row || !ok || row.active !== 1) {
      const at = nowIso();
      await authRepository.recordFailure(this.db, newId(), 'account', email, at);
      await authRepository.recordFailure(this.db, newId(), 'address', address, at);
      if (Math.random() < 0.01) await authRepository.pruneFailures(this.db, since);
      throw new AppError('invalid_credentials', 'The e-mail address or password is wrong.');
    }
    return this.startSession(await this.people.byId(row.id), userAgent);
  }

  private async startSession(person: Person, userAgent: string): Promise<SignedIn> {
    const sessionToken = randomSecret();
    const csrfToken = randomSecret();
    const now = nowIso();
    const expiresAt = new Date(Date.now() + this.opts.sessionTtlHours * 3_600_000).toISOString();
    await authRepository.insertSession(this.db, {
      id: newId(),
      token_hash: sha256(sessionToken),
      person_id: person.id,
      csrf_token: csrfToken,
      user_agent: userAgent.slice(0, 300),
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    });
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
      scopes: JSON.parse(row.scopes) as TokenScope[],
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

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
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
    });
  }

  async createToken(actor: Actor, input: { name: string; scopes: TokenScope[]; expiresAt?: string | null }): Promise<AccessToken & { token: string }> {
    const name = input.name.trim();
    if (!name) throw invalid('/name', 'Give the token a name you will recognise.');
    const scopes = [...new Set(input.scopes)].sort() as TokenScope[];
    if (scopes.length === 0) throw invalid('/scopes', 'Choose at least one scope.');
    if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now()) throw invalid('/expiresAt', 'The expiry must be in the future.');
    const token = TOKEN_PREFIX + randomSecret();
    const row = {
      id: newId(),
      person_id: actor.personId,
      name: name.slice(0, 100),
      scopes: JSON.stringify(scopes),
      token_hash: sha256(token),
      created_at: nowIso(),
      last_used_at: null,
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    };
    await authRepository.insertToken(this.db, row);
    return { id: row.id, name: row.name, scopes, token, createdAt: row.created_at, lastUsedAt: null, expiresAt: row.expires_at };
  }

  async listTokens(actor: Actor, limit: number, cursor?: string): Promise<Page<AccessToken>> {
    const rows = await authRepository.listTokens(this.db, actor.personId, decodeCursor(cursor), limit);
    return toPage(
      rows,
      limit,
      (r) => ({ id: r.id, name: r.name, scopes: JSON.parse(r.scopes) as TokenScope[], createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at }),
      (r) => ({ k: r.created_at, id: r.id }),
    );
  }

  async revokeToken(actor: Actor, id: string): Promise<void> {
    if ((await authRepository.deleteToken(this.db, id, actor.personId)) === 0) throw notFound('token');
  }
}
