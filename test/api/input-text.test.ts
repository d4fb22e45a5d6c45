/**
 * Input text both databases can store (issue 7): every route in the OpenAPI document gets the
 * NUL character (U+0000) and a lone UTF-16 surrogate in each path parameter, in its query
 * string and in each string field of a minimal valid body (one field poisoned at a time),
 * signed in as an admin. Never a 5xx; a 400 that names the field wherever the text reaches
 * validation. Routes added later are walked too. One app per dialect; nothing is set up per
 * route but the few real ids that let a body get past the 404 of an unknown resource.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { findUnstorableText, unstorableText } from '../../src/core/validation.js';
import { madeProposal } from '../support/proposal-factory.js';

/** The subset of OpenAPI 3.0 schema that the API's TypeBox shapes produce. */
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  format?: string;
  pattern?: string;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: Parameter[];
  body: Schema | null;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Problem {
  code: string;
  errors?: { pointer: string; message: string; in?: string }[];
}

const NUL = '\u0000';
const LONE = '\ud800';
const POISONS = [
  { name: 'NUL', char: NUL },
  { name: 'lone surrogate', char: LONE },
];

function operations(doc: OpenApi): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (path.startsWith('/api/v1/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

/** Builds minimal valid values and the poisonable places of a body schema. */
class Bodies {
  constructor(private readonly components: Record<string, Schema>) {}

  private deref(s: Schema): Schema {
    const name = s.$ref?.replace(/^#\/components\/schemas\//, '').replace(/#$/, '');
    return name !== undefined ? (this.components[name] ?? {}) : s;
  }

  /** The smallest value the schema accepts: required fields only, first alternatives, shortest lists. */
  sample(schema: Schema): unknown {
    const s = this.deref(schema);
    const union = s.anyOf ?? s.oneOf;
    if (union?.[0]) return this.sample(union[0]);
    if (s.enum) return s.enum[0];
    switch (s.type) {
      case 'object':
        return Object.fromEntries((s.required ?? []).map((k) => [k, this.sample(s.properties?.[k] ?? {})]));
      case 'array':
        return Array.from({ length: s.minItems ?? 0 }, () => this.sample(s.items ?? {}));
      case 'string':
        return sampleString(s);
      case 'integer':
      case 'number':
        return s.minimum ?? 1;
      case 'boolean':
        return false;
      default:
        return null;
    }
  }

  /** Each place a string can go, with a function that builds a valid body carrying `text` there. */
  *places(schema: Schema): Generator<{ pointer: string; make: (text: string) => unknown }> {
    const s = this.deref(schema);
    const union = s.anyOf ?? s.oneOf;
    if (union) {
      for (const branch of union) yield* this.places(branch);
      return;
    }
    if (s.enum) {
      if (s.enum.some((v) => typeof v === 'string')) yield { pointer: '', make: (text) => text };
      return;
    }
    if (s.type === 'string') yield { pointer: '', make: (text) => text };
    else if (s.type === 'array' && s.items) {
      const items = s.items;
      const others = Math.max((s.minItems ?? 1) - 1, 0);
      for (const p of this.places(items)) {
        yield { pointer: `/0${p.pointer}`, make: (text) => [p.make(text), ...Array.from({ length: others }, () => this.sample(items))] };
      }
    } else if (s.type === 'object' && s.properties) {
      const base = this.sample(s) as Record<string, unknown>;
      for (const [key, prop] of Object.entries(s.properties)) {
        for (const p of this.places(prop)) yield { pointer: `/${key}${p.pointer}`, make: (text) => ({ ...base, [key]: p.make(text) }) };
      }
    }
  }
}

function sampleString(s: Schema): string {
  if (s.format === 'email') return 'someone@example.com';
  if (s.format === 'date') return '2026-01-02';
  if (s.format === 'date-time') return '2030-01-01T00:00:00.000Z';
  if (s.format === 'uri' || s.format === 'url') return 'https://example.com/';
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const fit = ['x', 'a', '0', 'abc', 'x-y', 'a1', '01hzzzzzzzzzzzzzzzzzzzzzzz', 'ABC', '2026-01-02'].find((c) => re.test(c));
    if (fit) return fit;
  }
  return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
}

/** A poisoned string that still meets the field's length rules, so that only the text is wrong. */
const poisoned = (char: string, s: Schema = {}): string => `${char}${'x'.repeat(Math.max((s.minLength ?? 1) - 1, 0))}`;

function expectNo5xx(res: LightMyRequestResponse, label: string): void {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode >= 400) expect(res.headers['content-type'], label).toContain('application/problem+json');
}

function expectNamed(res: LightMyRequestResponse, pointer: string, where: 'body' | 'query' | 'path', label: string): void {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBe(400);
  const p = res.json<Problem>();
  expect(p.code, label).toMatch(/^(validation_failed|unknown_field)$/);
  const named = (p.errors ?? []).find((e) => e.pointer === pointer && (e.in ?? 'body') === where);
  expect(named, `${label} should name ${where} ${pointer}: ${res.body.slice(0, 300)}`).toBeDefined();
}

describe.each(DIALECTS)('input text on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let ops: Operation[];
  let bodies: Bodies;
  /** Real ids by the path's first segment, so that a body gets past "no such resource". */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    const member = await addPerson(admin, { name: 'Mem Ber', email: 'member@example.com' });
    ids.people = member.personId;
    ids.personId = member.personId;
    const team = await admin.post('/teams', { name: 'Payments' });
    ids.teams = team.json<{ id: string }>().id;
    const entry = await admin.post('/evidence', { title: 'Moved the ledger', occurredOn: '2026-03-01' });
    ids.evidence = entry.json<{ id: string }>().id;
    const assessment = await admin.post('/assessments', { subjectId: admin.personId, kind: 'self' });
    if (assessment.statusCode === 201) ids.assessments = assessment.json<{ id: string }>().id;
    const initiative = await admin.post('/initiatives', { title: 'Event bus' });
    ids.initiatives = initiative.json<{ id: string }>().id;
    ids.stakeholders = (await admin.post('/stakeholders', { initiativeId: ids.initiatives, name: 'CTO', role: 'approver' })).json<{ id: string }>().id;
    ids.outcomes = (await admin.post('/outcomes', { name: 'p99', unit: 'ms', direction: 'lower', baseline: 2, target: 1 })).json<{ id: string }>().id;
    ids.mid = (await admin.post(`/outcomes/${ids.outcomes}/measurements`, { value: 1.5, measuredOn: '2026-11-02' })).json<{ id: string }>().id;
    ids.proposals = (await madeProposal(t.db.storage, admin.personId)).id;
    ids.documents = (await admin.post('/documents', { kind: 'rfc', title: 'Event bus' })).json<{ id: string }>().id;
    ids.cid = (await admin.post(`/documents/${ids.documents}/comments`, { section: 'Summary', body: 'Short.' })).json<{ id: string }>().id;
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<OpenApi>();
    ops = operations(doc);
    bodies = new Bodies(doc.components?.schemas ?? {});
  });
  afterAll(() => t?.close());

  /** The op's path with real ids where known, `does-not-exist` elsewhere, and `override` for one parameter (already encoded). */
  const urlOf = (op: Operation, override?: { name: string; encoded: string }): string =>
    op.path.replace('/api/v1', '').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      if (override?.name === name) return override.encoded;
      const resource = name === 'id' ? (op.path.startsWith('/api/v1/evidence/proposals/') ? 'proposals' : (op.path.split('/')[3] ?? '')) : name;
      return encodeURIComponent(ids[resource] ?? 'does-not-exist');
    });
  const minimalBody = (op: Operation): unknown => (op.body ? bodies.sample(op.body) : undefined);

  it('walks every route', () => {
    expect(ops.length).toBeGreaterThan(50);
    for (const expected of ['POST /api/v1/auth/login', 'POST /api/v1/evidence', 'PATCH /api/v1/teams/{id}', 'GET /api/v1/evidence']) {
      expect(ops.map((o) => `${o.method} ${o.path}`)).toContain(expected);
    }
  });

  it('refuses such text in every path parameter, naming it', async () => {
    let checked = 0;
    for (const op of ops) {
      for (const param of op.params.filter((p) => p.in === 'path')) {
        const label = `${op.method} ${op.path} {${param.name}}`;
        const res = await admin.request(op.method, urlOf(op, { name: param.name, encoded: 'x%00y' }), minimalBody(op));
        expectNamed(res, param.name, 'path', `${label} NUL`);
        // A lone surrogate has no UTF-8 form, so its percent-encoding is malformed: the router refuses the URL.
        const surrogate = await admin.request(op.method, urlOf(op, { name: param.name, encoded: 'x%ED%A0%80y' }), minimalBody(op));
        expect(surrogate.statusCode, `${label} surrogate: ${surrogate.body.slice(0, 300)}`).toBe(400);
        expect(surrogate.headers['content-type'], `${label} surrogate`).toContain('application/problem+json');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('refuses such text in every query parameter, declared or not, naming it', async () => {
    let checked = 0;
    for (const op of ops) {
      const names = [...op.params.filter((p) => p.in === 'query').map((p) => p.name), 'unknownParameter'];
      for (const name of names) {
        const label = `${op.method} ${op.path}?${name}`;
        // (A lone surrogate cannot be percent-encoded in UTF-8; the query parser never yields one.)
        expectNamed(await admin.request(op.method, `${urlOf(op)}?${name}=a%00b`, minimalBody(op)), name, 'query', `${label} NUL`);
        checked++;
      }
      if (names.length > 1) {
        // A repeated parameter is an array: the pointer says which one.
        const first = names[0] ?? '';
        expectNamed(await admin.request(op.method, `${urlOf(op)}?${first}=a&${first}=%00`, minimalBody(op)), `${first}/1`, 'query', `${op.method} ${op.path}?${first}=a&${first}=NUL`);
      }
    }
    expect(checked).toBeGreaterThan(ops.length);
  });

  it('refuses such text in every string field of every body, naming it', async () => {
    let reached = 0;
    const unreached: string[] = [];
    for (const op of ops) {
      if (!op.body) continue;
      const hasUnknownId = /\{([^}]+)\}/.test(op.path) && urlOf(op).includes('does-not-exist');
      for (const place of bodies.places(op.body)) {
        for (const poison of POISONS) {
          const label = `${op.method} ${op.path} ${place.pointer} ${poison.name}`;
          const res = await admin.request(op.method, urlOf(op), place.make(poisoned(poison.char)));
          expectNo5xx(res, label);
          if (res.statusCode === 404 && hasUnknownId) {
            unreached.push(label);
            continue;
          }
          expectNamed(res, place.pointer || '/', 'body', label);
          reached++;
        }
      }
      // A field name is text too.
      const base = minimalBody(op);
      if (base !== null && typeof base === 'object' && !Array.isArray(base)) {
        const res = await admin.request(op.method, urlOf(op), { ...base, [`odd${NUL}name`]: 'x' });
        expectNo5xx(res, `${op.method} ${op.path} NUL in a field name`);
        if (!(res.statusCode === 404 && hasUnknownId)) expect(res.statusCode, `${op.method} ${op.path} NUL in a field name`).toBe(400);
      }
    }
    expect(unreached, 'routes whose body this walk could not reach (give them a real id above)').toEqual([]);
    expect(reached).toBeGreaterThan(60);
  });

  it('names the field in the cases the review found', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `admin${NUL}@example.com`, password: 'whatever it is' } });
    expectNamed(login, '/email', 'body', 'login e-mail');
    expect(login.json<Problem>().errors?.[0]?.message).toContain('U+0000');
    expectNamed(await admin.post('/evidence', { title: `A${NUL}title` }), '/title', 'body', 'entry title');
    expectNamed(await admin.post('/evidence', { title: 'Fine', metrics: [{ name: `p99${NUL}`, before: 1 }] }), '/metrics/0/name', 'body', 'metric name');
    expectNamed(await admin.post('/teams', { name: `Pay${LONE}ments` }), '/name', 'body', 'team name');
    expectNamed(await admin.get('/evidence?team=%00'), 'team', 'query', '?team=%00');
    expectNamed(await admin.get('/people/%00'), 'id', 'path', 'an id in the path');
    expectNamed(await admin.patch(`/evidence/${ids.evidence ?? ''}`, { title: `x${NUL}` }), '/title', 'body', 'PATCH title');
  });

  it('keeps the order of checks: 401 before text, 404 before the body is judged', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/evidence', payload: { title: `x${NUL}` } });
    expect(anonymous.statusCode).toBe(401);
    const unknownQuery = await t.app.inject({ method: 'GET', url: '/api/v1/evidence?team=%00' });
    expect(unknownQuery.statusCode).toBe(401);
    const invisible = await admin.patch('/evidence/does-not-exist', { title: `x${NUL}` });
    expect(invisible.statusCode).toBe(404);
    const noRoute = await admin.get('/no-such-route?x=%00');
    expect(noRoute.statusCode).toBe(404);
  });

  it('stores text that is merely unusual, exactly', async () => {
    const title = 'Emoji 😀, accents é, a tab\tand U+FFFD �';
    const res = await admin.post('/evidence', { title, body: 'Zero-width\u200bjoiner and \u0001 a control character' });
    expect(res.statusCode, res.body).toBe(201);
    const got = await admin.get(`/evidence/${res.json<{ id: string }>().id}`);
    expect(got.json<{ title: string; body: string }>()).toMatchObject({ title, body: 'Zero-width\u200bjoiner and \u0001 a control character' });
  });
});

describe('the text rule', () => {
  it('refuses NUL and unpaired surrogates, and nothing else', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'a\udc00', '\udbff\udbff\udfff'.slice(0, 2), '\ude00x']) expect(unstorableText(bad), JSON.stringify(bad)).not.toBeNull();
    for (const fine of ['', 'plain', '😀', 'a\ud83d\ude00b', '\u0001\u001f\u007f', '\ufffd', '\u200b']) expect(unstorableText(fine), JSON.stringify(fine)).toBeNull();
  });

  it('names each place by JSON Pointer, in document order, field names included', () => {
    const found = findUnstorableText({ title: 'x\u0000', 'a/b~c': ['ok', '\ud800'], metrics: [{ name: '\u0000' }], ['k\u0000']: 'fine' });
    expect(found.map((e) => e.pointer)).toEqual(['/title', '/a~1b~0c/1', '/metrics/0/name', '/k\u0000']);
    expect(findUnstorableText('\u0000')).toEqual([{ pointer: '/', message: expect.stringContaining('U+0000') }]);
    expect(findUnstorableText({ team: ['a', '\u0000'] }, 'query')[0]).toMatchObject({ pointer: '/team/1', in: 'query' });
  });

  it('walks deep or wide input without running out of stack, and stops after a few problems', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(1);
    expect(findUnstorableText(Array.from({ length: 10_000 }, () => '\u0000'))).toHaveLength(20);
  });
});
