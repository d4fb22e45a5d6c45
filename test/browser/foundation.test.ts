import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makePerson } from '../support/factories.js';
import { BOTH_THEMES, browserSetup, checkA11y, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, runCommand, shot, signIn, until, waitForWrite } from '../support/browser.js';

/*
 * The foundation journey in a real browser, against the real server and the built web app:
 * set-up → home → Admin › People → create a person → sign out → sign in as them → home →
 * sign out. Along the way: no console errors (CSP violations land there), no injected
 * <style> elements. How soon the first page is usable is logged, not asserted: timings belong
 * to the benchmark, and these machines are shared.
 *
 * Each test has its own server and data (test/support/browser.ts `freshApp`); nothing depends
 * on another test. Never downloads a browser: it drives the system Chromium.
 * Set STAFFPATH_SCREENSHOTS=/some/dir to keep screenshots of the main screens.
 */

const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const MEMBER = { name: 'Grace Hopper', email: 'grace@example.com', password: 'grace-initial-pw' };

const files = browserSetup();

async function signOutFromMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/signin');
}

describe('foundation journey', () => {
  test('set-up, create a person, sign in as them, sign out', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const w = await app.open(DESKTOP);
    const { page } = w;

    // The first page: the app finds nobody signed in and no account, and offers set-up.
    const started = Date.now();
    await page.goto('/');
    const nameField = page.getByLabel('Your name');
    await nameField.waitFor({ state: 'visible' });
    await until(() => nameField.isEditable()).toBe(true);
    const usableAfterMs = Date.now() - started;
    const sinceNavigationStart = await page.evaluate(() => performance.now());
    console.info(`first page usable after ${usableAfterMs} ms (${Math.round(sinceNavigationStart)} ms since navigation start)`);
    expect(page.url()).toBe(`${app.url}/setup`);
    await shot(page, '01-setup');
    await checkA11y(page, BOTH_THEMES);

    // Set-up creates the first account (an admin) and lands on home.
    await nameField.fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await until(() => h1(page).textContent()).toBe('Welcome, Ada');
    await page.getByRole('button', { name: `Account menu for ${ADMIN.name}` }).waitFor({ state: 'visible' });
    await shot(page, '02-home-admin');
    await checkA11y(page, BOTH_THEMES);

    // Admin › People from the left rail.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Admin' }).getByRole('link', { name: 'People' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/people');
    await until(() => h1(page).textContent()).toBe('Manage people');

    // Create a person.
    await page.getByRole('button', { name: 'Add person' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('Name').fill(MEMBER.name);
    await dialog.getByLabel('Email').fill(MEMBER.email);
    await dialog.getByLabel('Initial password').fill(MEMBER.password);
    await dialog.getByLabel('Target level').selectOption('staff');
    await shot(page, '03-add-person');
    await checkA11y(page, { ...BOTH_THEMES, what: 'Add a person dialog' });
    const created = waitForWrite(page, 'POST', /^\/api\/v1\/people$/);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    expect((await created).status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });

    // They are in the list.
    const table = page.getByRole('table', { name: 'People' });
    await table.getByText(MEMBER.name, { exact: true }).waitFor({ state: 'visible' });
    await table.getByText(MEMBER.email, { exact: true }).waitFor({ state: 'visible' });
    await shot(page, '04-admin-people');
    await checkA11y(page, BOTH_THEMES);

    // Sign out from the person menu.
    await signOutFromMenu(page, ADMIN.name);
    await page.getByRole('heading', { name: 'Sign in to staffpath' }).waitFor({ state: 'visible' });
    await checkA11y(page);

    // Sign in as the new person.
    await signIn(page, MEMBER);
    await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/settings');
    if (new URL(page.url()).pathname === '/settings') {
      // An installation may ask people to replace a password an admin set for them.
      await page.getByLabel('Password you were given').waitFor({ state: 'visible' });
      await checkA11y(page, { what: 'asked to replace the password' });
      await page.getByLabel('Password you were given').fill(MEMBER.password);
      await page.getByLabel('New password', { exact: true }).fill(`${MEMBER.password}-new`);
      await page.getByLabel('Repeat the new password').fill(`${MEMBER.password}-new`);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.waitForURL((url) => url.pathname === '/');
    }
    await until(() => h1(page).textContent()).toBe('Welcome, Grace');
    await page.getByText(MEMBER.name, { exact: true }).first().waitFor({ state: 'visible' });
    // A member sees no Admin section.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByText('Admin').count()).toBe(0);
    await shot(page, '05-home-member');
    await checkA11y(page, BOTH_THEMES);

    // Sign out again, this time from the command palette.
    await runCommand(page, 'sign out', /^Sign out/);
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByRole('heading', { name: 'Sign in to staffpath' }).waitFor({ state: 'visible' });

    await expectClean(w);
  });

  test('works at 360 px wide, with the drawer, search and shortcuts', { timeout: 90_000 }, async () => {
    const app = await freshApp(files.browser);
    await makePerson(app.storage, { ...ADMIN, role: 'admin' });
    await makePerson(app.storage, { ...MEMBER, targetLevel: 'staff' });
    const w = await app.open(PHONE);
    const { page } = w;

    // Signing in on the way somewhere lands there.
    await page.goto('/people');
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByLabel('Email').waitFor({ state: 'visible' });
    await shot(page, '10-signin-360');
    await checkA11y(page, BOTH_THEMES);
    await signIn(page, ADMIN);

    // Back where we were going: the directory.
    await page.waitForURL((url) => url.pathname === '/people');
    await until(() => h1(page).textContent()).toBe('People');
    const results = page.getByRole('list', { name: 'People' });
    await results.getByText(MEMBER.name, { exact: true }).waitFor({ state: 'visible' });
    await results.getByText(ADMIN.name, { exact: true }).waitFor({ state: 'visible' });

    // `/` focuses the search box; the query lands in the URL.
    await h1(page).click();
    await page.keyboard.press('/');
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('grace');
    await page.waitForURL((url) => url.searchParams.get('q') === 'grace');
    await until(() => results.getByText(ADMIN.name, { exact: true }).count()).toBe(0);
    await results.getByText(MEMBER.name, { exact: true }).waitFor({ state: 'visible' });

    // Nothing overflows sideways.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '11-people-360');
    await checkA11y(page, BOTH_THEMES);

    // The rail becomes a drawer.
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await drawer.waitFor({ state: 'visible' });
    await shot(page, '12-drawer-360');
    await checkA11y(page, { ...BOTH_THEMES, what: 'navigation drawer' });
    await drawer.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL((url) => url.pathname === '/settings');
    await drawer.waitFor({ state: 'hidden' });
    await until(() => h1(page).textContent()).toBe('Settings');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '13-settings-360');
    await checkA11y(page, BOTH_THEMES);

    // `?` lists the shortcuts.
    await h1(page).click();
    await page.keyboard.press('Shift+Slash');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor({ state: 'visible' });
    await checkA11y(page, { what: 'keyboard shortcuts dialog' });
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });

    // An unknown address shows the 404 page inside the app.
    await page.goto('/no/such/page');
    await until(() => h1(page).textContent()).toBe('Page not found');
    await checkA11y(page);

    await expectClean(w);
  });
});
