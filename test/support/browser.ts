/**
 * Shared pieces of the browser journeys: the system Chromium (never downloaded), pages that
 * record console errors and uncaught exceptions, screenshots in both themes, and the checks
 * every journey ends with (no injected <style>, nothing overflowing sideways, axe).
 *
 * Accessibility (test/support/a11y.ts), the rule: every route a watched page visits (ids normalised:
 * `/evidence/:id`) is axe-checked in that test, or `expectClean` fails. Call `checkA11y(page)` once each
 * page has settled (heading, data visible), for dialogs worth checking, and with `BOTH_THEMES` where it
 * takes a `shot`. Serious/critical violations fail the test (softly: all are reported). ~200 ms a run.
 *
 * Set CHROMIUM_PATH to use another Chromium; STAFFPATH_SCREENSHOTS=/some/dir keeps
 * screenshots (light and dark) of the main screens.
 *
 * Tests that can be trusted on a loaded machine:
 * - Each test starts its own server over a fresh database (`freshApp`) and makes its data with
 *   the factories (test/support/factories.ts); one Chromium serves the whole file
 *   (`browserSetup`). No test depends on another one or on their order.
 * - Wait for states, never for time: Playwright's auto-waiting (`click`, `fill`, `waitFor`,
 *   `waitForURL`), `waitForWrite` for the request an action triggers, and `until` (an
 *   `expect.poll` with room for a loaded machine: vitest's own default gives up after 1 s).
 * - Pages run in UTC with an en-US locale, so dates and numbers do not depend on the host.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, vi } from 'vitest';
import type { Storage } from '../../src/storage/database.js';
import { checkA11y, uncheckedRoutes, watchRoutes, type RouteLog } from './a11y.js';
import { makeSession, SESSION_COOKIE_NAME } from './factories.js';
import { startTestServer, type TestServer } from './server.js';
import { webSnapshot } from './web-build.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = process.env.STAFFPATH_SCREENSHOTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** How long a state may take to arrive on a loaded machine before a wait gives up. */
export const SETTLE_MS = 20_000;

/** `expect.poll` with room for a loaded machine; poll a real condition, never a clock. */
export function until<T>(fn: () => T | Promise<T>, message?: string) {
  return expect.poll(fn, { timeout: SETTLE_MS, interval: 100, ...(message && { message }) });
}

/** Gives every `expect.poll` of the file the same room as `until` (vitest's default is 1 s). */
function patientPolls(): void {
  vi.setConfig({ expect: { poll: { timeout: SETTLE_MS, interval: 100 } } });
}

/**
 * This file's private copy of the built web app (test files run in their own workers), taken
 * before its tests, so that a rebuild of dist/web elsewhere cannot pull chunks from under its
 * servers.
 */
let web: { dir: string; dispose(): Promise<void> } | undefined;
async function takeWebSnapshot(): Promise<void> {
  web ??= await webSnapshot();
}
async function dropWebSnapshot(): Promise<void> {
  await web?.dispose();
  web = undefined;
}
const webDir = (): string | undefined => web?.dir;

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 360, height: 740 };

export interface Journey {
  server: TestServer;
  browser: Browser;
}

/**
 * Before the file's tests: build the web app if need be (and take the file's copy of it), start the server and launch Chromium;
 * after them, `beforeClose` (if any), then close both. Read the fields inside the tests.
 * The server (and its data) is shared by the file's tests: prefer `browserSetup` + `freshApp`,
 * which give each test its own. Also makes the file's `expect.poll`s patient (`SETTLE_MS`).
 */
export function journeySetup(beforeClose?: () => Promise<void>): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    patientPolls();
    await takeWebSnapshot();
    journey.server = await startTestServer({ webDir: webDir() });
    journey.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await beforeClose?.();
    await journey.browser?.close();
    await journey.server?.close();
    await dropWebSnapshot();
  });
  return journey;
}

/**
 * Before the file's tests: build the web app if need be, take the file's copy of it and launch
 * one Chromium; close it after them. Each test then starts its own server with `freshApp`.
 */
export function browserSetup(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    patientPolls();
    await takeWebSnapshot();
    holder.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await holder.browser?.close();
    await dropWebSnapshot();
  });
  return holder;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  routes: RouteLog; // visited and axe-checked (test/support/a11y.ts)
}

export { a11y, BOTH_THEMES, checkA11y, type A11yOptions } from './a11y.js';

export interface FreshApp {
  url: string;
  /** The server's storage: pass it to the factories. */
  storage: Storage;
  /** A watched page in its own context (its own cookies), closed when the test ends. */
  open(viewport?: { width: number; height: number }, allowed?: AllowedError[]): Promise<Watched>;
  /**
   * A watched page signed in as `person` with a factory session cookie, without the login
   * form (for tests whose subject is not signing in). Nothing is loaded yet: `goto` next.
   */
  openAs(person: { id: string }, viewport?: { width: number; height: number }, allowed?: AllowedError[]): Promise<Watched>;
}

/**
 * A server of this test's own, over a fresh database, serving the built web app; it and every
 * page opened through it are closed when the test ends, passed or failed.
 */
export async function freshApp(browser: Browser, opts: { allowed?: AllowedError[] } = {}): Promise<FreshApp> {
  const server = await startTestServer({ webDir: webDir() });
  const pages: Watched[] = [];
  onTestFinished(async () => {
    for (const w of pages) await w.context.close().catch(() => {});
    await server.close();
  });
  const open = async (viewport = DESKTOP, allowed: AllowedError[] = []) => {
    const w = await openPage(browser, server.url, viewport, [...(opts.allowed ?? []), ...allowed]);
    pages.push(w);
    return w;
  };
  return {
    url: server.url,
    storage: server.storage,
    open,
    async openAs(person, viewport = DESKTOP, allowed = []) {
      const w = await open(viewport, allowed);
      await signInWithSession(w.context, server.url, await makeSession(server.storage, person.id));
      return w;
    },
  };
}

/** Puts a session cookie (from `makeSession`) into the context, as a sign-in would have. */
export async function signInWithSession(context: BrowserContext, baseURL: string, session: { sessionToken: string }): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: session.sessionToken, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * The answer to the next request matching `method` and `path` (a pathname pattern). Start it
 * before the action that triggers the request, await it after: `const saved = waitForWrite(…);
 * await click(); expect((await saved).status()).toBe(200)`.
 */
export function waitForWrite(page: Page, method: string, path: RegExp): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname), { timeout: SETTLE_MS });
}

/**
 * Runs a command from the palette (Ctrl+K): types `query` into its box (not into whatever had focus
 * while the dialog opened), waits until the highlighted command is `expected`, axe-checks the open
 * palette, then presses Enter.
 */
export async function runCommand(page: Page, query: string, expected: RegExp): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.waitFor({ state: 'visible' });
  await palette.getByRole('combobox').fill(query);
  await until(() => palette.getByRole('option', { selected: true }).textContent()).toMatch(expected);
  await checkA11y(page, { what: 'command palette' });
  await page.keyboard.press('Enter');
  await palette.waitFor({ state: 'hidden' });
}

/** No console errors (but allowed ones), no injected <style>, every visited route axe-checked: how every journey ends. */
export async function expectClean(...watched: Watched[]): Promise<void> {
  for (const w of watched) {
    expect(await injectedStyleElements(w.page)).toBe(0);
    expect(w.errors).toEqual([]);
    expect(uncheckedRoutes(w.routes), 'routes this page visited that no checkA11y covered').toEqual([]);
  }
}

/** A console error the journey expects (a deliberate 4xx): `text` is the message, `url` where it came from. */
export type AllowedError = (text: string, url: string) => boolean;

/** Finding out whether anyone is signed in asks GET /api/v1/me, which answers 401 when nobody is: the API contract, not an error of the app. */
export const firstMeIs401: AllowedError = (text, url) => /Failed to load resource.*\b401\b/.test(text) && url.endsWith('/api/v1/me');

/** A deliberate answer with this status from a URL matching `path`. */
export function deliberate(status: number, path: RegExp): AllowedError {
  return (text, url) => new RegExp(`Failed to load resource.*\\b${status}\\b`).test(text) && path.test(new URL(url, 'http://x').pathname);
}

/** A page (in its own context, so its own cookies) that records console errors, uncaught exceptions and its routes. */
export async function openPage(browser: Browser, baseURL: string, viewport: { width: number; height: number }, allowed: AllowedError[] = []): Promise<Watched> {
  const context = await browser.newContext({ viewport, baseURL, timezoneId: 'UTC', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  const routes = watchRoutes(page, baseURL);
  const allow = [firstMeIs401, ...allowed];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location().url;
    if (allow.some((a) => a(text, url))) return;
    errors.push(`${text} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, errors, routes };
}

/** A full-page screenshot in the light theme and the dark one, when screenshots are asked for. */
export async function shot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * <style> elements the CSP blocks: any without this response's nonce (`style-src 'self'
 * 'nonce-…'`; CodeMirror's stylesheet carries it, see src/http/csp.ts).
 */
export function injectedStyleElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nonce = document.querySelector<HTMLMetaElement>('meta[property=csp-nonce]')?.nonce ?? '';
    return [...document.querySelectorAll('style')].filter((el) => nonce === '' || el.nonce !== nonce).length;
  });
}

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Through the sign-in form (for tests of signing in; `FreshApp.openAs` skips it). */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByRole('heading', { name: 'Sign in to staffpath' }).waitFor({ state: 'visible', timeout: SETTLE_MS });
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The first-run set-up form: creates the first account (an admin) and lands on home. */
export async function setUp(page: Page, who: { name: string; email: string; password: string }) {
  await page.goto('/');
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Call the API with the page's own session (cookie + CSRF token), as another tab would. */
export async function apiAs<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await fetch('/api/v1/me').then((r) => r.json() as Promise<{ csrfToken: string }>);
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}
