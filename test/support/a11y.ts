/**
 * axe-core in the browser journeys: which routes a watched page visited, which of them were
 * checked, and the check itself.
 *
 * - The CSP (`script-src 'self'`) forbids injected <script> elements, so axe goes in through
 *   `page.evaluate(source)`: a CDP evaluation, which no CSP governs. The journeys check the
 *   CSP, so `bypassCSP` is never used.
 * - `axe.run(document, { resultTypes: ['violations'] })`; violations of impact `serious` or
 *   `critical` fail the journey (`expect.soft`, so the journey goes on and every page's
 *   violations are reported, not only the first).
 * - Routes are pathnames with their ids replaced by the route's parameter names
 *   (`/evidence/:id`), as src/web/app/App.tsx declares them; the query string is not part of it.
 *
 * STAFFPATH_A11Y_LOG=/some/file appends every violation found (one JSON line each) to that file.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The impacts that fail a journey. */
export const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** Routes with parameters, as src/web/app/App.tsx declares them (the others are their own pathname). */
const PARAM_ROUTES: { pattern: RegExp; route: string }[] = [
  { pattern: /^\/evidence\/[^/]+$/, route: '/evidence/:id' },
  { pattern: /^\/framework\/assess\/[^/]+$/, route: '/framework/assess/:personId' },
];

/** An id made by src/core/ids.ts `newId` (26 lower-case characters), anywhere else in a path. */
const ID_SEGMENT = /^[0-9a-z]{26}$/;

/** The route of a URL: its pathname, ids normalised (`/evidence/01j…` → `/evidence/:id`). */
export function routeOf(url: string): string {
  const pathname = new URL(url).pathname.replace(/\/+$/, '') || '/';
  const known = PARAM_ROUTES.find((r) => r.pattern.test(pathname));
  if (known) return known.route;
  return pathname
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? ':id' : segment))
    .join('/');
}

/** What a watched page did: the routes it visited (in order) and the routes axe checked. */
export interface RouteLog {
  visited: string[];
  checked: Set<string>;
}

/** The route log of each watched page, so that `checkA11y(page)` can record its check. */
const routeLogs = new WeakMap<Page, RouteLog>();

/**
 * Starts the page's route log: each main-frame navigation (document loads and history changes
 * alike) to the app at `baseURL` adds its route, once.
 */
export function watchRoutes(page: Page, baseURL: string): RouteLog {
  const log: RouteLog = { visited: [], checked: new Set() };
  routeLogs.set(page, log);
  const origin = new URL(baseURL).origin;
  page.on('framenavigated', (frame) => {
    const url = frame.url();
    if (frame !== page.mainFrame() || !url.startsWith('http') || new URL(url).origin !== origin) return;
    const route = routeOf(url);
    if (!log.visited.includes(route)) log.visited.push(route);
  });
  return log;
}

/** Routes the page visited that no check covered. */
export function uncheckedRoutes(log: RouteLog): string[] {
  return log.visited.filter((route) => !log.checked.has(route));
}

/** A violation as the page reports it, trimmed to what a reader needs. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodeCount: number;
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Runs axe once over the page's document as it is now; every violation, of any impact. */
export async function runAxe(page: Page): Promise<Violation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(source());
  return page.evaluate(async () => {
    type Node = { target: unknown[]; html: string; failureSummary?: string };
    type Result = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodeCount: v.nodes.length,
      nodes: v.nodes.slice(0, 4).map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
        html: n.html.length > 240 ? `${n.html.slice(0, 240)}…` : n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/** One violation, readably: rule, impact, help, the first few targets and their HTML. */
export function describeViolation(v: Violation): string {
  const more = v.nodeCount > v.nodes.length ? `\n    … and ${v.nodeCount - v.nodes.length} more` : '';
  const nodes = v.nodes.map((n) => `\n    ${n.target}\n      ${n.html}${n.summary ? `\n      ${n.summary}` : ''}`).join('');
  return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})${nodes}${more}`;
}

export type Theme = 'light' | 'dark';

export interface A11yOptions {
  /** The colour schemes to check in; `['light', 'dark']` where the journey shows a main screen. Default: light. */
  themes?: readonly Theme[];
  /** What is on screen, for the report (`'capture dialog'`); the route is always named. */
  what?: string;
}

/** Both colour schemes: for the screens the journeys also photograph in both. */
export const BOTH_THEMES: A11yOptions = { themes: ['light', 'dark'] };

/**
 * Checks the page as it is now (settled: its heading and data visible) in each theme asked,
 * records its route as checked, and fails the test (softly) on serious or critical violations.
 */
export async function checkA11y(page: Page, opts: A11yOptions = {}): Promise<void> {
  const route = routeOf(page.url());
  const themes = opts.themes ?? ['light'];
  for (const theme of themes) {
    if (themes.length > 1 || theme === 'dark') await page.emulateMedia({ colorScheme: theme });
    const violations = await runAxe(page);
    const failing = violations.filter((v) => v.impact !== null && FAILING_IMPACTS.includes(v.impact));
    const where = `${route}${opts.what ? ` (${opts.what})` : ''}, ${theme} theme`;
    const logFile = process.env.STAFFPATH_A11Y_LOG;
    if (logFile) for (const v of violations) appendFileSync(logFile, `${JSON.stringify({ where, route, theme, what: opts.what ?? null, test: expect.getState().currentTestName, ...v })}\n`);
    expect.soft(failing.map(describeViolation), `axe: serious or critical violations on ${where}`).toEqual([]);
  }
  if (themes.length > 1 || themes[0] === 'dark') await page.emulateMedia({ colorScheme: 'light' });
  routeLogs.get(page)?.checked.add(route);
}

/** `checkA11y` of a watched page (anything with the page: `{ page }`). */
export function a11y(watched: { page: Page }, opts?: A11yOptions): Promise<void> {
  return checkA11y(watched.page, opts);
}
