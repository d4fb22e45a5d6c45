/**
 * The account and authentication holes of issue 7: concurrent sign-in guesses, credentials
 * that outlive a password change or reset, gates decided by the raw URL, and tokens that
 * mint tokens.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, anonymous, Caller, createTestApp, DEFAULT_PASSWORD, setupAdmin, signIn, type TestApp } from '../support/app.js';
import { createServices } from '../../src/core/services.js';
import { buildApp } from '../../src/http/app.js';
import { openStorage } from '../../src/storage/database.js';

const WRONG = 'not the password at all';

describe.each(DIALECTS)('sign-in throttling under concurrency on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 1000 });
  });
  afterEach(() => t.close());

  it('forty parallel wrong passwords with a limit of three: at most three 401s, the rest 429 with Retry-After', async () => {
    await setupAdmin(t.app);
    const results = await Promise.all(
      Array.from({ length: 40 }, () => anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: WRONG })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
    for (const r of results.filter((x) => x.statusCode === 429)) {
      expect(r.json().code).toBe('rate_limited');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Locked: the right password is refused too.
    const right = await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: DEFAULT_PASSWORD });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  // Two app servers are two processes; better-sqlite3 waits for a lock synchronously, so two
  // SQLite connections in one test process would stall each other. PostgreSQL shows it (the
  // test exists there only, rather than being skipped here).
  if (dialect === 'postgres') {
    it('the limit holds across two app servers on one database', async () => {
      await setupAdmin(t.app);
      const storage = openStorage({ databaseUrl: t.db.databaseUrl, sqlitePath: t.db.sqlitePath, poolSize: 5, ...(t.db.pgSchema && { pgSchema: t.db.pgSchema }) });
      const second = await buildApp(createServices(storage, t.config), t.config);
      try {
        await second.ready();
        const results = await Promise.all(
          Array.from({ length: 40 }, (_, i) => anonymous(i % 2 ? second : t.app).post('/auth/login', { email: 'admin@example.com', password: WRONG })),
        );
        expect(results.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(3);
        expect(results.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(37);
        expect((await anonymous(second).post('/auth/login', { email: 'admin@example.com', password: DEFAULT_PASSWORD })).statusCode).toBe(429);
      } finally {
        await second.close();
        await storage.close();
      }
    });
  }

  it('the address limit holds under concurrency across accounts', async () => {
    const t2 = await createTestApp(dialect, { loginMaxFailuresPerAccount: 1000, loginMaxFailuresPerAddress: 4 });
    try {
      await setupAdmin(t2.app);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => anonymous(t2.app).post('/auth/login', { email: `guess${i}@example.com`, password: WRONG })),
      );
      expect(results.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(4);
      expect(results.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(26);
    } finally {
      await t2.close();
    }
  });

  it('successes are not charged: many sign-ins, then the limit still allows three failures', async () => {
    await setupAdmin(t.app);
    for (let i = 0; i < 6; i++) await signIn(t.app, 'admin@example.com');
    const rows = await t.services.storage.db.selectFrom('login_failures').selectAll().execute();
    expect(rows).toEqual([]);
    for (let i = 0; i < 3; i++) {
      expect((await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: WRONG })).statusCode).toBe(401);
    }
    expect((await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: WRONG })).statusCode).toBe(429);
    // A refused attempt is not a failure either: the count stays at the three real ones.
    const after = await t.services.storage.db.selectFrom('login_failures').selectAll().where('kind', '=', 'account').execute();
    expect(after).toHaveLength(3);
  });
});

describe.each(DIALECTS)('password changes, resets and sessions on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  const newToken = async (c: Caller, name = 'cli'): Promise<Caller> => {
    const res = await c.post('/tokens', { name, scopes: ['read', 'write'] });
    expect(res.statusCode).toBe(201);
    return new Caller(t.app, { token: res.json<{ token: string }>().token }, c.personId);
  };

  it('changing your password keeps this session, ends every other, and keeps tokens unless asked', async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const other1 = await signIn(t.app, 'bo@example.com');
    const other2 = await signIn(t.app, 'bo@example.com');
    const token = await newToken(bo);
    expect((await bo.post('/me/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'second password here' })).statusCode).toBe(204);
    expect((await bo.get('/me')).statusCode).toBe(200);
    expect((await other1.get('/me')).statusCode).toBe(401);
    expect((await other2.get('/me')).statusCode).toBe(401);
    expect((await token.get('/me')).statusCode).toBe(200);

    const other3 = await signIn(t.app, 'bo@example.com', 'second password here');
    const res = await bo.post('/me/password', { currentPassword: 'second password here', newPassword: 'third password here', revokeTokens: true });
    expect(res.statusCode).toBe(204);
    expect((await bo.get('/me')).statusCode).toBe(200);
    expect((await other3.get('/me')).statusCode).toBe(401);
    expect((await token.get('/me')).statusCode).toBe(401);
    expect((await bo.get('/tokens')).json().items).toEqual([]);
  });

  it('revokeTokens must be a boolean', async () => {
    const res = await admin.post('/me/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'another password', revokeTokens: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/revokeTokens');
  });

  it("an admin's reset ends all of the person's sessions and revokes all of their tokens", async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const other = await signIn(t.app, 'bo@example.com');
    const t1 = await newToken(bo, 'one');
    const t2 = await newToken(bo, 'two');
    expect((await admin.post(`/people/${bo.personId}/password-reset`, { password: 'temporary password 1' })).statusCode).toBe(204);
    for (const c of [bo, other, t1, t2]) expect((await c.get('/me')).statusCode).toBe(401);
    const rows = await t.services.storage.db.selectFrom('access_tokens').selectAll().where('person_id', '=', bo.personId).execute();
    expect(rows).toEqual([]);
    // The admin's own credentials are untouched.
    expect((await admin.get('/me')).statusCode).toBe(200);
  });

  it('sign out everywhere ends every other session, also from a token, and keeps tokens', async () => {
    const s2 = await signIn(t.app, 'admin@example.com');
    const s3 = await signIn(t.app, 'admin@example.com');
    const token = await newToken(admin);
    expect((await admin.post('/sessions/revoke-others')).statusCode).toBe(204);
    expect((await admin.get('/me')).statusCode).toBe(200);
    expect((await s2.get('/me')).statusCode).toBe(401);
    expect((await s3.get('/me')).statusCode).toBe(401);
    expect((await token.get('/me')).statusCode).toBe(200);
    expect((await admin.get('/sessions')).json().items).toHaveLength(1);

    // From a token, every session is "another" one.
    await signIn(t.app, 'admin@example.com');
    expect((await token.post('/sessions/revoke-others')).statusCode).toBe(204);
    expect((await admin.get('/me')).statusCode).toBe(401);
    expect((await token.get('/me')).statusCode).toBe(200);
  });
});

describe.each(DIALECTS)('gates by the matched route on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  const SPELLINGS = [
    '/%61pi/v1/me',
    '/%41pi/v1/me',
    '/api/v1/%6De',
    '/api/v1/%6d%65',
    '/ap%69/v%31/me',
    '//api/v1/me',
    '/api//v1/me',
    '/api/v1//me',
    '/api/v1/me/',
    '/api/v1/me//',
    '/API/v1/me',
    '/api/v1/me?x=1',
    '/%61pi/v1/people',
    '/%61pi/v1/people/me',
    '/api/v1/people/%6De',
    '/%61pi/v1/sessions',
    '/%61pi/v1/tokens',
  ];

  it('without credentials, any spelling of a protected path is 401 or 404, never data', async () => {
    for (const url of SPELLINGS) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await t.app.inject({ method, url });
        expect([401, 404], `${method} ${url}: ${res.statusCode} ${res.body.slice(0, 120)}`).toContain(res.statusCode);
        expect(res.body, `${method} ${url}`).not.toContain('admin@example.com');
      }
    }
  });

  it('a cookie without the CSRF token cannot write through an encoded path', async () => {
    const noCsrf = { cookie: admin.auth.cookie as string, 'content-type': 'application/json' };
    for (const url of ['/%61pi/v1/teams', '/ap%69/v1/teams', '/api/v1/t%65ams']) {
      const res = await t.app.inject({ method: 'POST', url, headers: noCsrf, payload: { name: `Team ${url}` } });
      expect([403, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
      if (res.statusCode === 403) expect(res.json().code).toBe('csrf_failed');
    }
    expect((await admin.get('/teams')).json().items).toEqual([]);
  });

  it('a read-only token cannot write through an encoded path', async () => {
    const token = (await admin.post('/tokens', { name: 'ro', scopes: ['read'] })).json<{ token: string }>().token;
    const res = await t.app.inject({
      method: 'POST',
      url: '/%61pi/v1/teams',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: { name: 'Sneaky' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('insufficient_scope');
    expect((await admin.get('/teams')).json().items).toEqual([]);
  });

  it('a person who must change their password is held at the gate whatever the spelling', async () => {
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    await admin.post(`/people/${bo.personId}/password-reset`, { password: 'temporary password 1' });
    const fresh = await signIn(t.app, 'bo@example.com', 'temporary password 1');
    const res = await t.app.inject({ method: 'GET', url: '/%61pi/v1/people', headers: { cookie: fresh.auth.cookie as string } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('password_change_required');
  });

  it('public routes stay public; unknown API paths still ask for credentials', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/%61pi/v1/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' })).statusCode).toBe(401);
    expect((await admin.get('/no-such-thing')).statusCode).toBe(404);
  });
});

describe.each(DIALECTS)('tokens made by tokens on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  const make = async (c: Caller, body: Record<string, unknown>) => c.post('/tokens', { name: 'child', ...body });

  it('a cookie session makes a token exactly as PRODUCT §7 says', async () => {
    const res = await admin.post('/tokens', { name: 'laptop', scopes: ['read', 'write'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: 'laptop', scopes: ['read', 'write'] });
    expect(typeof body.id).toBe('string');
    expect(body.token).toMatch(/^sp_/);
  });

  it('a token without the tokens scope cannot make tokens', async () => {
    const parent = (await admin.post('/tokens', { name: 'rw', scopes: ['read', 'write'] })).json<{ token: string }>();
    const res = await make(new Caller(t.app, { token: parent.token }), { scopes: ['read'] });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect(res.json().detail).toMatch(/tokens/);
    expect((await admin.get('/tokens')).json().items).toHaveLength(1);
  });

  it('a token with the tokens scope makes tokens that never outlive it and never widen its scopes', async () => {
    const parentExpiry = new Date(Date.now() + 3_600_000).toISOString();
    const parent = await admin.post('/tokens', { name: 'minter', scopes: ['read', 'write', 'tokens'], expiresAt: parentExpiry });
    expect(parent.statusCode).toBe(201);
    expect(parent.json().scopes).toEqual(['read', 'tokens', 'write']);
    const minter = new Caller(t.app, { token: parent.json().token });

    const forever = await make(minter, { scopes: ['read'], expiresAt: null });
    expect(forever.statusCode).toBe(201);
    expect(forever.json().expiresAt).toBe(parentExpiry);
    const unsaid = await make(minter, { scopes: ['read'] });
    expect(unsaid.json().expiresAt).toBe(parentExpiry);
    const later = await make(minter, { scopes: ['read'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(later.json().expiresAt).toBe(parentExpiry);
    const sooner = new Date(Date.now() + 600_000).toISOString();
    expect((await make(minter, { scopes: ['read'], expiresAt: sooner })).json().expiresAt).toBe(sooner);

    // The child works, and stops with its parent's expiry.
    const child = new Caller(t.app, { token: forever.json().token });
    expect((await child.get('/me')).statusCode).toBe(200);
    const row = await t.services.storage.db.selectFrom('access_tokens').select('expires_at').where('id', '=', forever.json().id).executeTakeFirstOrThrow();
    expect(row.expires_at).toBe(parentExpiry);
  });

  it('a minting token may not give a child a scope it does not have', async () => {
    const ro = (await admin.post('/tokens', { name: 'ro-minter', scopes: ['read', 'tokens'] })).json<{ token: string }>();
    // Making a token is a write: a token without `write` is refused at the gate.
    const gate = await make(new Caller(t.app, { token: ro.token }), { scopes: ['read'] });
    expect(gate.statusCode).toBe(403);
    expect(gate.json().code).toBe('insufficient_scope');

    const w = (await admin.post('/tokens', { name: 'w-minter', scopes: ['write', 'tokens'] })).json<{ token: string }>();
    const wider = await make(new Caller(t.app, { token: w.token }), { scopes: ['read', 'write'] });
    expect(wider.statusCode).toBe(403);
    expect(wider.json().code).toBe('forbidden');
    expect((await make(new Caller(t.app, { token: w.token }), { scopes: ['write'] })).statusCode).toBe(201);
  });

  it('a non-expiring minting token may make non-expiring tokens', async () => {
    const parent = (await admin.post('/tokens', { name: 'minter', scopes: ['read', 'write', 'tokens'] })).json<{ token: string }>();
    const res = await make(new Caller(t.app, { token: parent.token }), { scopes: ['read'] });
    expect(res.statusCode).toBe(201);
    expect(res.json().expiresAt).toBeNull();
  });

  it('the tokens scope is listed in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body;
    expect(doc).toContain('"tokens"');
  });
});
