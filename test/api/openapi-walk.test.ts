/**
 * Walks every route in the OpenAPI document, so that routes added later are covered too:
 * without credentials → 401 (or a public answer), with malformed input → 4xx problem+json,
 * never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  bodyProps: Record<string, { type?: string }>;
}

const PUBLIC = new Set(['GET /api/v1/health', 'GET /api/v1/setup', 'POST /api/v1/setup', 'POST /api/v1/auth/login']);

function operations(doc: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }> } }>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      ops.push({ method: method.toUpperCase(), path, hasBody: Boolean(op.requestBody), bodyProps: schema?.properties ?? {} });
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

describe.each(DIALECTS)('OpenAPI walk on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let member: Caller;
  let ops: Operation[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    member = await addPerson(admin, { name: 'Mem Ber', email: 'member@example.com' });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    ops = operations(doc);
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
    for (const op of ops) {
      const res = await t.app.inject({ method: op.method as 'GET', url: fill(op.path), ...(op.hasBody && { payload: {} }) });
      const label = `${op.method} ${op.path}`;
      if (PUBLIC.has(label) || op.path.startsWith('/api/v1/docs')) expectProblem(res, label);
      else {
        expect(res.statusCode, label).toBe(401);
        expect(res.json().code, label).toBe('unauthenticated');
      }
    }
  });

  it('malformed bodies and parameters give 4xx problem+json, never 5xx', async () => {
    for (const caller of [admin, member]) {
      for (const op of ops) {
        if (op.path.startsWith('/api/v1/docs') || op.path.endsWith('/auth/logout')) continue;
        const url = fill(op.path).replace('/api/v1', '');
        const label = `${op.method} ${op.path}`;
        const send = (payload: string, contentType = 'application/json') =>
          t.app.inject({ method: op.method as 'POST', url: `/api/v1${url}`, headers: { ...headersOf(caller), 'content-type': contentType }, payload });
        if (op.hasBody) {
          for (const bad of ['{"a":', '[]', '"text"', '42', 'null', '{"unknownField": 1}', '{}']) expectProblem(await send(bad), `${label} ${bad}`);
          expectProblem(await send('name=x', 'application/x-www-form-urlencoded'), `${label} form`);
          for (const [prop, schema] of Object.entries(op.bodyProps)) {
            for (const wrong of schema.type ? (WRONG[schema.type] ?? []) : [42, { a: 1 }]) {
              const res = await send(JSON.stringify({ [prop]: wrong }));
              expectProblem(res, `${label} ${prop}=${JSON.stringify(wrong)}`);
              expect(res.statusCode, `${label} ${prop}=${JSON.stringify(wrong)}`).toBeGreaterThanOrEqual(400);
            }
          }
        }
        for (const q of ['limit=abc', 'limit=0', 'limit=101', 'cursor=%%%', 'cursor=eyJ4IjoxfQ', 'q=' + 'x'.repeat(3000)]) {
          expectProblem(await caller.request(op.method as 'GET', `${url}?${q}`, op.hasBody ? {} : undefined), `${label}?${q.slice(0, 20)}`);
        }
      }
    }
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
