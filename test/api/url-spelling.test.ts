/**
 * However a path under the API is spelled, an unknown one answers a problem+json 404, never
 * the web app's page, and a known one passes the same gates as its plain spelling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

describe.each(DIALECTS)('API paths however spelled on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
  });
  afterAll(() => t?.close());

  it.each(['/%41pi/v1/nothing-here', '/%61pi/v1/nothing-here', '//api/v1/nothing-here', '/API/v1/nothing-here', '/api/v1/nothing-here'])('%s → 404 problem+json', async (url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: admin.auth.cookie ?? '' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('an undecodable path answers problem+json, not the framework default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/evidence/x%ED%A0%80y', headers: { cookie: admin.auth.cookie ?? '' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
