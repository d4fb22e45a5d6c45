import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const dir = () => mkdtempSync(join(tmpdir(), 'staffpath-config-'));

describe('configuration', () => {
  it('defaults: 127.0.0.1:4870 on ./data/staffpath.db', () => {
    const cwd = dir();
    const c = loadConfig({ env: {}, cwd });
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(4870);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.sqlitePath).toBe(join(cwd, 'data/staffpath.db'));
  });

  it('precedence: defaults < file < environment < flags', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'staffpath.config.json'), JSON.stringify({ port: 5000, host: '0.0.0.0', logLevel: 'warn' }));
    const fileOnly = loadConfig({ env: {}, cwd });
    expect([fileOnly.port, fileOnly.host, fileOnly.logLevel]).toEqual([5000, '0.0.0.0', 'warn']);
    const withEnv = loadConfig({ env: { STAFFPATH_PORT: '6000', STAFFPATH_LOG_LEVEL: 'error' }, cwd });
    expect([withEnv.port, withEnv.host, withEnv.logLevel]).toEqual([6000, '0.0.0.0', 'error']);
    const withFlags = loadConfig({ env: { STAFFPATH_PORT: '6000' }, cwd, flags: { port: '7000' } });
    expect(withFlags.port).toBe(7000);
  });

  it('reads YAML config files named explicitly', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'my.yaml'), 'port: 5100\ntrustProxy: true\n');
    const c = loadConfig({ env: { STAFFPATH_CONFIG: 'my.yaml' }, cwd });
    expect([c.port, c.trustProxy]).toEqual([5100, true]);
  });

  it('DATABASE_URL picks PostgreSQL; STAFFPATH_DATABASE_URL wins over it', () => {
    expect(loadConfig({ env: { DATABASE_URL: 'postgres://a/b' }, cwd: dir() }).databaseUrl).toBe('postgres://a/b');
    expect(loadConfig({ env: { DATABASE_URL: 'postgres://a/b', STAFFPATH_DATABASE_URL: 'postgresql://c/d' }, cwd: dir() }).databaseUrl).toBe('postgresql://c/d');
  });

  it('lists every problem at once', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'staffpath.config.json'), JSON.stringify({ colour: 'blue', port: 'x' }));
    try {
      loadConfig({ env: { STAFFPATH_PORT: '99999', STAFFPATH_LOG_LEVEL: 'loud', STAFFPATH_TRUST_PROXY: 'maybe', DATABASE_URL: 'mysql://x' }, cwd });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const word of ['colour', 'port (config file)', 'STAFFPATH_PORT', 'STAFFPATH_LOG_LEVEL', 'STAFFPATH_TRUST_PROXY', 'DATABASE_URL']) {
        expect(problems).toContain(word);
      }
      expect((err as ConfigError).problems).toHaveLength(6);
    }
  });

  it('a named config file that does not exist is a problem', () => {
    expect(() => loadConfig({ env: {}, cwd: dir(), file: 'missing.json' })).toThrow(/does not exist/);
  });
});
