/**
 * `staffpath doc lint|export|import`, run as a real process: lint offline with its exit codes
 * (0 no findings, 1 findings, 2 usage error), export and import in-process against a database
 * and remotely against a running server with a token.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { buildCli, cli } from '../support/cli.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { coreOf, makePerson } from '../support/factories.js';
import { openStorage } from '../../src/storage/database.js';

beforeAll(buildCli, 130_000);

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const LINT = join(FIXTURES, 'documents/lint');
const EXPORT = join(FIXTURES, 'documents/export');
const NYGARD = join(FIXTURES, 'adr/nygard');

const filesIn = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'staffpath-doc-'));

describe('staffpath doc lint (offline: no server, no database)', () => {
  // Only PATH in the environment: nothing to reach a database with.
  const env = {};

  it('exits 0 for complete documents (a filled-in template, a Nygard ADR found by its folder)', async () => {
    const r = await cli(['doc', 'lint', join(LINT, 'rfc-complete.md'), join(LINT, 'doc/adr/0001-record-architecture-decisions.md')], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 files checked: no findings.\n');
  });

  it('exits 1 with file:line: message (code) for missing and empty sections, reasonless decisions and the matrix', async () => {
    const missing = join(LINT, 'design-missing.md');
    const matrix = join(LINT, 'trade-off-matrix.md');
    const r = await cli(['doc', 'lint', missing, join(LINT, 'rfc-complete.md'), matrix], env);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${missing}:1: This design doc has no "Goals and non-goals" section. (no_goals)`,
      `${missing}:1: This design doc has no "Risks" section. (no_risks)`,
      `${missing}:1: This design doc has no "Rollout and rollback" section. (no_rollback)`,
      `${missing}:10: The "Design" section is empty: it holds only guidance or nothing at all. (no_design)`,
      `${missing}:19: This decision is stated without a reason. Say why ("because …"), or add a Rationale part. (decision_without_reason)`,
      `${matrix}:3: “RabbitMQ” was chosen although “SQS” scores higher (10 against 2); say why. (chosen_not_top_without_reason)`,
      '6 findings in 2 files (3 checked).',
      '',
    ]);
    const json = await cli(['doc', 'lint', '--json', missing], env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ kind: 'design-doc', findings: expect.arrayContaining([{ code: 'no_risks', section: 'Risks', message: expect.any(String), line: 1 }]) });
  });

  it('--kind gives the kind of a file that does not say', async () => {
    const r = await cli(['doc', 'lint', '--kind', 'rfc', join(LINT, 'notes.md')], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(LINT, 'notes.md')}:1: This RFC has no "Summary" section. (no_summary)\n`);
  });

  it('exits 2 on a usage error: an unknown kind, an unreadable file, a file whose kind cannot be told', async () => {
    const kind = await cli(['doc', 'lint', '--kind', 'memo', join(LINT, 'rfc-complete.md')], env);
    expect(kind.code).toBe(2);
    expect(kind.stdout).toBe('');
    expect(kind.stderr).toBe('Error: --kind “memo” is not a kind of document; use one of design-doc, rfc, adr, migration-plan, trade-off, incident-review, roadmap-input.\n');
    const unreadable = await cli(['doc', 'lint', join(LINT, 'rfc-complete.md'), join(LINT, 'nowhere.md')], env);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toBe(`Error: ${join(LINT, 'nowhere.md')}: cannot read the file (no such file).\n`);
    const unknown = await cli(['doc', 'lint', join(LINT, 'notes.md')], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/notes\.md: cannot tell what kind of document this is; give --kind/);
  });
});

describe.each(DIALECTS)('staffpath doc export and import on %s', (dialect) => {
  describe('in-process', () => {
    let db: TestStorage;
    let env: Record<string, string | undefined>;
    const dirs: string[] = [];
    beforeAll(async () => {
      db = await createTestStorage(dialect);
      await makePerson(db.storage, { name: 'Bo', email: 'bo@example.com' });
      await db.storage.close();
      env = { STAFFPATH_SQLITE_PATH: db.sqlitePath, STAFFPATH_DATABASE_URL: db.databaseUrl, STAFFPATH_PG_SCHEMA: db.pgSchema, STAFFPATH_AS: 'bo@example.com' };
    });
    afterAll(async () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      await db?.dispose();
    });

    it('previews and imports a Nygard folder (recursing), skips it the second time, and exports it', async () => {
      const dry = await cli(['doc', 'import', NYGARD, '--dry-run'], env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toBe(
        [
          'Would import 3 documents (dry run: nothing was written).',
          '  ADR-0001  Record architecture decisions (approved)',
          '  ADR-0002  Publish domain events through Kafka (superseded)',
          '  ADR-0003  Publish domain events through the managed event bus (approved)',
          '',
        ].join('\n'),
      );
      const real = await cli(['doc', 'import', NYGARD], env);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout.split('\n')[0]).toBe('Imported 3 documents.');

      const again = await cli(['doc', 'import', NYGARD], env);
      expect(again.stdout.split('\n').slice(0, 2)).toEqual(['Imported 0 documents; 3 files skipped.', '3 warnings:']);

      const out = tmp();
      dirs.push(out);
      const exported = await cli(['doc', 'export', out], env);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toBe(`Exported 3 documents to ${out}.\n`);
      expect(Object.keys(filesIn(out))).toEqual([
        'adr-0001-record-architecture-decisions.md',
        'adr-0002-publish-domain-events-through-kafka.md',
        'adr-0003-publish-domain-events-through-the-managed-event-bus.md',
      ]);
      expect(filesIn(out)['adr-0002-publish-domain-events-through-kafka.md']).toMatch(/^---\nid: [0-9a-z]{26}\nkind: adr\nnumber: 2\n.*status: superseded\n.*supersededBy: ADR-0003\n.*createdAt: 2025-06-10T00:00:00\.000Z\n/s);

      const check = openStorage({ sqlitePath: db.sqlitePath, databaseUrl: db.databaseUrl, poolSize: 1, ...(db.pgSchema && { pgSchema: db.pgSchema }) });
      try {
        const bo = await coreOf(check).auth.localActor('bo@example.com');
        expect(await coreOf(check).documentTransfer.exportFiles(bo)).toHaveLength(3);
      } finally {
        await check.close();
      }
    });

    it('refuses a broken export in words, naming the file and line; an empty folder is an error', async () => {
      const dir = tmp();
      dirs.push(dir);
      const broken = tmp();
      dirs.push(broken);
      const [first] = Object.entries(filesIn(EXPORT));
      writeFileSync(join(broken, first?.[0] ?? 'x.md'), (first?.[1] ?? '').replace(/^kind: .*$/m, 'kind: memo'));
      const r = await cli(['doc', 'import', broken], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${first?.[0]}:3: \`kind\` must be one of`);
      const none = await cli(['doc', 'import', dir], env);
      expect(none.code).toBe(1);
      expect(none.stderr).toBe(`Error: There are no .md files in ${dir}.\n`);
    });
  });

  describe('remotely', () => {
    let server: TestServer;
    const dirs: string[] = [];
    beforeAll(async () => {
      server = await startTestServer({ dialect });
    });
    afterAll(async () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      await server?.close();
    });

    it('imports and exports through the API with a token: the export comes back byte for byte', async () => {
      await makePerson(server.storage, { name: 'Cy', email: 'cy@example.com' });
      const actor = await coreOf(server.storage).auth.localActor('cy@example.com');
      const { token } = await coreOf(server.storage).auth.createToken(actor, { name: 'ci', scopes: ['read', 'write'] });
      const remote = { STAFFPATH_URL: server.url, STAFFPATH_TOKEN: token };
      const imported = await cli(['doc', 'import', EXPORT], remote);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout.split('\n')[0]).toBe('Imported 8 documents.');
      const out = tmp();
      dirs.push(out);
      const exported = await cli(['doc', 'export', join(out, 'docs')], remote);
      expect(exported.code, exported.stderr).toBe(0);
      expect(filesIn(join(out, 'docs'))).toEqual(filesIn(EXPORT));
      const json = await cli(['doc', 'import', EXPORT, '--json'], remote);
      expect(JSON.parse(json.stdout)).toMatchObject({ imported: 0, skipped: 8 });
    });
  });
});
