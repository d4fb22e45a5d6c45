/**
 * The `staffpath` binary, run as a real process: in-process against a database, and remotely
 * against a running server with a token.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { buildCli, cli } from '../support/cli.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';
import { startTestServer, type TestServer } from '../support/server.js';

beforeAll(buildCli, 130_000);

describe.each(DIALECTS)('CLI on %s', (dialect) => {
  let db: TestStorage;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    db = await createTestStorage(dialect);
    await db.storage.close();
    env = { STAFFPATH_SQLITE_PATH: db.sqlitePath, STAFFPATH_DATABASE_URL: db.databaseUrl, STAFFPATH_PG_SCHEMA: db.pgSchema };
  });
  afterAll(() => db?.dispose());

  it('--help everywhere', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['user', 'create', '--help'], ['token', 'create', '--help'], ['migrate', '--help']]) {
      const r = await cli(args, env);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: staffpath');
    }
  });

  it('migrate, user create (first is admin), token create, whoami; errors exit non-zero', async () => {
    expect((await cli(['migrate'], env)).stdout).toMatch(/up to date|Applied/);
    const first = await cli(['user', 'create', '--name', 'Ada', '--email', 'ada@example.com', '--password', 'long enough pw'], env);
    expect(first.stdout).toMatch(/Created Ada <ada@example.com> \(admin\)/);
    // An admin never puts people under themselves (they would read manager-only content).
    const underSelf = await cli(['user', 'create', '--name', 'Bo', '--email', 'bo@example.com', '--password', 'long enough pw', '--manager', 'ada@example.com'], env);
    expect(underSelf.code).toBe(1);
    const second = await cli(['user', 'create', '--name', 'Bo', '--email', 'bo@example.com', '--password', 'long enough pw', '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ email: 'bo@example.com', role: 'member' });
    const third = await cli(['user', 'create', '--name', 'Cy', '--email', 'cy@example.com', '--password', 'long enough pw', '--manager', 'bo@example.com', '--as', 'ada@example.com', '--json'], env);
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ email: 'cy@example.com', managerId: JSON.parse(second.stdout).id });

    const ambiguous = await cli(['token', 'create', '--name', 'x'], env);
    expect(ambiguous.code).not.toBe(0);
    expect(ambiguous.stderr).toMatch(/^Error: .*--as/);
    const tok = await cli(['token', 'create', '--name', 'laptop', '--as', 'bo@example.com'], env);
    expect(tok.stdout).toMatch(/^sp_\S+/);

    const dup = await cli(['user', 'create', '--name', 'Bo', '--email', 'bo@example.com', '--password', 'long enough pw', '--as', 'ada@example.com'], env);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^Error: Someone already has this e-mail address/);
    const denied = await cli(['user', 'create', '--name', 'C', '--email', 'c@example.com', '--password', 'long enough pw', '--as', 'bo@example.com'], env);
    expect(denied.stderr).toMatch(/^Error: Only an admin/);
    const badConfig = await cli(['migrate'], { ...env, STAFFPATH_PORT: 'many' });
    expect(badConfig.stderr).toMatch(/^Error: Invalid configuration/);
  });

  it('log, search, export and import evidence', async () => {
    const as = { ...env, STAFFPATH_AS: 'bo@example.com' };
    const logged = await cli(['log', 'Cut checkout p99 from 800 ms to 200 ms', '--dim', 'impact', '--team', 'payments', '--team', 'checkout', '--date', '2026-11-02'], as);
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.stdout).toMatch(/^Logged 2026-11-02 “Cut checkout p99 from 800 ms to 200 ms” \(manager\)/);
    expect(logged.stdout).toContain('metric  checkout p99: 800 ms → 200 ms');
    const json = JSON.parse((await cli(['log', 'Wrote the ledger RFC', '--audience', 'org', '--json'], as)).stdout);
    expect(json).toMatchObject({ title: 'Wrote the ledger RFC', audience: ['org'], source: 'manual' });
    expect((await cli(['log', 'x', '--dim', 'charisma'], as)).stderr).toMatch(/^Error: .*dimensions/);
    expect((await cli(['search', 'checkout'], as)).stdout).toMatch(/^2026-11-02 {2}Cut checkout p99/);
    expect((await cli(['search', 'nothing-like-this'], as)).stdout).toBe('Nothing found.\n');

    const out = mkdtempSync(join(tmpdir(), 'staffpath-export-'));
    expect((await cli(['export', '--format', 'md', '--out', out], as)).stdout).toMatch(/^Wrote \d+ files? to /);
    const files = readdirSync(out).sort();
    expect(files).toContain('2026-11.md');
    const dry = await cli(['import', 'evidence', out, '--dry-run'], as);
    expect(dry.stdout).toMatch(/Would create 0, skip 2/);

    const brag = join(out, 'brag.txt');
    writeFileSync(brag, '## October 2026\n- Halved build time for the monorepo\n');
    const bragDry = await cli(['import', 'evidence', brag, '--brag', '--dry-run'], as);
    expect(bragDry.stdout).toContain('+ 2026-10-01  Halved build time for the monorepo');
    expect((await cli(['import', 'evidence', brag, '--brag'], as)).stdout).toContain('Created 1, skipped 0.');

    // Text neither database can store is refused in-process too, naming where it is.
    const nul = join(mkdtempSync(join(tmpdir(), 'staffpath-nul-')), 'brag.txt');
    writeFileSync(nul, '## October 2026\n- Halved build\u0000 time\n');
    const refused = await cli(['import', 'evidence', nul, '--brag'], as);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: Some text cannot be stored\. \(markdown\)/);
  });

  describe('remotely', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ dialect });
    });
    afterAll(() => server?.close());

    it('acts as the token person through the API', async () => {
      const remoteEnv = { STAFFPATH_URL: server.url };
      // Set-up through the API, then a token made by the CLI remotely needs a token first:
      const setup = await fetch(`${server.url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ada', email: 'ada@example.com', password: 'long enough pw' }),
      });
      const cookie = setup.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = (await setup.json()) as { csrfToken: string };
      const tokenRes = await fetch(`${server.url}/api/v1/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'cli', scopes: ['read', 'write', 'tokens'] }),
      });
      const { token } = (await tokenRes.json()) as { token: string };

      const who = await cli(['whoami', '--token', token], remoteEnv);
      expect(who.stdout).toContain('Ada <ada@example.com> (admin)');
      const created = await cli(['user', 'create', '--name', 'Cy', '--email', 'cy@example.com', '--password', 'long enough pw', '--token', token], remoteEnv);
      expect(created.stdout).toMatch(/Created Cy <cy@example.com> \(member\)/);
      const t2 = await cli(['token', 'create', '--name', 'read-only', '--scope', 'read', '--token', token], remoteEnv);
      expect(t2.stdout).toMatch(/^sp_/);
      const readOnly = t2.stdout.split('\n')[0] as string;
      const refused = await cli(['user', 'create', '--name', 'Dee', '--email', 'dee@example.com', '--password', 'long enough pw', '--token', readOnly], remoteEnv);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^Error: .*insufficient_scope/);
      const noToken = await cli(['whoami'], remoteEnv);
      expect(noToken.stderr).toMatch(/^Error: --server needs --token/);
    });
  });
});
