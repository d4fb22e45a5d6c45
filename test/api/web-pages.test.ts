import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NONCE_PLACEHOLDER } from '../../src/http/csp.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

/*
 * The two HTML documents the server writes a policy for (src/http/csp.ts): the app's page,
 * whose style nonce is fresh on every response, and the diagram frame, which the app alone
 * may frame. Everything else keeps the strict policy.
 */
const PAGE = `<!doctype html><html><head><meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}"><script type="module" nonce="${NONCE_PLACEHOLDER}" src="/assets/app.js"></script></head><body></body></html>`;
const FRAME = '<!doctype html><html><head><script type="module" src="/assets/frame.js"></script></head><body></body></html>';

const directive = (csp: string, name: string): string => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe.each(DIALECTS)('web pages and their CSP on %s', (dialect) => {
  let t: TestApp;
  let webDir: string;
  beforeEach(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'staffpath-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), PAGE);
    writeFileSync(join(webDir, 'mermaid.html'), FRAME);
    writeFileSync(join(webDir, 'assets', 'app.js'), 'export {};\n');
    t = await createTestApp(dialect, { webDir });
  });
  afterEach(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the app page with a fresh style nonce, the same in the header and the page', async () => {
    const nonces: string[] = [];
    for (const url of ['/documents/01abc', '/', '/index.html']) {
      const r = await t.app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      const csp = String(r.headers['content-security-policy']);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive(csp, 'style-src'))?.[1] ?? '';
      expect(nonce.length).toBeGreaterThanOrEqual(22);
      expect(r.body).not.toContain(NONCE_PLACEHOLDER);
      expect(r.body).toContain(`nonce="${nonce}"`);
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it('serves the diagram frame with inline styles allowed, framed by this origin only, scripts still from self', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/mermaid.html' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe(FRAME);
    const csp = String(r.headers['content-security-policy']);
    expect(directive(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'none'");
  });

  it('keeps the strict policy everywhere else: assets and the API', async () => {
    for (const url of ['/assets/app.js', '/api/v1/health']) {
      const r = await t.app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy']);
      expect(directive(csp, 'style-src'), url).toBe("style-src 'self'");
      expect(directive(csp, 'frame-ancestors'), url).toBe("frame-ancestors 'none'");
    }
  });
});
