/**
 * `staffpath outcome record`, run as a real process, so a script or a cron job can feed an
 * outcome: in-process against a database, and remotely against a running server with a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { buildCli, cli } from '../support/cli.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { coreOf, makeOutcome, makePerson } from '../support/factories.js';
import { openStorage } from '../../src/storage/database.js';

beforeAll(buildCli, 130_000);

describe.each(DIALECTS)('staffpath outcome record on %s', (dialect) => {
  describe('in-process', () => {
    let db: TestStorage;
    let env: Record<string, string | undefined>;
    let outcomeId: string;
    beforeAll(async () => {
      db = await createTestStorage(dialect);
      const bo = await makePerson(db.storage, { name: 'Bo', email: 'bo@example.com' });
      const other = await makePerson(db.storage, { name: 'Cy', email: 'cy@example.com' });
      outcomeId = (await makeOutcome(db.storage, bo.id, { name: 'p99 latency of checkout', unit: 'ms', baseline: 800, target: 200 })).id;
      await makeOutcome(db.storage, other.id, { name: 'Cloud cost' });
      await db.storage.close();
      env = { STAFFPATH_SQLITE_PATH: db.sqlitePath, STAFFPATH_DATABASE_URL: db.databaseUrl, STAFFPATH_PG_SCHEMA: db.pgSchema, STAFFPATH_AS: 'bo@example.com' };
    });
    afterAll(() => db?.dispose());

    it('records by name or id, with a date and a note, and says how far along it is', async () => {
      const byName = await cli(['outcome', 'record', 'P99 latency of checkout', '500', '--at', '2026-11-01', '--note', 'after the cache'], env);
      expect(byName.code, byName.stderr).toBe(0);
      expect(byName.stdout).toBe('Recorded 500 ms for “p99 latency of checkout” on 2026-11-01. 50% of the way to the target.\n');
      const byId = await cli(['outcome', 'record', outcomeId, '150', '--at', '2026-11-20', '--json'], env);
      expect(byId.code, byId.stderr).toBe(0);
      const json = JSON.parse(byId.stdout) as { measurement: { value: number }; outcome: { progress: number; measurements: unknown[] } };
      expect(json.measurement.value).toBe(150);
      expect(json.outcome.measurements).toHaveLength(2);
      expect(json.outcome.progress).toBeCloseTo(650 / 600);
      const today = await cli(['outcome', 'record', outcomeId, '180'], env);
      expect(today.stdout).toMatch(/on \d{4}-\d{2}-\d{2}\. Target passed\.\n$/);

      const check = openStorage({ sqlitePath: db.sqlitePath, databaseUrl: db.databaseUrl, poolSize: 1, ...(db.pgSchema && { pgSchema: db.pgSchema }) });
      try {
        const bo = await coreOf(check).auth.localActor('bo@example.com');
        const stored = (await coreOf(check).outcomes.get(bo, outcomeId)).value;
        expect(stored.measurements.map((m) => [m.value, m.note])).toEqual([[500, 'after the cache'], [150, ''], [180, '']]);
      } finally {
        await check.close();
      }
    });

    it('refuses in words: not a number, not a date, no such outcome, someone else’s outcome', async () => {
      const nan = await cli(['outcome', 'record', outcomeId, 'fast'], env);
      expect(nan.code).toBe(1);
      expect(nan.stderr).toBe('Error: “fast” is not a number; give the measured value, like 420 or 0.93.\n');
      const date = await cli(['outcome', 'record', outcomeId, '1', '--at', '2026-02-30'], env);
      expect(date.stderr).toMatch(/^Error: --at “2026-02-30” is not a date/);
      const unknown = await cli(['outcome', 'record', 'Uptime', '1'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('Error: No outcome of yours is called “Uptime”. Yours: “p99 latency of checkout”.\n');
      const theirs = await cli(['outcome', 'record', 'Cloud cost', '1'], env);
      expect(theirs.stderr).toMatch(/^Error: No outcome of yours is called “Cloud cost”/);
    });
  });

  describe('remotely', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ dialect });
    });
    afterAll(() => server?.close());

    it('records through the API with a token; a read-only token is refused', async () => {
      const bo = await makePerson(server.storage, { name: 'Bo', email: 'bo@example.com' });
      await makeOutcome(server.storage, bo.id, { name: 'Deploys per week', unit: '', direction: 'higher', baseline: 2, target: 10 });
      const actor = await coreOf(server.storage).auth.localActor('bo@example.com');
      const write = await coreOf(server.storage).auth.createToken(actor, { name: 'cron', scopes: ['read', 'write'] });
      const read = await coreOf(server.storage).auth.createToken(actor, { name: 'ro', scopes: ['read'] });
      const remote = { STAFFPATH_URL: server.url };
      const ok = await cli(['outcome', 'record', 'Deploys per week', '6', '--at', '2026-11-10', '--token', write.token], remote);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toBe('Recorded 6 for “Deploys per week” on 2026-11-10. 50% of the way to the target.\n');
      const refused = await cli(['outcome', 'record', 'Deploys per week', '7', '--token', read.token], remote);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^Error: .*insufficient_scope/);
    });
  });
});
