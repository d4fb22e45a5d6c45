import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, anonymous, Caller, createTestApp, DEFAULT_PASSWORD, setupAdmin, signIn, type TestApp } from '../support/app.js';

describe.each(DIALECTS)('accounts and sign-in on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 5 });
  });
  afterEach(() => t.close());

  it('set-up creates the first admin once, then answers 409', async () => {
    expect((await anonymous(t.app).get('/setup')).json()).toEqual({ needed: true });
    const admin = await setupAdmin(t.app);
    const me = await admin.get('/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().person).toMatchObject({ email: 'admin@example.com', role: 'admin', targetLevel: 'staff', teamIds: [] });
    expect(me.json().csrfToken).toEqual(admin.auth.csrf);

    const again = await anonymous(t.app).post('/setup', { name: 'Eve', email: 'eve@example.com', password: DEFAULT_PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('setup_done');
    expect((await anonymous(t.app).get('/setup')).json()).toEqual({ needed: false });
  });

  it('two set-ups at once create exactly one account', async () => {
    const body = (i: number) => ({ name: `A${i}`, email: `a${i}@example.com`, password: DEFAULT_PASSWORD });
    const results = await Promise.all([0, 1, 2, 3].map((i) => anonymous(t.app).post('/setup', body(i))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });

  it('the session cookie is HttpOnly and SameSite=Lax, and Secure behind HTTPS', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { name: 'Ada', email: 'ada@example.com', password: DEFAULT_PASSWORD },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // trustProxy is off by default: the header is ignored
    const t2 = await createTestApp(dialect, { trustProxy: true });
    try {
      const r2 = await t2.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { name: 'Ada', email: 'ada@example.com', password: DEFAULT_PASSWORD },
      });
      expect(String(r2.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await t2.close();
    }
  });

  it('login: right password 200, wrong 401, unknown account 401 with the same message', async () => {
    await setupAdmin(t.app);
    const ok = await anonymous(t.app).post('/auth/login', { email: 'ADMIN@example.com', password: DEFAULT_PASSWORD });
    expect(ok.statusCode).toBe(200);
    const bad = await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: 'wrong password!' });
    const unknown = await anonymous(t.app).post('/auth/login', { email: 'nobody@example.com', password: 'wrong password!' });
    expect(bad.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(bad.json().detail).toBe(unknown.json().detail);
    expect(bad.json().code).toBe('invalid_credentials');
  });

  it('throttles failures per account with 429 and Retry-After; successes do not count', async () => {
    await setupAdmin(t.app);
    for (let i = 0; i < 5; i++) await signIn(t.app, 'admin@example.com'); // successes are free
    for (let i = 0; i < 3; i++) {
      expect((await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: 'nope nope nope' })).statusCode).toBe(401);
    }
    const blocked = await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: DEFAULT_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles failures per address across accounts', async () => {
    await setupAdmin(t.app);
    for (let i = 0; i < 5; i++) await anonymous(t.app).post('/auth/login', { email: `x${i}@example.com`, password: 'nope nope nope' });
    const blocked = await anonymous(t.app).post('/auth/login', { email: 'admin@example.com', password: DEFAULT_PASSWORD });
    expect(blocked.statusCode).toBe(429);
  });

  it('state-changing cookie requests need the CSRF token; logout too', async () => {
    const admin = await setupAdmin(t.app);
    const noCsrf = new Caller(t.app, { cookie: admin.auth.cookie as string });
    const r = await noCsrf.post('/teams', { name: 'Payments' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('csrf_failed');
    const wrong = await noCsrf.request('POST', '/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(wrong.statusCode).toBe(403);
    expect((await admin.post('/teams', { name: 'Payments' })).statusCode).toBe(201);
    expect((await admin.post('/auth/logout')).statusCode).toBe(204);
    expect((await admin.get('/me')).statusCode).toBe(401);
  });

  it('personal access tokens: shown once, stored hashed, scopes enforced, revocable, token wins over cookie', async () => {
    const admin = await setupAdmin(t.app);
    const created = await admin.post('/tokens', { name: 'laptop', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    expect(token).toMatch(/^sp_/);
    const rows = await t.services.storage.db.selectFrom('access_tokens').selectAll().execute();
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);

    const reader = new Caller(t.app, { token });
    const me = await reader.get('/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBeNull();
    const write = await reader.post('/teams', { name: 'Platform' });
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('insufficient_scope');

    const list = (await admin.get('/tokens')).json<{ items: { id: string; lastUsedAt: string | null }[] }>();
    expect(list.items[0]?.id).toBe(id);
    expect(list.items[0]?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);

    // A bad token with a good cookie is still 401: the token wins.
    const both = new Caller(t.app, { cookie: admin.auth.cookie as string, token: 'sp_forged' });
    expect((await both.get('/me')).statusCode).toBe(401);

    const writer = (await admin.post('/tokens', { name: 'ci', scopes: ['read', 'write'] })).json<{ token: string }>().token;
    expect((await new Caller(t.app, { token: writer }).post('/teams', { name: 'Platform' })).statusCode).toBe(201);

    expect((await admin.delete(`/tokens/${id}`)).statusCode).toBe(204);
    expect((await reader.get('/me')).statusCode).toBe(401);
    expect((await admin.delete(`/tokens/${id}`)).statusCode).toBe(404);
  });

  it('an expired token stops working', async () => {
    const admin = await setupAdmin(t.app);
    const { token, id } = (await admin.post('/tokens', { name: 'short', scopes: ['read'], expiresAt: new Date(Date.now() + 60_000).toISOString() })).json<{ token: string; id: string }>();
    expect((await new Caller(t.app, { token }).get('/me')).statusCode).toBe(200);
    await t.services.storage.db.updateTable('access_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
    expect((await new Caller(t.app, { token }).get('/me')).statusCode).toBe(401);
  });

  it('an expired session answers 401', async () => {
    const admin = await setupAdmin(t.app);
    await t.services.storage.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    expect((await admin.get('/me')).statusCode).toBe(401);
  });

  it("deactivating a person stops their sessions and tokens at once; reactivating lets them sign in", async () => {
    const admin = await setupAdmin(t.app);
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    const { token } = (await bo.post('/tokens', { name: 'cli', scopes: ['read', 'write'] })).json<{ token: string }>();
    expect((await admin.patch(`/people/${bo.personId}`, { active: false })).statusCode).toBe(200);
    expect((await bo.get('/me')).statusCode).toBe(401);
    expect((await new Caller(t.app, { token }).get('/me')).statusCode).toBe(401);
    expect((await anonymous(t.app).post('/auth/login', { email: 'bo@example.com', password: DEFAULT_PASSWORD })).statusCode).toBe(401);
    expect((await admin.patch(`/people/${bo.personId}`, { active: true })).statusCode).toBe(200);
    expect((await new Caller(t.app, { token }).get('/me')).statusCode).toBe(200);
    await signIn(t.app, 'bo@example.com');
  });

  it('changing the password signs out other sessions and checks the current one', async () => {
    const admin = await setupAdmin(t.app);
    const other = await signIn(t.app, 'admin@example.com');
    const wrong = await admin.post('/me/password', { currentPassword: 'not it at all', newPassword: 'a brand new password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].pointer).toBe('/currentPassword');
    const short = await admin.post('/me/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'short' });
    expect(short.json().errors[0].pointer).toBe('/newPassword');
    expect((await admin.post('/me/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new password' })).statusCode).toBe(204);
    expect((await admin.get('/me')).statusCode).toBe(200);
    expect((await other.get('/me')).statusCode).toBe(401);
    await signIn(t.app, 'admin@example.com', 'a brand new password');
  });

  it('a reset password must be changed before anything else', async () => {
    const admin = await setupAdmin(t.app);
    const bo = await addPerson(admin, { name: 'Bo', email: 'bo@example.com' });
    expect((await admin.post(`/people/${bo.personId}/password-reset`, { password: 'temporary password 1' })).statusCode).toBe(204);
    expect((await bo.get('/me')).statusCode).toBe(401); // old sessions end
    const fresh = await signIn(t.app, 'bo@example.com', 'temporary password 1');
    expect((await fresh.get('/me')).json().person.mustChangePassword).toBe(true);
    const blocked = await fresh.get('/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    expect((await fresh.post('/me/password', { currentPassword: 'temporary password 1', newPassword: 'my own password 22' })).statusCode).toBe(204);
    expect((await fresh.get('/people')).statusCode).toBe(200);
  });

  it('sessions: list, sign out others, sign out one', async () => {
    const admin = await setupAdmin(t.app);
    const other = await signIn(t.app, 'admin@example.com');
    const list = (await admin.get('/sessions')).json<{ items: { id: string; current: boolean }[] }>();
    expect(list.items).toHaveLength(2);
    expect(list.items.filter((s) => s.current)).toHaveLength(1);
    expect((await admin.post('/sessions/revoke-others')).statusCode).toBe(204);
    expect((await other.get('/me')).statusCode).toBe(401);
    const current = (await admin.get('/sessions')).json<{ items: { id: string }[] }>().items;
    expect(current).toHaveLength(1);
    expect((await admin.delete('/sessions/nope')).statusCode).toBe(404);
  });

  it('passwords are stored as scrypt hashes', async () => {
    await setupAdmin(t.app);
    const row = await t.services.storage.db.selectFrom('people').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain(DEFAULT_PASSWORD);
  });
});
