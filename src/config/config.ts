/**
 * Configuration: defaults < config file < STAFFPATH_* environment < command-line flags.
 * Every value is validated at start; all problems are reported together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  sqlitePath: string;
  pgSchema: string | undefined;
  poolSize: number;
  sessionTtlHours: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  bodyLimitBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  webDir: string;
  sweepIntervalMinutes: number;
  templatesDir: string;
}

type Kind = 'string' | 'port' | 'int' | 'bool' | 'enum' | 'url?' | 'ident?';
interface Key {
  kind: Kind;
  def: unknown;
  help: string;
  values?: readonly string[];
  min?: number;
}

export const CONFIG_KEYS: Record<keyof Config, Key> = {
  host: { kind: 'string', def: '127.0.0.1', help: 'address to listen on' },
  port: { kind: 'port', def: 4870, help: 'port to listen on' },
  databaseUrl: { kind: 'url?', def: undefined, help: 'postgres://… to use PostgreSQL (also DATABASE_URL); empty for SQLite' },
  sqlitePath: { kind: 'string', def: './data/staffpath.db', help: 'SQLite database file when no database URL is set' },
  pgSchema: { kind: 'ident?', def: undefined, help: 'PostgreSQL schema to use (default: the search path)' },
  poolSize: { kind: 'int', def: 10, min: 1, help: 'PostgreSQL connections per app server' },
  sessionTtlHours: { kind: 'int', def: 24 * 14, min: 1, help: 'sign-in sessions last this long after the last use' },
  loginMaxFailuresPerAccount: { kind: 'int', def: 10, min: 1, help: 'failed sign-ins per account in the window before 429' },
  loginMaxFailuresPerAddress: { kind: 'int', def: 50, min: 1, help: 'failed sign-ins per client address in the window before 429' },
  loginWindowMinutes: { kind: 'int', def: 15, min: 1, help: 'the sign-in throttling window' },
  bodyLimitBytes: { kind: 'int', def: 1024 * 1024, min: 1024, help: 'largest request body accepted (413 above)' },
  logLevel: { kind: 'enum', def: 'info', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], help: 'log level' },
  trustProxy: { kind: 'bool', def: false, help: 'trust X-Forwarded-* from a reverse proxy' },
  secureCookies: { kind: 'enum', def: 'auto', values: ['auto', 'always', 'never'], help: 'Secure cookies: auto = when the request came over HTTPS' },
  sweepIntervalMinutes: { kind: 'int', def: 60, min: 0, help: 'minutes between sweeps of expired sessions and old trash (also one at start-up); 0 turns the scheduled sweep off' },
  templatesDir: { kind: 'string', def: '', help: 'folder of document templates (<kind>.md) that replace the shipped ones; empty: the shipped templates' },
  webDir: { kind: 'string', def: fileURLToPath(new URL('../../dist/web', import.meta.url)), help: 'folder of the built web app' },
};

export const envName = (key: string): string => 'STAFFPATH_' + key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigSources {
  /** Values from command-line flags, already named like config keys. */
  flags?: Partial<Record<keyof Config, unknown>>;
  env?: NodeJS.ProcessEnv;
  /** Config file; else STAFFPATH_CONFIG; else ./staffpath.config.{json,yaml,yml} if present. */
  file?: string | undefined;
  cwd?: string;
}

function coerce(key: keyof Config, spec: Key, raw: unknown, from: string, problems: string[]): unknown {
  const bad = (why: string): undefined => {
    problems.push(`${key} (${from}): ${why}, got ${JSON.stringify(raw)}`);
    return undefined;
  };
  switch (spec.kind) {
    case 'string':
      return typeof raw === 'string' && raw.length > 0 ? raw : bad('expected a non-empty string');
    case 'url?':
      if (raw === '' || raw === undefined || raw === null) return undefined;
      return typeof raw === 'string' && /^(postgres|postgresql):\/\/.+/i.test(raw) ? raw : bad('expected a postgres:// URL');
    case 'ident?':
      if (raw === '' || raw === undefined || raw === null) return undefined;
      return typeof raw === 'string' && /^[a-z_][a-z0-9_]{0,62}$/.test(raw) ? raw : bad('expected a lower-case SQL identifier');
    case 'port':
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isInteger(n)) return bad('expected a whole number');
      if (spec.kind === 'port' && (n < 0 || n > 65535)) return bad('expected a port between 0 and 65535');
      if (spec.min !== undefined && n < spec.min) return bad(`expected at least ${spec.min}`);
      return n;
    }
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (typeof raw === 'string' && /^(true|1|yes|on)$/i.test(raw)) return true;
      if (typeof raw === 'string' && /^(false|0|no|off)$/i.test(raw)) return false;
      return bad('expected true or false');
    case 'enum':
      return typeof raw === 'string' && spec.values?.includes(raw) ? raw : bad(`expected one of ${spec.values?.join(', ')}`);
  }
}

function readFile(path: string, problems: string[]): Record<string, unknown> {
  try {
    const text = readFileSync(path, 'utf8');
    const data: unknown = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push(`${path}: expected an object of settings`);
      return {};
    }
    return data as Record<string, unknown>;
  } catch (err) {
    problems.push(`${path}: ${(err as Error).message.split('\n')[0]}`);
    return {};
  }
}

export function loadConfig(sources: ConfigSources = {}): Config {
  const env = sources.env ?? process.env;
  const cwd = sources.cwd ?? process.cwd();
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(CONFIG_KEYS)) out[k] = spec.def;

  const explicit = sources.file ?? env.STAFFPATH_CONFIG;
  const file = explicit
    ? resolve(cwd, explicit)
    : ['staffpath.config.json', 'staffpath.config.yaml', 'staffpath.config.yml'].map((f) => resolve(cwd, f)).find((f) => existsSync(f));
  if (explicit && file && !existsSync(file)) problems.push(`config file ${file} does not exist`);
  else if (file) {
    for (const [k, v] of Object.entries(readFile(file, problems))) {
      const spec = CONFIG_KEYS[k as keyof Config];
      if (!spec) problems.push(`${file}: unknown setting "${k}"`);
      else out[k] = coerce(k as keyof Config, spec, v, 'config file', problems);
    }
  }

  if (env.DATABASE_URL !== undefined && env.STAFFPATH_DATABASE_URL === undefined) {
    out.databaseUrl = coerce('databaseUrl', CONFIG_KEYS.databaseUrl, env.DATABASE_URL, 'DATABASE_URL', problems);
  }
  for (const [k, spec] of Object.entries(CONFIG_KEYS)) {
    const name = envName(k);
    const v = env[name];
    if (v !== undefined) out[k] = coerce(k as keyof Config, spec, v, name, problems);
  }
  for (const [k, v] of Object.entries(sources.flags ?? {})) {
    if (v === undefined) continue;
    const spec = CONFIG_KEYS[k as keyof Config];
    if (spec) out[k] = coerce(k as keyof Config, spec, v, `--${k}`, problems);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = out as unknown as Config;
  if (config.sqlitePath !== ':memory:') config.sqlitePath = resolve(cwd, config.sqlitePath);
  config.webDir = resolve(cwd, config.webDir);
  if (config.templatesDir) config.templatesDir = resolve(cwd, config.templatesDir);
  return config;
}
