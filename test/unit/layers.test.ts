import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js (eslint-plugin-boundaries), probed with one import
// each. Every probe targets a file that exists, written as the code writes it (ESM `.js`
// specifier of a `.ts` source), so a probe passes only if the import was really resolved
// and classified: an unresolved import would be an "unknown" element and pass silently.

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Load the config, the parser and the TypeScript resolver once, under the hook timeout.
  await eslint.lintText("import * as dates from '../shared/dates.js';\nexport const used = dates;\n", { filePath: path.join(root, 'src/core/people.ts') });
});

async function boundaryMessages(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  expect(fatal, 'the probe must parse').toEqual([]);
  return messages.filter((m) => m.ruleId?.startsWith('boundaries/'));
}

const valueImport = (specifier: string) => `import * as probe from '${specifier}';\nexport const used = probe;\n`;
const typeImport = (specifier: string) => `import type * as probe from '${specifier}';\nexport type Used = typeof probe;\n`;

type Probe = { name: string; file: string; code: string; rule: string; mentions: string };

const forbidden: Probe[] = [
  { name: 'core → http', file: 'src/core/people.ts', code: valueImport('../http/app.js'), rule: 'element-types', mentions: "of type 'http'" },
  { name: 'core → web', file: 'src/core/people.ts', code: valueImport('../web/lib/format.js'), rule: 'element-types', mentions: "of type 'web'" },
  { name: 'deep core → http', file: 'src/core/evidence/x.ts', code: valueImport('../../http/app.js'), rule: 'element-types', mentions: "of type 'http'" },
  { name: 'deep core → http (export from)', file: 'src/core/evidence/x.ts', code: "export { buildApp } from '../../http/app.js';\n", rule: 'element-types', mentions: "of type 'http'" },
  { name: 'core → cli (dynamic import)', file: 'src/core/services.ts', code: "export const load = () => import('../cli/main.js');\n", rule: 'element-types', mentions: "of type 'cli'" },
  { name: 'storage → core', file: 'src/storage/repositories/evidence-filter.ts', code: valueImport('../../core/visibility.js'), rule: 'element-types', mentions: "of type 'core'" },
  { name: 'storage (dialect) → core', file: 'src/storage/dialects/evidence-search.sqlite.ts', code: valueImport('../../core/evidence/search-query.js'), rule: 'element-types', mentions: "of type 'core'" },
  { name: 'http → storage/repositories', file: 'src/http/routes/people.routes.ts', code: valueImport('../../storage/repositories/people.repository.js'), rule: 'element-types', mentions: "of type 'storage'" },
  { name: 'http → kysely', file: 'src/http/routes/people.routes.ts', code: valueImport('kysely'), rule: 'external', mentions: "'kysely'" },
  { name: 'cli → storage/repositories', file: 'src/cli/main.ts', code: valueImport('../storage/repositories/people.repository.js'), rule: 'element-types', mentions: "of type 'storage'" },
  { name: 'cli → kysely', file: 'src/cli/client.ts', code: valueImport('kysely'), rule: 'external', mentions: "'kysely'" },
  { name: 'web → core (value import)', file: 'src/web/api/types.ts', code: valueImport('../../core/types.js'), rule: 'element-types', mentions: "of type 'core'" },
  { name: 'web → core (import type: shapes come from the wire schemas)', file: 'src/web/api/types.ts', code: typeImport('../../core/types.js'), rule: 'element-types', mentions: "of type 'core'" },
  { name: 'web → core (value re-export)', file: 'src/web/api/types.ts', code: "export { AppError } from '../../core/errors.js';\n", rule: 'element-types', mentions: "of type 'core'" },
  { name: 'web → storage', file: 'src/web/lib/format.ts', code: typeImport('../../storage/database.js'), rule: 'element-types', mentions: "of type 'storage-entry'" },
  { name: 'web → http', file: 'src/web/lib/format.ts', code: typeImport('../../http/app.js'), rule: 'element-types', mentions: "of type 'http'" },
  { name: 'web → http/schemas (value import)', file: 'src/web/api/types.ts', code: valueImport('../../http/schemas/wire.js'), rule: 'element-types', mentions: "of type 'http-schemas'" },
  { name: 'web → http/schemas (value import of a schema)', file: 'src/web/lib/format.ts', code: valueImport('../../http/schemas/evidence.js'), rule: 'element-types', mentions: "of type 'http-schemas'" },
  { name: 'web → http/schemas (value re-export)', file: 'src/web/api/types.ts', code: "export { PersonSchema } from '../../http/schemas/people.js';\n", rule: 'element-types', mentions: "of type 'http-schemas'" },
  { name: 'http/schemas → http', file: 'src/http/schemas/people.ts', code: valueImport('../app.js'), rule: 'element-types', mentions: "of type 'http'" },
  { name: 'http/schemas → storage', file: 'src/http/schemas/people.ts', code: valueImport('../../storage/database.js'), rule: 'element-types', mentions: "of type 'storage-entry'" },
  { name: 'web → node: builtin', file: 'src/web/lib/format.ts', code: valueImport('node:fs'), rule: 'external', mentions: "'node:fs'" },
  { name: 'web → fastify', file: 'src/web/lib/format.ts', code: valueImport('fastify'), rule: 'external', mentions: "'fastify'" },
  { name: 'shared → core', file: 'src/shared/dates.ts', code: valueImport('../core/errors.js'), rule: 'element-types', mentions: "of type 'core'" },
  { name: 'core → fastify', file: 'src/core/evidence/x.ts', code: valueImport('fastify'), rule: 'external', mentions: "'fastify'" },
  { name: 'core → @fastify/*', file: 'src/core/people.ts', code: valueImport('@fastify/cookie'), rule: 'external', mentions: "'@fastify/cookie'" },
  { name: 'core → react', file: 'src/core/people.ts', code: valueImport('react'), rule: 'external', mentions: "'react'" },
];

const allowed: Omit<Probe, 'rule' | 'mentions'>[] = [
  { name: 'core → storage', file: 'src/core/people.ts', code: valueImport('../storage/repositories/people.repository.js') },
  { name: 'deep core → storage', file: 'src/core/evidence/x.ts', code: valueImport('../../storage/database.js') },
  { name: 'core → shared', file: 'src/core/evidence/x.ts', code: valueImport('../../shared/dates.js') },
  { name: 'http → core', file: 'src/http/routes/people.routes.ts', code: valueImport('../../core/people.js') },
  { name: 'http → http/schemas', file: 'src/http/routes/people.routes.ts', code: valueImport('../schemas/people.js') },
  { name: 'http/schemas → core', file: 'src/http/schemas/people.ts', code: valueImport('../../core/types.js') },
  { name: 'web → http/schemas (import type)', file: 'src/web/api/types.ts', code: typeImport('../../http/schemas/wire.js') },
  { name: 'web → http/schemas (export type)', file: 'src/web/api/types.ts', code: "export type { Person } from '../../http/schemas/wire.js';\n" },
  { name: 'http → storage/database (opening the storage)', file: 'src/http/server.ts', code: valueImport('../storage/database.js') },
  { name: 'cli → http/server (in-process serving)', file: 'src/cli/main.ts', code: "export const serve = () => import('../http/server.js');\n" },
  { name: 'web → web (.js specifier of a .tsx file)', file: 'src/web/pages/Home.tsx', code: valueImport('../components/Form.js') },
  { name: 'storage → shared', file: 'src/storage/repositories/evidence-filter.ts', code: valueImport('../../shared/dates.js') },
];

describe('layer rules (eslint-plugin-boundaries)', () => {
  it.each(forbidden)('reports $name', async ({ file, code, rule, mentions }) => {
    const messages = await boundaryMessages(file, code);
    const hits = messages.filter((m) => m.ruleId === `boundaries/${rule}`);
    expect(hits, JSON.stringify(messages)).toHaveLength(1);
    expect(hits[0]?.message).toContain(mentions);
    expect(hits[0]?.severity).toBe(2);
  });

  it.each(allowed)('allows $name', async ({ file, code }) => {
    expect(await boundaryMessages(file, code)).toEqual([]);
  });

  it('reports an import that resolves to no file instead of passing it', async () => {
    const messages = await boundaryMessages('src/core/people.ts', valueImport('../http/no-such-file.js'));
    expect(messages.map((m) => m.ruleId)).toEqual(['boundaries/no-unknown']);
  });
});
