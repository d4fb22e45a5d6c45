/**
 * Loads the generated data set into a database made by the application's own migrations,
 * in bulk (the API would take hours for a million entries). Cached: a finished load leaves a
 * marker, and the next run reuses it.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStorage } from '../src/storage/database.js';
import { normalizeText } from '../src/core/evidence/search-query.js';
import { aclTokens, searchKey } from '../src/storage/dialects/evidence-search.sqlite.js';
import { hashPassword } from '../src/core/secrets.js';
import { entries, type BenchOrg } from './dataset.js';

export const BENCH_PASSWORD = 'bench password 1';
const MARKER = 'bench_complete';
const now = '2026-01-01T00:00:00.000Z';

type Progress = (done: number, total: number) => void;

async function migrate(opts: { databaseUrl?: string; sqlitePath: string; pgSchema?: string }): Promise<void> {
  const storage = openStorage({ ...opts, poolSize: 1 });
  await storage.migrate();
  await storage.close();
}

export async function loadSqlite(file: string, org: BenchOrg, seed: number, progress: Progress): Promise<boolean> {
  if (existsSync(file)) {
    const db = new BetterSqlite3(file, { readonly: true });
    const done = db.prepare(`select value from settings where key = ?`).get(MARKER);
    db.close();
    if (done) return false;
    rmSync(file, { force: true });
  }
  mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
  await migrate({ sqlitePath: file });
  const hash = await hashPassword(BENCH_PASSWORD);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');
  const tx = (fn: () => void) => db.transaction(fn)();

  tx(() => {
    const person = db.prepare(`insert into people values (?, ?, ?, ?, 'member', ?, 'staff', 1, 0, '["manager"]', 'UTC', 'monday', ?, ?)`);
    for (const p of org.people) person.run(p.id, p.name, p.email, hash, p.managerId, now, now);
    db.prepare(`update people set role = 'admin' where id = ?`).run(org.people[0]?.id);
    const team = db.prepare(`insert into teams values (?, ?, ?, '', ?, ?)`);
    for (const t of org.teams) team.run(t.id, t.name, t.slug, now, now);
    const member = db.prepare(`insert into team_members values (?, ?, ?)`);
    for (const p of org.people) if (p.teamIndex >= 0) member.run(org.teams[p.teamIndex]?.id, p.id, now);
    const mentorship = db.prepare(`insert or ignore into mentorships values (?, ?, ?, ?, ?, 'active', ?, ?, ?, null)`);
    org.mentorships.forEach((m, i) => {
      const key = m.mentorId < m.menteeId ? `${m.mentorId}:${m.menteeId}` : `${m.menteeId}:${m.mentorId}`;
      mentorship.run(`m${i}`, m.mentorId, m.menteeId, m.menteeId, key, now, now, now);
    });
  });

  const insert = db.prepare(`insert into evidence (rowid, id, owner_id, occurred_on, title, body, dimensions, impact, metrics, teams, links, initiative_id, audience,
    aud_manager, aud_mentors, aud_org, source, version, created_at, updated_at, deleted_at, search_key)
    values (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, '[]', null, ?, ?, ?, ?, 'manual', 1, ?, ?, null, ?)`);
  let rowid = 0;
  const dim = db.prepare(`insert into evidence_dimensions values (?, ?)`);
  const team = db.prepare(`insert or ignore into evidence_teams values (?, ?)`);
  const fts = db.prepare(`insert into evidence_fts (rowid, title, body, acl) values (?, ?, ?, ?)`);
  let batch: (() => void)[] = [];
  let done = 0;
  const flush = () => {
    tx(() => batch.forEach((f) => f()));
    done += batch.length;
    batch = [];
    progress(done, org.totalEntries);
  };
  for (const e of entries(org, seed)) {
    batch.push(() => {
      const aud = e.audience;
      const key = searchKey(e.occurredOn, ++rowid);
      insert.run(rowid, e.id, e.ownerId, e.occurredOn, e.title, e.body, JSON.stringify(e.dimensions), e.impact, JSON.stringify(e.teams), JSON.stringify(aud),
        aud.includes('manager') ? 1 : 0, aud.includes('mentors') ? 1 : 0, aud.includes('org') ? 1 : 0, now, now, key);
      for (const d of e.dimensions) dim.run(e.id, d);
      for (const t of e.teams) team.run(e.id, t.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      fts.run(key, normalizeText(e.title), normalizeText(e.body), aclTokens(e));
    });
    if (batch.length >= 20_000) flush();
  }
  flush();
  db.exec(`insert into evidence_fts(evidence_fts) values ('optimize')`);
  db.exec('analyze');
  db.prepare(`insert into settings values (?, ?)`).run(MARKER, new Date().toISOString());
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return true;
}

export async function loadPostgres(url: string, schema: string, org: BenchOrg, seed: number, progress: Progress): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`select 1 from information_schema.tables where table_schema = $1 and table_name = 'settings'`, [schema]);
    if (exists.rowCount) {
      const done = await client.query(`select 1 from ${schema}.settings where key = $1`, [MARKER]);
      if (done.rowCount) return false;
    }
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.query(`create schema ${schema}`);
    await migrate({ databaseUrl: url, sqlitePath: ':memory:', pgSchema: schema });
    await client.query(`set search_path = ${schema}, public`);
    await client.query(`set synchronous_commit = off`);
    const hash = await hashPassword(BENCH_PASSWORD);
    const cols = <T>(rows: T[], f: (r: T) => unknown) => rows.map(f);
    const P = org.people;
    await client.query(
      `insert into people select id, name, email, $4, 'member', manager_id, 'staff', 1, 0, '["manager"]', 'UTC', 'monday', $5, $5
       from unnest($1::text[], $2::text[], $3::text[], $6::text[]) as t(id, name, email, manager_id)`,
      [cols(P, (p) => p.id), cols(P, (p) => p.name), cols(P, (p) => p.email), hash, now, cols(P, (p) => p.managerId)],
    );
    await client.query(`update people set role = 'admin' where id = $1`, [P[0]?.id]);
    await client.query(`insert into teams select id, name, slug, '', $4, $4 from unnest($1::text[], $2::text[], $3::text[]) as t(id, name, slug)`, [
      cols(org.teams, (t) => t.id), cols(org.teams, (t) => t.name), cols(org.teams, (t) => t.slug), now,
    ]);
    const members = P.filter((p) => p.teamIndex >= 0);
    await client.query(`insert into team_members select team_id, person_id, $3 from unnest($1::text[], $2::text[]) as t(team_id, person_id)`, [
      cols(members, (p) => org.teams[p.teamIndex]?.id), cols(members, (p) => p.id), now,
    ]);
    const seen = new Set<string>();
    const ms = org.mentorships.filter((m) => {
      const key = m.mentorId < m.menteeId ? `${m.mentorId}:${m.menteeId}` : `${m.menteeId}:${m.mentorId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    await client.query(
      `insert into mentorships select 'm' || n, mentor_id, mentee_id, mentee_id, pair_key, 'active', $4, $4, $4, null
       from unnest($1::text[], $2::text[], $3::text[]) with ordinality as t(mentor_id, mentee_id, pair_key, n)`,
      [cols(ms, (m) => m.mentorId), cols(ms, (m) => m.menteeId), cols(ms, (m) => (m.mentorId < m.menteeId ? `${m.mentorId}:${m.menteeId}` : `${m.menteeId}:${m.mentorId}`)), now],
    );

    await client.query(`drop index evidence_search_idx`);
    let batch: ReturnType<typeof entries> extends Generator<infer E> ? E[] : never = [];
    let done = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const b = batch;
      await client.query(
        `insert into evidence (id, owner_id, occurred_on, title, body, dimensions, impact, metrics, teams, links, initiative_id, audience,
           aud_manager, aud_mentors, aud_org, source, version, created_at, updated_at, deleted_at, search)
         select id, owner_id, occurred_on, title, body, dimensions, impact, '[]', teams, '[]', null, audience,
           (audience like '%manager%')::int, (audience like '%mentors%')::int, (audience like '%org%')::int, 'manual', 1, $10, $10, null,
           setweight(to_tsvector('simple', ntitle), 'A') || setweight(to_tsvector('simple', nbody), 'B')
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $11::text[], $12::text[])
           as t(id, owner_id, occurred_on, title, body, dimensions, impact, teams, audience, ntitle, nbody)`,
        [
          b.map((e) => e.id), b.map((e) => e.ownerId), b.map((e) => e.occurredOn), b.map((e) => e.title), b.map((e) => e.body),
          b.map((e) => JSON.stringify(e.dimensions)), b.map((e) => e.impact), b.map((e) => JSON.stringify(e.teams)), b.map((e) => JSON.stringify(e.audience)),
          now, b.map((e) => normalizeText(e.title)), b.map((e) => normalizeText(e.body)),
        ],
      );
      const dims = b.flatMap((e) => e.dimensions.map((d) => [e.id, d] as const));
      await client.query(`insert into evidence_dimensions select * from unnest($1::text[], $2::text[])`, [dims.map((d) => d[0]), dims.map((d) => d[1])]);
      const teams = b.flatMap((e) => [...new Set(e.teams.map((t) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-')))].map((t) => [e.id, t] as const));
      await client.query(`insert into evidence_teams select * from unnest($1::text[], $2::text[])`, [teams.map((d) => d[0]), teams.map((d) => d[1])]);
      done += b.length;
      batch = [];
      progress(done, org.totalEntries);
    };
    for (const e of entries(org, seed)) {
      batch.push(e);
      if (batch.length >= 5_000) await flush();
    }
    await flush();
    await client.query(`set maintenance_work_mem = '512MB'`);
    await client.query(`create index evidence_search_idx on evidence using gin (search)`);
    await client.query(`analyze`);
    await client.query(`insert into settings values ($1, $2)`, [MARKER, new Date().toISOString()]);
    return true;
  } finally {
    await client.end();
  }
}
