import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createServices, type Services } from '../../src/core/services.js';
import { buildApp } from '../../src/http/app.js';
import type { DialectName } from '../../src/storage/dialects/index.js';
import { createTestStorage, type TestStorage } from './storage.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  db: TestStorage;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ env: {}, cwd: process.cwd() }), logLevel: 'silent', ...overrides };
}

export async function createTestApp(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestStorage(dialect);
  const config = testConfig({ sqlitePath: db.sqlitePath, databaseUrl: db.databaseUrl, ...overrides });
  const services = createServices(db.storage, config);
  const app = await buildApp(services, config);
  await app.ready();
  return {
    app,
    services,
    config,
    db,
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}

/** A signed-in caller for `app.inject`: a session (cookie + CSRF) or a Bearer token. */
export class Caller {
  constructor(
    readonly app: FastifyInstance,
    readonly auth: { cookie?: string; csrf?: string; token?: string } = {},
    readonly personId = '',
  ) {}

  request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.auth.cookie) h.cookie = this.auth.cookie;
    if (this.auth.csrf && method !== 'GET') h['x-csrf-token'] = this.auth.csrf;
    if (this.auth.token) h.authorization = `Bearer ${this.auth.token}`;
    return this.app.inject({ method, url: `/api/v1${url}`, headers: h, ...(body !== undefined && { payload: body as object }) });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export const anonymous = (app: FastifyInstance): Caller => new Caller(app);

function sessionFrom(app: FastifyInstance, res: LightMyRequestResponse): Caller {
  if (res.statusCode >= 300) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'staffpath_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json<{ person: { id: string }; csrfToken: string }>();
  return new Caller(app, { cookie: `staffpath_session=${cookie.value}`, csrf: body.csrfToken }, body.person.id);
}

export const DEFAULT_PASSWORD = 'correct horse battery staple';

export async function setupAdmin(app: FastifyInstance, email = 'admin@example.com'): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { name: 'Ada Admin', email, password: DEFAULT_PASSWORD } });
  return sessionFrom(app, res);
}

export async function signIn(app: FastifyInstance, email: string, password = DEFAULT_PASSWORD): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  return sessionFrom(app, res);
}

/** Creates a person through the API as `admin` and signs them in. */
export async function addPerson(
  admin: Caller,
  input: { name: string; email: string; managerId?: string | null; role?: 'admin' | 'member'; teamIds?: string[] },
): Promise<Caller> {
  const res = await admin.post('/people', { password: DEFAULT_PASSWORD, ...input });
  if (res.statusCode !== 201) throw new Error(`create person failed: ${res.statusCode} ${res.body}`);
  return signIn(admin.app, input.email);
}
