import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeEvidence, makePerson } from '../support/factories.js';
import { apiAs, BOTH_THEMES, browserSetup, checkA11y, deliberate, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, runCommand, shot, until, waitForWrite, type FreshApp } from '../support/browser.js';

/*
 * The evidence log in a real browser, against the real server and the built web app: the
 * empty log teaches what to log → `c` on home → type a win → the suggested metric is
 * confirmed → Enter saves → toast → home and the timeline list it; search as you type; open
 * an entry, edit the title (and survive a conflicting save from elsewhere), delete, Undo
 * restores it; quick capture on a 360 px phone, with details and a Markdown preview; search
 * snippets, filters in the URL and safe Markdown at 360 px. No console errors (CSP violations
 * land there) and no injected <style> elements.
 *
 * Each test has its own server, person and entries (made with the factories, indexed for
 * search as the core indexes them) and is signed in with a session cookie: no test depends on
 * another, or on their order. Never downloads a browser: it drives the system Chromium.
 * Set STAFFPATH_SCREENSHOTS=/some/dir to keep screenshots (light and dark) of the main screens.
 */

const ADA = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const WIN = 'Cut checkout p99 from 800 ms to 200 ms';
const EDITED = 'Cut checkout p99 from 800 ms to 180 ms';
const WIN_METRIC = { name: 'checkout p99', unit: 'ms', before: 800, after: 200 };
const RFC = 'Wrote the checkout RFC and reduced payment cost by 30%';
const RFC_DETAILS = 'Three teams **agreed** on one checkout plan. See [the RFC](https://example.com/rfc).';

const files = browserSetup();

/** A fresh server with Ada (an admin), whose page is signed in; the conflict step's 412 is the contract's answer. */
async function signedInAda(viewport = DESKTOP): Promise<{ app: FreshApp; ada: { id: string }; page: Page; watched: Awaited<ReturnType<FreshApp['open']>> }> {
  const app = await freshApp(files.browser, { allowed: [deliberate(412, /^\/api\/v1\/evidence\/[^/?]+$/)] });
  const ada = await makePerson(app.storage, { ...ADA, role: 'admin' });
  const watched = await app.openAs(ada, viewport);
  return { app, ada, page: watched.page, watched };
}

const toasts = (page: Page) => page.locator('.toasts');

/** Press a letter shortcut with focus on the page, not in a field. */
async function pressOnPage(page: Page, key: string) {
  await h1(page).click();
  await page.keyboard.press(key);
}

/** Change an entry behind the page's back (as another tab would), with the page's own session. */
async function patchElsewhere(page: Page, id: string, patch: Record<string, unknown>) {
  const { status } = await apiAs(page, 'PATCH', `/evidence/${id}`, patch);
  expect(status).toBe(200);
}

describe('evidence journey', () => {
  test('the empty log teaches; `c` captures a win with its suggested metric; home and the timeline list it', { timeout: 120_000 }, async () => {
    const { page, watched } = await signedInAda();

    // Nothing logged yet: home nudges, and the evidence log teaches what belongs there.
    await page.goto('/');
    await until(() => h1(page).textContent()).toBe('Welcome, Ada');
    await page.getByRole('heading', { name: 'Nothing logged this week' }).waitFor({ state: 'visible' });
    await shot(page, '20-home-nudge');
    await checkA11y(page, BOTH_THEMES);
    const rail = page.getByRole('navigation', { name: 'Main' });
    await rail.getByRole('link', { name: 'Evidence' }).click();
    await page.waitForURL((url) => url.pathname === '/evidence');
    await until(() => h1(page).textContent()).toBe('Evidence');
    await page.getByRole('heading', { name: 'Start your brag document' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('list', { name: 'Examples of entries' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('button', { name: 'Log your first entry' }).isVisible()).toBe(true);
    await shot(page, '21-evidence-empty');
    await checkA11y(page, BOTH_THEMES);

    // `c` on home opens quick capture with the title line focused.
    await rail.getByRole('link', { name: 'Home' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await until(() => h1(page).textContent()).toBe('Welcome, Ada');
    await pressOnPage(page, 'c');
    const capture = page.getByRole('dialog', { name: 'Log evidence' });
    await capture.waitFor({ state: 'visible' });
    const title = capture.getByLabel('What did you do?');
    await until(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(WIN);

    // The metric in the text is suggested; one click confirms it.
    const suggestion = capture.getByRole('button', { name: /^Add suggested metric: checkout p99/ });
    await suggestion.waitFor({ state: 'visible' });
    await shot(page, '22-capture-suggestion');
    await checkA11y(page, { ...BOTH_THEMES, what: 'capture dialog' });
    await suggestion.click();
    const confirmed = capture.getByRole('list', { name: 'Metrics to save' });
    await until(() => confirmed.textContent()).toMatch(/checkout p99.*800 → 200 ms/);
    await until(() => capture.getByRole('button', { name: /^Add suggested metric: checkout p99/ }).count()).toBe(0);

    // Enter saves (the title line has focus again); a toast confirms with an Undo.
    await until(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    const saved = waitForWrite(page, 'POST', /^\/api\/v1\/evidence$/);
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(201);
    await capture.waitFor({ state: 'hidden' });
    await toasts(page).getByText(/^Logged “Cut checkout p99/).waitFor({ state: 'visible' });
    expect(await toasts(page).getByRole('button', { name: 'Undo' }).count()).toBe(1);

    // Home now lists it, and the nudge is gone.
    const recent = page.getByRole('region', { name: 'Recent evidence' });
    await recent.getByRole('link', { name: WIN }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'Nothing logged this week' }).waitFor({ state: 'detached' });
    await shot(page, '23-home-recent');
    await checkA11y(page, BOTH_THEMES);

    // The timeline shows it this week, with its metric.
    await rail.getByRole('link', { name: 'Evidence' }).click();
    await page.waitForURL((url) => url.pathname === '/evidence');
    const thisWeek = page.getByRole('region', { name: /This week/ });
    await thisWeek.getByRole('link', { name: WIN }).waitFor({ state: 'visible' });
    expect(await thisWeek.getByRole('list', { name: 'Metrics' }).textContent()).toMatch(/800 → 200 ms/);
    // Month grouping is a toggle, kept in the URL.
    await page.getByRole('button', { name: 'Month' }).click();
    await page.waitForURL((url) => url.searchParams.get('group') === 'month');
    await page.getByRole('region', { name: /This month/ }).waitFor({ state: 'visible' });
    await shot(page, '24-evidence-timeline');
    await checkA11y(page, BOTH_THEMES);

    await expectClean(watched);
  });

  test('search as you type marks the match; a search that matches nothing says so', { timeout: 90_000 }, async () => {
    const { app, ada, page, watched } = await signedInAda();
    await makeEvidence(app.storage, ada.id, { title: WIN, metrics: [WIN_METRIC] });
    await makeEvidence(app.storage, ada.id, { title: 'Ran the incident review for the search outage' });

    await page.goto('/evidence');
    await until(() => h1(page).textContent()).toBe('Evidence');
    await until(() => page.getByRole('article').count()).toBe(2);

    // `/` focuses the box; the query lands in the URL; the match is marked.
    await pressOnPage(page, '/');
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('checkout');
    await page.waitForURL((url) => url.searchParams.get('q') === 'checkout');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link', { name: WIN }).waitFor({ state: 'visible' });
    await until(() => results.getByRole('article').count()).toBe(1);
    await until(() => results.locator('mark').first().textContent()).toBe('checkout');
    await shot(page, '25-evidence-search');
    await checkA11y(page, BOTH_THEMES);

    // A search that matches nothing says so; clearing back to a match finds it again.
    await page.getByLabel('Search evidence').fill('kubernetes');
    await page.waitForURL((url) => url.searchParams.get('q') === 'kubernetes');
    await page.getByRole('heading', { name: 'Nothing matches “kubernetes”' }).waitFor({ state: 'visible' });
    await page.getByLabel('Search evidence').fill('checkout');
    await page.waitForURL((url) => url.searchParams.get('q') === 'checkout');
    await results.getByRole('link', { name: WIN }).waitFor({ state: 'visible' });

    // Open it from the results.
    await results.getByRole('link', { name: WIN }).click();
    await page.waitForURL((url) => /^\/evidence\/[^/]+$/.test(url.pathname));
    await until(() => h1(page).textContent()).toBe(WIN);
    await checkA11y(page);

    await expectClean(watched);
  });

  test('open an entry, edit it through a conflicting save, delete it and undo', { timeout: 120_000 }, async () => {
    const { app, ada, page, watched } = await signedInAda();
    const entry = await makeEvidence(app.storage, ada.id, { title: WIN, metrics: [WIN_METRIC] });

    await page.goto(`/evidence/${encodeURIComponent(entry.id)}`);
    await until(() => h1(page).textContent()).toBe(WIN);
    await page.getByRole('complementary', { name: 'About this entry' }).getByText('800 → 200 ms', { exact: false }).waitFor({ state: 'visible' });
    await shot(page, '26-entry');
    await checkA11y(page, BOTH_THEMES);

    // Edit the title in place; meanwhile the entry changes elsewhere.
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit entry' });
    await form.getByLabel('Title').fill(EDITED);
    await checkA11y(page, { what: 'edit form' });
    await patchElsewhere(page, entry.id, { body: 'Moved the price lookup into the cart service.' });
    const stale = waitForWrite(page, 'PATCH', /^\/api\/v1\/evidence\/[^/]+$/);
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect((await stale).status()).toBe(412);

    // The conflict shows both versions; keeping my changes keeps theirs too.
    const conflict = page.getByRole('region', { name: 'This entry changed while you were editing' });
    await conflict.waitFor({ state: 'visible' });
    const table = conflict.getByRole('table', { name: 'Your version and the saved version' });
    expect(await table.getByText(EDITED).isVisible()).toBe(true);
    expect(await table.getByText(WIN).isVisible()).toBe(true);
    expect(await table.getByText('Moved the price lookup into the cart service.').isVisible()).toBe(true);
    await shot(page, '27-entry-conflict');
    await checkA11y(page, { ...BOTH_THEMES, what: 'conflict view' });
    const kept = waitForWrite(page, 'PATCH', /^\/api\/v1\/evidence\/[^/]+$/);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    expect((await kept).status()).toBe(200);
    await until(() => h1(page).textContent()).toBe(EDITED);
    await toasts(page).getByText('Saved.').waitFor({ state: 'visible' });
    await page.locator('.ev-body').getByText('Moved the price lookup into the cart service.').waitFor({ state: 'visible' });

    // A second edit, with no conflict, saves straight away.
    await page.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Title').fill(`${EDITED}.`);
    const second = waitForWrite(page, 'PATCH', /^\/api\/v1\/evidence\/[^/]+$/);
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect((await second).status()).toBe(200);
    await until(() => h1(page).textContent()).toBe(`${EDITED}.`);

    // Delete: back to the list, with Undo. The toast lasts a few seconds, so Undo is pressed
    // as soon as it shows, before anything else is waited for.
    const deleted = waitForWrite(page, 'DELETE', /^\/api\/v1\/evidence\/[^/]+$/);
    await page.getByRole('button', { name: 'Delete' }).click();
    expect((await deleted).status()).toBeLessThan(300);
    await page.waitForURL((url) => url.pathname === '/evidence');
    const moved = toasts(page).locator('.toast').filter({ hasText: /^Moved “Cut checkout/ });
    const restored = waitForWrite(page, 'POST', /^\/api\/v1\/evidence\/[^/]+\/restore$/);
    await moved.getByRole('button', { name: 'Undo' }).click();
    expect((await restored).status()).toBe(200);
    await toasts(page).getByText(/^Restored “Cut checkout/).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: `${EDITED}.` }).waitFor({ state: 'visible' });
    await checkA11y(page);

    // The trash is empty again.
    await page.goto('/evidence?deleted=true');
    await until(() => h1(page).textContent()).toBe('Trash');
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor({ state: 'visible' });
    await checkA11y(page, { what: 'trash' });

    await expectClean(watched);
  });

  test('the palette and the shortcuts list know quick capture', { timeout: 90_000 }, async () => {
    const { page, watched } = await signedInAda();
    await page.goto('/');
    await until(() => h1(page).textContent()).toBe('Welcome, Ada');

    await runCommand(page, 'log evidence', /^Log evidence/);
    const capture = page.getByRole('dialog', { name: 'Log evidence' });
    await capture.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await capture.waitFor({ state: 'hidden' });
    await pressOnPage(page, 'Shift+Slash');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor({ state: 'visible' });
    await shortcuts.getByText('Log evidence (quick capture)').waitFor({ state: 'visible' });
    await checkA11y(page, { what: 'keyboard shortcuts dialog' });
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });

    await expectClean(watched);
  });

  test('quick capture on a 360 px phone, with details and a Markdown preview', { timeout: 90_000 }, async () => {
    const { page, watched } = await signedInAda(PHONE);
    await page.goto('/');
    await until(() => h1(page).textContent()).toBe('Welcome, Ada');

    // No keyboard on a phone: the top bar has a button.
    await page.getByRole('banner').getByRole('button', { name: 'Log evidence' }).click();
    const capture = page.getByRole('dialog', { name: 'Log evidence' });
    await capture.waitFor({ state: 'visible' });
    await capture.getByLabel('What did you do?').fill(RFC);
    const suggestion = capture.getByRole('button', { name: /^Add suggested metric: .*cost/ });
    await suggestion.waitFor({ state: 'visible' });
    await suggestion.click();
    await until(() => capture.getByRole('button', { name: /^Add suggested metric: .*cost/ }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '30-capture-360');
    await checkA11y(page, { ...BOTH_THEMES, what: 'capture dialog' });

    // More: details in Markdown with a preview, a dimension, an impact, a team, a link.
    await capture.getByRole('button', { name: 'More details' }).click();
    await capture.getByRole('textbox', { name: 'Details' }).fill(RFC_DETAILS);
    await capture.getByRole('tab', { name: 'Preview' }).click();
    const preview = capture.getByRole('tabpanel', { name: 'Preview' });
    await until(() => preview.locator('strong').textContent()).toBe('agreed');
    expect(await preview.getByRole('link', { name: 'the RFC' }).getAttribute('rel')).toBe('noopener noreferrer');
    await checkA11y(page, { what: 'capture dialog, Markdown preview' });
    await capture.getByRole('tab', { name: 'Write' }).click();
    await capture.getByLabel('Technical direction').check();
    await capture.getByLabel('Impact', { exact: true }).selectOption('cost');
    await capture.getByLabel('Teams', { exact: true }).fill('Payments');
    await capture.getByLabel('Teams', { exact: true }).press('Enter');
    await capture.getByLabel('Links', { exact: true }).fill('https://example.com/rfc');
    await capture.getByLabel('Links', { exact: true }).press('Enter');
    await until(() => capture.getByRole('list', { name: 'Chosen teams' }).textContent()).toContain('Payments');
    await until(() => capture.getByRole('list', { name: 'Chosen links' }).textContent()).toContain('https://example.com/rfc');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '31-capture-more-360');
    await checkA11y(page, { ...BOTH_THEMES, what: 'capture dialog, more details' });
    const saved = waitForWrite(page, 'POST', /^\/api\/v1\/evidence$/);
    await capture.getByRole('button', { name: 'Save' }).click();
    const answer = await saved;
    expect(answer.status()).toBe(201);
    expect(await answer.json()).toMatchObject({ title: RFC, body: RFC_DETAILS, dimensions: ['direction'], impact: 'cost', teams: ['Payments'], links: ['https://example.com/rfc'] });
    await capture.waitFor({ state: 'hidden' });
    await toasts(page).getByText(/^Logged “Wrote the checkout RFC/).waitFor({ state: 'visible' });

    await expectClean(watched);
  });

  test('at 360 px: search snippets, filters in the URL, the entry’s Markdown rendered safely', { timeout: 90_000 }, async () => {
    const { app, ada, page, watched } = await signedInAda(PHONE);
    await makeEvidence(app.storage, ada.id, { title: WIN, metrics: [WIN_METRIC] });
    await makeEvidence(app.storage, ada.id, {
      title: RFC,
      body: RFC_DETAILS,
      dimensions: ['direction'],
      impact: 'cost',
      teams: ['Payments'],
      links: ['https://example.com/rfc'],
    });

    // Find both through search; the details' match shows as a marked snippet.
    await page.goto('/evidence?q=checkout');
    const results = page.getByRole('list', { name: 'Search results' });
    await until(() => results.getByRole('article').count()).toBe(2);
    await until(() => results.locator('.ev-snippet mark').first().textContent()).toBe('checkout');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '32-evidence-search-360');
    await checkA11y(page, BOTH_THEMES);

    // Filters live in the URL: a dimension narrows the timeline to the entry that has it.
    await page.goto('/evidence');
    await until(() => page.getByRole('article').count()).toBe(2);
    await page.getByRole('button', { name: 'Dimensions' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Technical direction' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('dimension').join() === 'direction');
    await checkA11y(page, { what: 'dimensions menu' });
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await until(() => page.getByRole('article').count()).toBe(1);
    const remove = page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: Technical direction' });
    await remove.waitFor({ state: 'visible' });
    await shot(page, '33-evidence-filtered-360');
    await checkA11y(page, BOTH_THEMES);
    await remove.click();
    await page.waitForURL((url) => !url.searchParams.has('dimension'));
    await until(() => page.getByRole('article').count()).toBe(2);

    // The entry renders its Markdown safely.
    await page.getByRole('link', { name: RFC }).click();
    await page.waitForURL((url) => /^\/evidence\/[^/]+$/.test(url.pathname));
    const link = page.locator('.ev-body').getByRole('link', { name: 'the RFC' });
    await link.waitFor({ state: 'visible' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    await page.getByRole('complementary', { name: 'About this entry' }).getByText('Technical direction').waitFor({ state: 'visible' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, '34-entry-360');
    await checkA11y(page, BOTH_THEMES);

    await expectClean(watched);
  });
});
