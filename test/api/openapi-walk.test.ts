/**
 * Walks every route in the OpenAPI document, so that routes added later are covered too:
 * without credentials → 401 (or a public answer), with malformed input → 4xx problem+json,
 * never a 5xx.
 *
 * Its cost is meant to stay flat as routes grow: one app per dialect, the two callers made by
 * factories (no sign-in, no scrypt per person), probes derived from what each route declares
 * (the query-string probes go to the parameters a route has; a route without them gets one;
 * wrong-typed fields, which the schema refuses whoever sends them, go once, as the admin),
 * and the requests sent in parallel batches, then judged in order so failures read the same
 * on every run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, type Caller, type TestApp } from '../support/app.js';
import { callerFor, makePerson } from '../support/factories.js';

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  bodyProps: Record<string, { type?: string }>;
  /** Declared query-string parameters and their JSON type. */
  query: Record<string, string | undefined>;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }> };
        parameters?: { in: string; name: string; schema?: { type?: string } }[];
      }
    >
  >;
}

const PUBLIC = new Set(['GET /api/v1/health', 'GET /api/v1/setup', 'POST /api/v1/setup', 'POST /api/v1/auth/login']);

function operations(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      const query = Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema?.type]));
      ops.push({ method: method.toUpperCase(), path, hasBody: Boolean(op.requestBody), bodyProps: schema?.properties ?? {}, query });
    }
  }
  return ops;
}

const fill = (path: string): string => path.replace(/\{[^}]+\}/g, 'does-not-exist');

function expectProblem(res: LightMyRequestResponse, label: string): void {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 400) {
    expect(res.headers['content-type'], label).toContain('application/problem+json');
    const body = res.json<{ code: string; status: number }>();
    expect(typeof body.code, label).toBe('string');
    expect(body.status, label).toBe(res.statusCode);
    expect(res.body, label).not.toMatch(/at .*\.(ts|js):\d+|SELECT |sqlite|\/work\//i);
  }
}

/** Values of the wrong type for each JSON type. */
const WRONG: Record<string, unknown[]> = {
  string: [42, true, null, ['x'], { a: 1 }],
  integer: ['x', 1.5, true, null],
  number: ['x', false],
  boolean: ['yes', 1, null],
  array: ['x', 3, { a: 1 }],
  object: ['x', 3, [1]],
};

const LONG = 'x'.repeat(3000);

/** Malformed query strings for the parameters a route declares; one catch-all when it declares none of them. */
function queryProbes(op: Operation): string[] {
  const probes: string[] = [];
  const declared = new Set(Object.keys(op.query));
  if (declared.has('limit')) probes.push('limit=abc', 'limit=0', 'limit=101');
  if (declared.has('cursor')) probes.push('cursor=%%%', 'cursor=eyJ4IjoxfQ');
  if (declared.has('q')) probes.push(`q=${LONG}`);
  for (const [name, type] of Object.entries(op.query)) {
    if (name === 'limit' || name === 'cursor' || name === 'q') continue;
    if (type === 'integer' || type === 'number') probes.push(`${name}=abc`);
    else if (type === 'boolean') probes.push(`${name}=maybe`);
    else probes.push(`${name}=${LONG}`);
  }
  // Parameters a route does not declare must not hurt it either.
  if (probes.length === 0) probes.push(`limit=abc&cursor=%%%&q=${LONG}`);
  return probes;
}

interface Probe {
  label: string;
  send(): Promise<LightMyRequestResponse>;
  /** A wrong-typed field must be refused, not accepted. */
  mustRefuse?: boolean;
}

/** Sends the probes `width` at a time; the answers come back in the probes' order. */
async function sendAll(probes: Probe[], width = 8): Promise<LightMyRequestResponse[]> {
  const out = new Array<LightMyRequestResponse>(probes.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < probes.length; i = next++) out[i] = await (probes[i] as Probe).send();
  };
  await Promise.all(Array.from({ length: Math.min(width, probes.length) }, worker));
  return out;
}

describe.each(DIALECTS)('OpenAPI walk on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let member: Caller;
  let ops: Operation[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const storage = t.db.storage;
    const adminPerson = await makePerson(storage, { name: 'Ada Admin', email: 'admin@example.com', role: 'admin' });
    const memberPerson = await makePerson(storage, { name: 'Mem Ber', email: 'member@example.com' });
    [admin, member] = await Promise.all([callerFor(t.app, storage, adminPerson), callerFor(t.app, storage, memberPerson)]);
    ops = operations((await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<OpenApiDoc>());
  });
  afterAll(() => t?.close());

  it('documents the foundation routes', () => {
    const names = ops.map((o) => `${o.method} ${o.path}`);
    for (const expected of ['POST /api/v1/setup', 'POST /api/v1/auth/login', 'GET /api/v1/me', 'POST /api/v1/tokens', 'POST /api/v1/people', 'POST /api/v1/mentorships', 'POST /api/v1/mentorships/{id}/accept', 'GET /api/v1/health']) {
      expect(names).toContain(expected);
    }
    expect(ops.length).toBeGreaterThan(25);
  });

  it('every non-public route answers 401 problem+json without credentials', async () => {
    const probes: Probe[] = ops.map((op) => ({
      label: `${op.method} ${op.path}`,
      send: () => t.app.inject({ method: op.method as 'GET', url: fill(op.path), ...(op.hasBody && { payload: {} }) }),
    }));
    const answers = await sendAll(probes);
    probes.forEach(({ label }, i) => {
      const res = answers[i] as LightMyRequestResponse;
      if (PUBLIC.has(label) || label.includes(' /api/v1/docs')) expectProblem(res, label);
      else {
        expect(res.statusCode, label).toBe(401);
        expect(res.json().code, label).toBe('unauthenticated');
      }
    });
  });

  it('malformed bodies and parameters give 4xx problem+json, never 5xx', { timeout: 120_000 }, async () => {
    const probes: Probe[] = [];
    for (const [who, caller] of [['admin', admin], ['member', member]] as const) {
      for (const op of ops) {
        if (op.path.startsWith('/api/v1/docs') || op.path.endsWith('/auth/logout')) continue;
        const url = fill(op.path).replace('/api/v1', '');
        const label = `${who}: ${op.method} ${op.path}`;
        const send = (payload: string, contentType = 'application/json') => () =>
          t.app.inject({ method: op.method as 'POST', url: `/api/v1${url}`, headers: { ...headersOf(caller), 'content-type': contentType }, payload });
        if (op.hasBody) {
          for (const bad of ['{"a":', '[]', '"text"', '42', 'null', '{"unknownField": 1}', '{}']) probes.push({ label: `${label} ${bad}`, send: send(bad) });
          probes.push({ label: `${label} form`, send: send('name=x', 'application/x-www-form-urlencoded') });
          // A field of the wrong type is the schema's to refuse, whoever sends it: the admin,
          // who gets furthest into every route, sends those; the member probes the shapes.
          for (const [prop, schema] of who === 'admin' ? Object.entries(op.bodyProps) : []) {
            for (const wrong of schema.type ? (WRONG[schema.type] ?? []) : [42, { a: 1 }]) {
              probes.push({ label: `${label} ${prop}=${JSON.stringify(wrong)}`, send: send(JSON.stringify({ [prop]: wrong })), mustRefuse: true });
            }
          }
        }
        for (const q of queryProbes(op)) {
          probes.push({ label: `${label}?${q.slice(0, 40)}`, send: () => caller.request(op.method as 'GET', `${url}?${q}`, op.hasBody ? {} : undefined) });
        }
      }
    }
    const answers = await sendAll(probes);
    probes.forEach(({ label, mustRefuse }, i) => {
      const res = answers[i] as LightMyRequestResponse;
      expectProblem(res, label);
      if (mustRefuse) expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
    });
  });

  it('an oversized body answers 413 before anything else, even without credentials', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    for (const url of ['/api/v1/people', '/api/v1/setup']) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: big });
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('payload_too_large');
    }
  });

  it('unknown API paths are problem+json 404 for a signed-in caller', async () => {
    const res = await admin.get('/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});

function headersOf(c: Caller): Record<string, string> {
  const h: Record<string, string> = {};
  if (c.auth.cookie) h.cookie = c.auth.cookie;
  if (c.auth.csrf) h['x-csrf-token'] = c.auth.csrf;
  if (c.auth.token) h.authorization = `Bearer ${c.auth.token}`;
  return h;
}
