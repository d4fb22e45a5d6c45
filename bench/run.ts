/**
 * `npm run bench [-- --quick] [-- --pg URL]`: builds (or reuses) the deterministic data set
 * on SQLite and, given a PostgreSQL URL, on PostgreSQL; then measures, in the same run:
 *  (a) search p50/p95/p99 through the HTTP API for the query mix, beside the same query run
 *      straight on the database;
 *  (b) requests per second and p99 of an authenticated `GET /evidence?limit=20`, beside a bare
 *      Fastify hello-world, both with autocannon;
 *  (c) the server's RSS while it serves.
 * Prints a table and writes bench/results/latest.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStorage, type Storage } from '../src/storage/database.js';
import { createServices } from '../src/core/services.js';
import { loadConfig } from '../src/config/config.js';
import { loadScope } from '../src/core/scope.js';
import { contentFilter } from '../src/core/visibility.js';
import { parseSearchQuery } from '../src/core/evidence/search-query.js';
import { searchPage } from '../src/storage/dialects/evidence-search.js';
import type { Actor } from '../src/core/types.js';
import { buildOrg } from './dataset.js';
import { loadPostgres, loadSqlite } from './load.js';
import { queryMix, type BenchQuery } from './queries.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pgUrl = argValue('--pg') ?? process.env.STAFFPATH_BENCH_PG_URL ?? process.env.STAFFPATH_TEST_PG_URL;
const seed = Number(argValue('--seed') ?? 20261127);
const PEOPLE = quick ? 200 : 2000;
const ENTRIES = quick ? 20_000 : 1_000_000;
const QUERIES = quick ? 300 : 2000;
const LOAD_SECONDS = quick ? 3 : 10;

/** The cached data set is only reused by the same schema: a hash of the migrations. */
const migrationsDir = join(root, 'src', 'storage', 'migrations');
const SCHEMA = createHash('sha256')
  .update(readdirSync(migrationsDir).sort().map((f) => readFileSync(join(migrationsDir, f), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 8);

const log = (s: string) => process.stderr.write(`${s}\n`);
const ms = (n: number) => Math.round(n * 100) / 100;

function percentiles(samples: number[]): { n: number; p50: number; p95: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { n: s.length, p50: ms(at(50)), p95: ms(at(95)), p99: ms(at(99)) };
}

function progress(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const pct = Math.floor((done / total) * 100);
    if (pct >= last + 5 || done === total) {
      last = pct;
      const width = 30;
      const fill = Math.round((pct / 100) * width);
      process.stderr.write(`\r  ${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
      if (done === total) process.stderr.write('\n');
    }
  };
}

function childPidOf(pid: number): number {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return kids.length ? Number(kids[0]) : pid;
  } catch {
    return pid;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function startChild(cmd: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, cmd, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve({ child, url: m[1] as string });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out.slice(-2000)}`)));
  });
}

async function tokensFor(storage: Storage, personIds: string[]): Promise<Map<string, string>> {
  const services = createServices(storage, loadConfig({ env: {} }));
  const out = new Map<string, string>();
  for (const id of new Set(personIds)) {
    const actor: Actor = { personId: id, role: 'member', via: 'local', scopes: ['read', 'write'], mustChangePassword: false };
    out.set(id, (await services.auth.createToken(actor, { name: `bench ${Date.now()}`, scopes: ['read'] })).token);
  }
  return out;
}

interface DialectResult {
  dialect: string;
  load: { created: boolean; seconds: number };
  search: { api: Record<string, ReturnType<typeof percentiles>>; raw: Record<string, ReturnType<typeof percentiles>> };
  list: { rps: number; p99: number; errors: number };
  hello: { rps: number; p99: number };
  listShareOfHello: number;
  rssMb: { idle: number; peak: number };
}

async function benchDialect(dialect: 'sqlite' | 'postgres', queries: BenchQuery[], org: ReturnType<typeof buildOrg>): Promise<DialectResult> {
  log(`\n== ${dialect}: ${PEOPLE.toLocaleString('en')} people, ${ENTRIES.toLocaleString('en')} entries (seed ${seed})`);
  const sqlitePath = join(root, '.bench-cache', `bench-s${seed}-${ENTRIES}-${SCHEMA}.db`);
  const pgSchema = `bench_s${seed}_${ENTRIES}_${SCHEMA}`;
  const started = Date.now();
  const created =
    dialect === 'sqlite'
      ? await loadSqlite(sqlitePath, org, seed, progress('loading'))
      : await loadPostgres(pgUrl as string, pgSchema, org, seed, progress('loading'));
  const loadSeconds = (Date.now() - started) / 1000;
  log(created ? `  built the data set in ${loadSeconds.toFixed(1)} s` : '  reused the cached data set');

  const storageOpts = dialect === 'sqlite' ? { sqlitePath } : { sqlitePath, databaseUrl: pgUrl, pgSchema };
  const storage = openStorage({ ...storageOpts, poolSize: 2 });
  const tokens = await tokensFor(storage, queries.map((q) => q.personId));

  const env: Record<string, string> = { STAFFPATH_PORT: '0', STAFFPATH_LOG_LEVEL: 'warn', STAFFPATH_SQLITE_PATH: sqlitePath };
  if (dialect === 'postgres') Object.assign(env, { STAFFPATH_DATABASE_URL: pgUrl as string, STAFFPATH_PG_SCHEMA: pgSchema });
  else env.STAFFPATH_DATABASE_URL = '';
  const { child: server, url } = await startChild(['bin/staffpath.js', 'serve'], env, /running at (http:\/\/\S+)/);
  // bin/staffpath.js starts the server itself as a child with a bounded heap: measure that one.
  const pid = childPidOf(server.pid as number);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  try {
    // (a) search through the API and raw, one query at a time.
    const api: Record<string, number[]> = {};
    const raw: Record<string, number[]> = {};
    const record = (bucket: Record<string, number[]>, q: BenchQuery, t: number) => {
      for (const k of ['all', q.scope, q.termClass]) (bucket[k] ??= []).push(t);
    };
    const warm = queries.slice(0, Math.min(100, queries.length));
    const go = async (q: BenchQuery) => {
      const params = new URLSearchParams({ q: q.q, limit: '20' });
      for (const o of q.owners) params.append('owner', o);
      const t0 = performance.now();
      const res = await fetch(`${url}/api/v1/evidence?${params}`, { headers: { authorization: `Bearer ${tokens.get(q.personId)}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`search answered ${res.status}`);
      return performance.now() - t0;
    };
    for (const q of warm) await go(q);
    const searchProgress = progress('search');
    for (const [i, q] of queries.entries()) {
      record(api, q, await go(q));
      const actor: Actor = { personId: q.personId, role: 'member', via: 'local', scopes: ['read'], mustChangePassword: false };
      const visible = contentFilter(await loadScope(storage.db, actor));
      if (!visible) throw new Error('no scope');
      const terms = parseSearchQuery(q.q);
      const t0 = performance.now();
      await searchPage(storage.evidenceSearch, storage.db, terms, { visible, owners: q.owners.length ? q.owners : undefined }, null, 20);
      record(raw, q, performance.now() - t0);
      searchProgress(i + 1, queries.length);
    }
    const idle = rssMb(pid);

    // (b) throughput of the evidence list beside a bare Fastify route.
    // A typical engineer (not a manager): someone whose own query comes first in the mix.
    const engineer = queries.find((q) => q.scope === 'own' && org.people.find((p) => p.id === q.personId)?.name.startsWith('Engineer'));
    const listToken = tokens.get(engineer?.personId ?? (queries[0]?.personId as string)) as string;
    log('  autocannon: GET /api/v1/evidence?limit=20');
    const list = await autocannon({ url: `${url}/api/v1/evidence?limit=20`, connections: 10, duration: LOAD_SECONDS, headers: { authorization: `Bearer ${listToken}` } });
    const { child: hello, url: helloUrl } = await startChild(['--import', 'tsx', 'bench/hello.ts'], {}, /READY (\d+)/).then((r) => ({ ...r, url: `http://127.0.0.1:${r.url}` }));
    log('  autocannon: bare Fastify hello world');
    const ref = await autocannon({ url: `${helloUrl}/hello`, connections: 10, duration: LOAD_SECONDS });
    hello.kill();
    const toStats = (s: Record<string, number[]>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, percentiles(v)]));
    return {
      dialect,
      load: { created, seconds: loadSeconds },
      search: { api: toStats(api), raw: toStats(raw) },
      list: { rps: Math.round(list.requests.average), p99: list.latency.p99, errors: list.non2xx + list.errors },
      hello: { rps: Math.round(ref.requests.average), p99: ref.latency.p99 },
      listShareOfHello: Math.round((list.requests.average / ref.requests.average) * 1000) / 10,
      rssMb: { idle: Math.round(idle), peak: Math.round(peak) },
    };
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
    await storage.close();
  }
}

function table(results: DialectResult[]): string {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('### Search through the API vs the same query on the database (ms)', '');
  row('dialect', 'class', 'n', 'API p50', 'API p95', 'API p99', 'raw p50', 'raw p95', 'raw p99');
  row('---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const r of results) {
    for (const k of ['all', 'own', 'reports', 'org', 'rare', 'common', 'prefix', 'phrase']) {
      const a = r.search.api[k];
      const w = r.search.raw[k];
      if (a && w) row(r.dialect, k, a.n, a.p50, a.p95, a.p99, w.p50, w.p95, w.p99);
    }
  }
  lines.push('', '### Throughput (autocannon, 10 connections) and memory', '');
  row('dialect', 'GET /evidence?limit=20 req/s', 'p99 ms', 'bare Fastify req/s', 'p99 ms', 'share', 'server RSS idle / peak MB');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const r of results) row(r.dialect, r.list.rps, r.list.p99, r.hello.rps, r.hello.p99, `${r.listShareOfHello}%`, `${r.rssMb.idle} / ${r.rssMb.peak}`);
  return lines.join('\n');
}

const org = buildOrg(PEOPLE, ENTRIES, seed);
const queries = queryMix(org, QUERIES, seed);
const results: DialectResult[] = [await benchDialect('sqlite', queries, org)];
if (pgUrl) results.push(await benchDialect('postgres', queries, org));
else log('\n(no PostgreSQL URL: pass --pg postgres://… or set STAFFPATH_BENCH_PG_URL to measure it too)');
const report = table(results);
process.stdout.write(`\n${report}\n`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const out = { date: new Date().toISOString(), quick, seed, people: PEOPLE, entries: ENTRIES, queries: QUERIES, node: process.version, results };
writeFileSync(join(root, 'bench', 'results', quick ? 'quick.json' : 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results', quick ? 'quick.md' : 'latest.md'), `${report}\n`);
