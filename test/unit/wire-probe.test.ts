/**
 * One source of truth for wire shapes, probed: the project is type-checked as it is (no
 * errors), then with a response field renamed in a schema, served in memory by the compiler
 * host. The rename must break the web (which compiles against src/http/schemas/wire.ts) and,
 * for evidence, the handler whose answer no longer matches the schema. A shape restated
 * anywhere would let one side compile on its own.
 *
 * Also: the framework definition goes through the response serialiser unchanged (it drops
 * what a schema does not declare, so the schema must be complete).
 */
import path from 'node:path';
import { execFile, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultFramework, parseFrameworkFile } from '../../src/core/frameworks/framework-file.js';
import { FrameworkSchema } from '../../src/http/schemas/frameworks.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EVIDENCE_SCHEMAS = 'src/http/schemas/evidence.ts';
const PEOPLE_SCHEMAS = 'src/http/schemas/people.ts';
const EVIDENCE_ROUTES = 'src/http/routes/evidence.routes.ts';

interface Probe {
  /** Project-relative file served from memory, and its text. */
  file: string;
  text: string;
  /** Project-relative prefixes (or files) whose errors are reported. */
  watch: string[];
}
/** Per check: errors by project-relative file (first line of each message). */
type ProbeResult = Record<string, string[]>[];

/**
 * The checks run in a child process with the TypeScript compiler API: type-checking the
 * whole project takes tens of seconds of one core, too long to block the test worker. The
 * first program checks everything; each probe is a program over the same files with one
 * file served from memory, built with the first as `oldProgram` (parsed files are reused),
 * and only the watched files are checked.
 */
const CHECKER = String.raw`
import path from 'node:path';
import ts from 'typescript';
const root = process.cwd();
const probes = JSON.parse(await new Promise((resolve) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => resolve(s)); }));
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, ' ')); } });
const cache = new Map();
const relative = (f) => path.relative(root, f).split(path.sep).join('/');
function host(overrides) {
  const h = ts.createCompilerHost(config.options, true);
  const base = h.getSourceFile.bind(h);
  return {
    ...h,
    readFile: (f) => overrides.get(relative(path.resolve(f))) ?? h.readFile(f),
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      const text = overrides.get(relative(path.resolve(fileName)));
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      let sf = cache.get(fileName);
      if (!sf) { sf = base(fileName, languageVersion, onError, shouldCreate); if (sf) cache.set(fileName, sf); }
      return sf;
    },
  };
}
const message = (d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0];
const group = (diagnostics) => {
  const out = {};
  for (const d of diagnostics) { const f = d.file ? relative(d.file.fileName) : ''; (out[f] ??= []).push(message(d)); }
  return out;
};
const results = [];
const first = ts.createProgram({ rootNames: config.fileNames, options: config.options, host: host(new Map()) });
results.push(group(ts.getPreEmitDiagnostics(first)));
for (const p of probes) {
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host: host(new Map([[p.file, p.text]])), oldProgram: first });
  const watched = program.getSourceFiles().filter((sf) => { const f = relative(sf.fileName); return p.watch.some((w) => f === w || f.startsWith(w)); });
  results.push(group(watched.flatMap((sf) => program.getSemanticDiagnostics(sf))));
}
process.stdout.write(JSON.stringify(results));
`;

/** Type-checking three programs takes 40–200 s of one core, by load; 600 s leaves room (WIRE_PROBE_TIMEOUT_MS). */
const TIMEOUT_MS = Number(process.env.WIRE_PROBE_TIMEOUT_MS ?? 600_000);
let running: ChildProcess | undefined;

function check(probes: Probe[]): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', CHECKER], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as ProbeResult);
    });
    running = child;
    child.stdin?.end(JSON.stringify(probes));
  });
}

/** Replaces `from` by `to` inside the block that starts at `start`, once. */
function renameInBlock(file: string, start: string, end: string, from: string, to: string): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  const a = text.indexOf(start);
  const b = text.indexOf(end, a);
  if (a < 0 || b < a) throw new Error(`${file}: no block from ${start} to ${end}`);
  const block = text.slice(a, b);
  if (block.split(from).length !== 2) throw new Error(`${file}: ${from} must occur once in ${start}`);
  return text.slice(0, a) + block.replace(from, to) + text.slice(b);
}

describe('wire shapes have one source', () => {
  let asIs: Record<string, string[]>;
  let evidenceRenamed: Record<string, string[]>;
  let personRenamed: Record<string, string[]>;
  const webFiles = (errors: Record<string, string[]>) => Object.keys(errors).filter((f) => f.startsWith('src/web/'));

  beforeAll(async () => {
    [asIs = {}, evidenceRenamed = {}, personRenamed = {}] = await check([
      {
        // The answer's field only: the bodies keep `title`.
        file: EVIDENCE_SCHEMAS,
        text: renameInBlock(EVIDENCE_SCHEMAS, 'export const EvidenceSchema = Type.Object(', "{ $id: 'Evidence' }", '    title: Type.String(),', '    headline: Type.String(),'),
        watch: ['src/web/', EVIDENCE_ROUTES],
      },
      {
        file: PEOPLE_SCHEMAS,
        text: renameInBlock(PEOPLE_SCHEMAS, 'export const PersonSchema = Type.Object(', "{ $id: 'Person' }", '    managerId: NullableId,', '    manager: NullableId,'),
        watch: ['src/web/'],
      },
    ]);
  }, TIMEOUT_MS);
  // A check still running when the hook gives up is stopped, not left behind.
  afterAll(() => {
    if (running && running.exitCode === null) running.kill();
  });

  it('the project type-checks as it is', () => {
    expect(asIs).toEqual({});
  });

  it('renaming Evidence.title in the response schema breaks the web and the evidence handlers', () => {
    expect(webFiles(evidenceRenamed).length, 'web files that read `title`').toBeGreaterThan(0);
    expect(evidenceRenamed[EVIDENCE_ROUTES], 'the handlers return entries with `title`').toBeDefined();
  });

  it('renaming Person.managerId in the response schema breaks the web', () => {
    expect(webFiles(personRenamed).length, 'web files that read `managerId`').toBeGreaterThan(0);
  });
});

describe('the framework definition survives the response serialiser', () => {
  // Fastify serialises a 200 with fast-json-stringify over the declared schema.
  const app = Fastify();
  let answer: unknown = null;
  app.get('/framework', { schema: { response: { 200: FrameworkSchema } } }, async () => answer);
  afterAll(() => app.close());

  const stored = (definition: unknown) => ({ id: 'f1', key: 'k', version: 1, name: 'n', active: true, createdAt: '2026-01-01T00:00:00.000Z', definition });
  const served = async (value: unknown): Promise<unknown> => {
    answer = value;
    const res = await app.inject({ method: 'GET', url: '/framework' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const fourLevels = parseFrameworkFile(readFileSync(path.join(root, 'frameworks/example-four-levels.yaml'), 'utf8'), 'example-four-levels.yaml');

  it.each([
    ['the default framework', loadDefaultFramework()],
    ['the four-level example', 'framework' in fourLevels ? fourLevels.framework : null],
  ])('%s round-trips unchanged', async (_name, framework) => {
    expect(framework).not.toBeNull();
    expect(await served(stored(framework))).toEqual(stored(framework));
  });

  it('keeps every optional part (overrides by dimension and level, dimension extras)', async () => {
    const f = loadDefaultFramework();
    const [dim] = f.dimensions;
    const d = dim?.id ?? 'd';
    const full = {
      ...f,
      dimensions: [
        { ...dim, principle: 'p', questions: [{ id: 'q', text: 't' }], artifacts: [{ id: 'a', name: 'A' }], practices: ['x'], impactKinds: [{ id: 'cost', name: 'Cost' }] },
        ...f.dimensions.slice(1),
      ],
      readiness: {
        ...f.readiness,
        strong: { minEvidence: 1, minTeams: 2, minMeasured: 3, minDocuments: 4, minOutcomes: 5, minMentees: 6 },
        dimensions: { [d]: { recentMonths: 3, strong: { minEvidence: 9 }, developing: { minTeams: 1 } } },
        levels: { [f.levels[0]?.id ?? 'l']: { recentMonths: 2, developing: { minEvidence: 1 }, dimensions: { [d]: { strong: { minMeasured: 2 } } } } },
      },
    };
    expect(await served(stored(full))).toEqual(stored(full));
  });
});
