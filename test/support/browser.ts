/**
 * Shared pieces of the browser journeys: the system Chromium (never downloaded), pages that
 * record console errors and uncaught exceptions, screenshots in both themes, and the checks
 * every journey ends with (no injected <style>, nothing overflowing sideways).
 *
 * Set CHROMIUM_PATH to use another Chromium; STAFFPATH_SCREENSHOTS=/some/dir keeps
 * screenshots (light and dark) of the main screens.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from './server.js';
import { ensureWebBuild } from './web-build.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = process.env.STAFFPATH_SCREENSHOTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Journey {
  server: TestServer;
  browser: Browser;
}

/**
 * Before the file's tests: build the web app if need be, start the server and launch Chromium;
 * after them, `beforeClose` (if any), then close both. Read the fields inside the tests.
 */
export function journeySetup(beforeClose?: () => Promise<void>): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    await ensureWebBuild();
    journey.server = await startTestServer();
    journey.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await beforeClose?.();
    await journey.browser?.close();
    await journey.server?.close();
  });
  return journey;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A console error the journey expects (a deliberate 4xx): `text` is the message, `url` where it came from. */
export type AllowedError = (text: string, url: string) => boolean;

/** Finding out whether anyone is signed in asks GET /api/v1/me, which answers 401 when nobody is: the API contract, not an error of the app. */
export const firstMeIs401: AllowedError = (text, url) => /Failed to load resource.*\b401\b/.test(text) && url.endsWith('/api/v1/me');

/** A deliberate answer with this status from a URL matching `path`. */
export function deliberate(status: number, path: RegExp): AllowedError {
  return (text, url) => new RegExp(`Failed to load resource.*\\b${status}\\b`).test(text) && path.test(new URL(url, 'http://x').pathname);
}

/** A page (in its own context, so its own cookies) that records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, baseURL: string, viewport: { width: number; height: number }, allowed: AllowedError[] = []): Promise<Watched> {
  const context = await browser.newContext({ viewport, baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  const allow = [firstMeIs401, ...allowed];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = message.location().url;
    if (allow.some((a) => a(text, url))) return;
    errors.push(`${text} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, errors };
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

/** <style> elements in the document: the CSP (`style-src 'self'`) would block any. */
export function injectedStyleElements(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('style').length);
}

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

export async function signIn(page: Page, who: { email: string; password: string }) {
  await expect.poll(() => page.getByRole('heading', { name: 'Sign in to staffpath' }).isVisible()).toBe(true);
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
