/**
 * The sweep on both dialects: one sweep deletes sessions past their expiry and entries over
 * 30 days in the trash, and keeps everything fresh (and expired tokens, which Settings lists).
 * The server sweeps at start-up and on its interval and stops when it closes; `staffpath
 * sweep` sweeps once. The schedule itself is checked with fake timers.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createServices } from '../../src/core/services.js';
import { newId } from '../../src/core/ids.js';
import { scheduleSweep, SweepJob, type SweepResult } from '../../src/core/jobs/sweep.js';
import { openStorage, type Storage } from '../../src/storage/database.js';
import { startServer } from '../../src/http/server.js';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, setupAdmin, testConfig, type Caller, type TestApp } from '../support/app.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A session row as sign-in stores one, expiring at `expiresAt`. */
async function insertSession(storage: Storage, personId: string, expiresAt: number): Promise<string> {
  const id = newId();
  const now = iso(Date.now() - DAY);
  await storage.db
    .insertInto('sessions')
    .values({ id, token_hash: `hash-${id}`, person_id: personId, csrf_token: `csrf-${id}`, user_agent: 'test', created_at: now, last_seen_at: now, expires_at: iso(expiresAt) })
    .execute();
  return id;
}

async function sessionIds(storage: Storage): Promise<string[]> {
  return (await storage.db.selectFrom('sessions').select('id').execute()).map((r) => r.id);
}

async function evidenceIds(storage: Storage): Promise<string[]> {
  return (await storage.db.selectFrom('evidence').select('id').execute()).map((r) => r.id).sort();
}

/** An entry of `personId`, in the trash since `deletedAt` when given. */
async function insertEntry(storage: Storage, personId: string, title: string, deletedAt?: number): Promise<string> {
  const services = createServices(storage, testConfig());
  const e = await services.evidence.insert(storage.db, personId, { title, occurredOn: '2026-11-02', dimensions: ['impact'] }, 'manual');
  if (deletedAt !== undefined) await storage.db.updateTable('evidence').set({ deleted_at: iso(deletedAt) }).where('id', '=', e.id).execute();
  return e.id;
}

describe.each(DIALECTS)('sweep on %s', (dialect) => {
  describe('one sweep', () => {
    let t: TestApp;
    let admin: Caller;
    beforeEach(async () => {
      t = await createTestApp(dialect);
      admin = await setupAdmin(t.app);
    });
    afterEach(async () => {
      await t.close();
    });

    it('deletes expired sessions and trash older than 30 days; fresh ones stay', async () => {
      const storage = t.db.storage;
      const now = Date.now();
      const signedIn = await sessionIds(storage);
      const expired = await insertSession(storage, admin.personId, now - 60_000);
      const fresh = await insertSession(storage, admin.personId, now + 3_600_000);
      await storage.db
        .insertInto('access_tokens')
        .values({ id: newId(), person_id: admin.personId, name: 'old script', scopes: '["read"]', token_hash: 'expired-token', created_at: iso(now - 10 * DAY), last_used_at: null, expires_at: iso(now - DAY) })
        .execute();

      const live = (await admin.post('/evidence', { title: 'Still here', occurredOn: '2026-11-01' })).json().id as string;
      const recent = (await admin.post('/evidence', { title: 'Deleted last month', occurredOn: '2026-11-01' })).json().id as string;
      const old = (await admin.post('/evidence', { title: 'Deleted long ago', occurredOn: '2026-11-01' })).json().id as string;
      for (const id of [recent, old]) expect((await admin.delete(`/evidence/${id}`)).statusCode).toBe(204);
      await storage.db.updateTable('evidence').set({ deleted_at: iso(now - 29 * DAY) }).where('id', '=', recent).execute();
      await storage.db.updateTable('evidence').set({ deleted_at: iso(now - 31 * DAY) }).where('id', '=', old).execute();

      expect(await t.services.sweep.run(now)).toEqual({ expiredSessions: 1, purgedEntries: 1 });

      expect((await sessionIds(storage)).sort()).toEqual([...signedIn, fresh].sort());
      expect(await sessionIds(storage)).not.toContain(expired);
      expect((await admin.get('/me')).statusCode).toBe(200);
      // Expired tokens stay: Settings lists them, marked expired.
      expect(await storage.db.selectFrom('access_tokens').select('name').execute()).toEqual([{ name: 'old script' }]);

      expect(await evidenceIds(storage)).toEqual([live, recent].sort());
      expect((await storage.db.selectFrom('evidence_dimensions').select('evidence_id').where('evidence_id', '=', old).execute())).toEqual([]);
      expect(((await admin.get('/evidence?deleted=true')).json().items as { id: string }[]).map((e) => e.id)).toEqual([recent]);
      expect((await admin.post(`/evidence/${old}/restore`)).statusCode).toBe(404);
      expect((await admin.get(`/evidence/${live}`)).statusCode).toBe(200);

      // Nothing left to do: a second sweep deletes nothing.
      expect(await t.services.sweep.run(now)).toEqual({ expiredSessions: 0, purgedEntries: 0 });
    });

    it('several app servers may sweep the same database at once', async () => {
      const storage = t.db.storage;
      const now = Date.now();
      for (let i = 0; i < 5; i++) await insertSession(storage, admin.personId, now - 60_000);
      for (let i = 0; i < 3; i++) await insertEntry(storage, admin.personId, `Old ${i}`, now - 40 * DAY);
      const kept = await insertEntry(storage, admin.personId, 'Kept');
      const servers = [t.services.sweep, new SweepJob(storage.db, createServices(storage, t.config).evidence), createServices(storage, t.config).sweep];
      const results = await Promise.all(servers.map((s) => s.run(now)));
      // Each expired session is deleted by exactly one of them; the trash may be counted twice.
      expect(results.reduce((n, r) => n + r.expiredSessions, 0)).toBe(5);
      expect(await evidenceIds(storage)).toEqual([kept]);
      expect((await admin.get('/me')).statusCode).toBe(200);
    });
  });

  describe('the server', () => {
    let db: TestStorage;
    let personId: string;
    beforeEach(async () => {
      db = await createTestStorage(dialect);
      const services = createServices(db.storage, testConfig());
      personId = (await services.auth.setup({ name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery staple' })).person.id;
      await insertSession(db.storage, personId, Date.now() - 60_000);
      await insertEntry(db.storage, personId, 'Long in the trash', Date.now() - 31 * DAY);
      await db.storage.close();
    });
    afterEach(async () => {
      await db.dispose();
    });

    const configFor = (overrides: { sweepIntervalMinutes?: number } = {}) => ({
      ...loadConfig({ env: {} }),
      port: 0,
      logLevel: 'silent' as const,
      sqlitePath: db.sqlitePath,
      databaseUrl: db.databaseUrl,
      pgSchema: db.pgSchema,
      ...overrides,
    });

    it('sweeps once at start-up, and stops when it closes', async () => {
      const server = await startServer(configFor(), { logger: false });
      try {
        await expect.poll(async () => (await server.storage.db.selectFrom('sessions').select('id').execute()).length, { timeout: 20_000 }).toBe(1);
        await expect.poll(async () => (await server.storage.db.selectFrom('evidence').select('id').execute()).length, { timeout: 20_000 }).toBe(0);
      } finally {
        await server.close();
      }
    });

    it('does not sweep when the interval is 0', async () => {
      const server = await startServer(configFor({ sweepIntervalMinutes: 0 }), { logger: false });
      try {
        // Give a start-up sweep time to happen, had there been one.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect((await server.storage.db.selectFrom('sessions').select('id').execute()).length).toBe(2);
        expect((await server.storage.db.selectFrom('evidence').select('id').execute()).length).toBe(1);
      } finally {
        await server.close();
      }
    });
  });

  describe('staffpath sweep', () => {
    const run = promisify(execFile);
    const BIN = new URL('../../bin/staffpath.js', import.meta.url).pathname;
    let db: TestStorage;
    beforeAll(async () => {
      // The binary runs the compiled CLI: bring it up to date first (a no-op when it is).
      await run(process.execPath, [new URL('../../scripts/build.mjs', import.meta.url).pathname], { timeout: 120_000 });
    }, 130_000);
    beforeEach(async () => {
      db = await createTestStorage(dialect);
    });
    afterEach(async () => {
      await db.dispose();
    });

    it('sweeps once and says what it deleted', async () => {
      const services = createServices(db.storage, testConfig());
      const personId = (await services.auth.setup({ name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery staple' })).person.id;
      await insertSession(db.storage, personId, Date.now() - 60_000);
      await insertSession(db.storage, personId, Date.now() - 120_000);
      await insertEntry(db.storage, personId, 'Long in the trash', Date.now() - 31 * DAY);
      const kept = await insertEntry(db.storage, personId, 'Deleted yesterday', Date.now() - DAY);
      await db.storage.close();
      const env = { PATH: process.env.PATH, STAFFPATH_SQLITE_PATH: db.sqlitePath, STAFFPATH_DATABASE_URL: db.databaseUrl, STAFFPATH_PG_SCHEMA: db.pgSchema } as NodeJS.ProcessEnv;
      const { stdout } = await run(process.execPath, [BIN, 'sweep'], { env, timeout: 60_000 });
      expect(stdout).toBe('Deleted 2 expired sessions and 1 entry that had been in the trash for over 30 days.\n');
      const after = openStorage({ databaseUrl: db.databaseUrl, sqlitePath: db.sqlitePath, ...(db.pgSchema && { pgSchema: db.pgSchema }) });
      try {
        expect(await evidenceIds(after)).toEqual([kept]);
        expect(await sessionIds(after)).toHaveLength(1); // the set-up's own session
      } finally {
        await after.close();
      }
      const again = await run(process.execPath, [BIN, '--json', 'sweep'], { env, timeout: 60_000 });
      expect(JSON.parse(again.stdout)).toEqual({ expiredSessions: 0, purgedEntries: 0 });
    }, 120_000);
  });
});

describe('the sweep schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const done: SweepResult = { expiredSessions: 0, purgedEntries: 0 };

  it('runs at once, then every interval, never two at a time, and not after stop', async () => {
    let runs = 0;
    let release: (() => void) | null = null;
    const job = {
      run: () => {
        runs++;
        return new Promise<SweepResult>((resolve) => {
          release = () => resolve(done);
        });
      },
    };
    const results: SweepResult[] = [];
    const schedule = scheduleSweep(job, { intervalMs: 60_000, onResult: (r) => results.push(r), onError: () => {} });
    expect(runs).toBe(1);
    // Still running when the next is due: that turn is skipped.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    (release as (() => void) | null)?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(2);
    // stop() waits for the sweep in progress, and nothing runs after it.
    let stopped = false;
    const stopping = schedule.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    (release as (() => void) | null)?.();
    await stopping;
    expect(results).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(runs).toBe(2);
  });

  it('reports a failed sweep and keeps going', async () => {
    let runs = 0;
    const errors: unknown[] = [];
    const job = {
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('database away');
        return done;
      },
    };
    const results: SweepResult[] = [];
    const schedule = scheduleSweep(job, { intervalMs: 1_000, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toEqual([new Error('database away')]);
    expect(results).toEqual([done]);
    await schedule.stop();
  });
});
