import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, deliberate, h1, horizontalOverflow, injectedStyleElements, journeySetup, openPage as openWatchedPage, setUp, shot, signIn } from '../support/browser.js';

/*
 * The evidence journey in a real browser, against the real server and the built web app:
 * set-up → the empty evidence log teaches what to log → `c` on home → type a win → the
 * suggested metric is confirmed → Enter saves → toast → Evidence → search → open → edit the
 * title (and survive a conflicting save from elsewhere) → delete → Undo restores it.
 * Then quick capture on a 360 px phone, with details, Markdown preview and search snippets.
 * No console errors (CSP violations land there) and no injected <style> elements.
 *
 * Never downloads a browser: it drives the system Chromium (test/support/browser.ts).
 * Set STAFFPATH_SCREENSHOTS=/some/dir to keep screenshots (light and dark) of the main screens.
 */

const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const WIN = 'Cut checkout p99 from 800 ms to 200 ms';
const EDITED = 'Cut checkout p99 from 800 ms to 180 ms';

const journey = journeySetup();

/** A watched page; the conflict step saves a stale version on purpose, and 412 is the contract's answer. */
const openPage = (viewport: { width: number; height: number }) =>
  openWatchedPage(journey.browser, journey.server.url, viewport, [deliberate(412, /^\/api\/v1\/evidence\/[^/?]+$/)]);

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
  test('capture with `c`, search, open, edit through a conflict, delete and undo', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage({ width: 1440, height: 900 });
    try {
      // Set-up creates the first account and lands on home.
      await setUp(page, ADMIN);
      await expect.poll(() => h1(page).textContent()).toBe('Welcome, Ada');

      // Nothing logged yet: home nudges, and the evidence log teaches what belongs there.
      await expect.poll(() => page.getByRole('heading', { name: 'Nothing logged this week' }).isVisible()).toBe(true);
      await shot(page, '20-home-nudge');
      const rail = page.getByRole('navigation', { name: 'Main' });
      await rail.getByRole('link', { name: 'Evidence' }).click();
      await page.waitForURL((url) => url.pathname === '/evidence');
      await expect.poll(() => h1(page).textContent()).toBe('Evidence');
      await expect.poll(() => page.getByRole('heading', { name: 'Start your brag document' }).isVisible()).toBe(true);
      expect(await page.getByRole('list', { name: 'Examples of entries' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByRole('button', { name: 'Log your first entry' }).isVisible()).toBe(true);
      await shot(page, '21-evidence-empty');

      // `c` on home opens quick capture with the title line focused.
      await rail.getByRole('link', { name: 'Home' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => h1(page).textContent()).toBe('Welcome, Ada');
      await pressOnPage(page, 'c');
      const capture = page.getByRole('dialog', { name: 'Log evidence' });
      await capture.waitFor({ state: 'visible' });
      const title = capture.getByLabel('What did you do?');
      await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(WIN);

      // The metric in the text is suggested; one click confirms it.
      const suggestion = capture.getByRole('button', { name: /^Add suggested metric: checkout p99/ });
      await suggestion.waitFor({ state: 'visible' });
      await shot(page, '22-capture-suggestion');
      await suggestion.click();
      const confirmed = capture.getByRole('list', { name: 'Metrics to save' });
      await expect.poll(() => confirmed.textContent()).toMatch(/checkout p99.*800 → 200 ms/);
      expect(await capture.getByRole('button', { name: /^Add suggested metric: checkout p99/ }).count()).toBe(0);

      // Enter saves; a toast confirms with an Undo.
      await page.keyboard.press('Enter');
      await capture.waitFor({ state: 'hidden' });
      await expect.poll(() => toasts(page).getByText(/^Logged “Cut checkout p99/).isVisible()).toBe(true);
      expect(await toasts(page).getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);

      // Home now lists it, and the nudge is gone.
      const recent = page.getByRole('region', { name: 'Recent evidence' });
      await expect.poll(() => recent.getByRole('link', { name: WIN }).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Nothing logged this week' }).count()).toBe(0);
      await shot(page, '23-home-recent');

      // The timeline shows it this week, with its metric.
      await rail.getByRole('link', { name: 'Evidence' }).click();
      await page.waitForURL((url) => url.pathname === '/evidence');
      const thisWeek = page.getByRole('region', { name: /This week/ });
      await expect.poll(() => thisWeek.getByRole('link', { name: WIN }).isVisible()).toBe(true);
      expect(await thisWeek.getByRole('list', { name: 'Metrics' }).textContent()).toMatch(/800 → 200 ms/);
      // Month grouping is a toggle, kept in the URL.
      await page.getByRole('button', { name: 'Month' }).click();
      await page.waitForURL((url) => url.searchParams.get('group') === 'month');
      await expect.poll(() => page.getByRole('region', { name: /This month/ }).isVisible()).toBe(true);
      await shot(page, '24-evidence-timeline');

      // Search as you type: `/` focuses the box; the query lands in the URL; the match is marked.
      await pressOnPage(page, '/');
      await page.keyboard.type('checkout');
      await page.waitForURL((url) => url.searchParams.get('q') === 'checkout');
      const results = page.getByRole('list', { name: 'Search results' });
      await expect.poll(() => results.getByRole('link', { name: WIN }).isVisible()).toBe(true);
      await expect.poll(() => results.locator('mark').first().textContent()).toBe('checkout');
      await shot(page, '25-evidence-search');
      // A search that matches nothing says so.
      await page.getByLabel('Search evidence').fill('kubernetes');
      await page.waitForURL((url) => url.searchParams.get('q') === 'kubernetes');
      await expect.poll(() => page.getByRole('heading', { name: 'Nothing matches “kubernetes”' }).isVisible()).toBe(true);
      await page.getByLabel('Search evidence').fill('checkout');
      await page.waitForURL((url) => url.searchParams.get('q') === 'checkout');

      // Open it.
      await results.getByRole('link', { name: WIN }).click();
      await page.waitForURL((url) => /^\/evidence\/[^/]+$/.test(url.pathname));
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      await expect.poll(() => h1(page).textContent()).toBe(WIN);
      expect(await page.getByRole('complementary', { name: 'About this entry' }).getByText('800 → 200 ms', { exact: false }).isVisible()).toBe(true);
      await shot(page, '26-entry');

      // Edit the title in place; meanwhile the entry changes elsewhere.
      await page.getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Edit entry' });
      await form.getByLabel('Title').fill(EDITED);
      await patchElsewhere(page, id, { body: 'Moved the price lookup into the cart service.' });
      await form.getByRole('button', { name: 'Save changes' }).click();

      // The conflict shows both versions; keeping my changes keeps theirs too.
      const conflict = page.getByRole('region', { name: 'This entry changed while you were editing' });
      await conflict.waitFor({ state: 'visible' });
      const table = conflict.getByRole('table', { name: 'Your version and the saved version' });
      expect(await table.getByText(EDITED).isVisible()).toBe(true);
      expect(await table.getByText(WIN).isVisible()).toBe(true);
      expect(await table.getByText('Moved the price lookup into the cart service.').isVisible()).toBe(true);
      await shot(page, '27-entry-conflict');
      await conflict.getByRole('button', { name: 'Keep my changes' }).click();
      await expect.poll(() => h1(page).textContent()).toBe(EDITED);
      await expect.poll(() => toasts(page).getByText('Saved.').isVisible()).toBe(true);
      expect(await page.locator('.ev-body').getByText('Moved the price lookup into the cart service.').isVisible()).toBe(true);

      // A second edit, with no conflict, saves straight away.
      await page.getByRole('button', { name: 'Edit' }).click();
      await form.getByLabel('Title').fill(`${EDITED}.`);
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => h1(page).textContent()).toBe(`${EDITED}.`);

      // Delete: back to the list, with Undo.
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.waitForURL((url) => url.pathname === '/evidence');
      const undo = toasts(page).getByRole('button', { name: 'Undo' });
      await expect.poll(() => toasts(page).getByText(/^Moved “Cut checkout/).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('heading', { name: 'Start your brag document' }).isVisible()).toBe(true);
      await undo.last().click();
      await expect.poll(() => toasts(page).getByText(/^Restored “Cut checkout/).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('link', { name: `${EDITED}.` }).isVisible()).toBe(true);

      // The trash is empty again.
      await page.goto('/evidence?deleted=true');
      await expect.poll(() => h1(page).textContent()).toBe('Trash');
      await expect.poll(() => page.getByRole('heading', { name: 'The trash is empty' }).isVisible()).toBe(true);

      // The palette and the shortcuts list know about quick capture.
      await page.keyboard.press('Control+K');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.waitFor({ state: 'visible' });
      await page.keyboard.type('log evidence');
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'hidden' });
      await capture.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await capture.waitFor({ state: 'hidden' });
      await pressOnPage(page, 'Shift+Slash');
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await shortcuts.waitFor({ state: 'visible' });
      expect(await shortcuts.getByText('Log evidence (quick capture)').isVisible()).toBe(true);
      await page.keyboard.press('Escape');

      expect(await injectedStyleElements(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('quick capture on a 360 px phone, with details and a Markdown preview', { timeout: 90_000 }, async () => {
    const { context, page, errors } = await openPage({ width: 360, height: 740 });
    try {
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === '/signin');
      await signIn(page, ADMIN);
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => h1(page).textContent()).toBe('Welcome, Ada');

      // No keyboard on a phone: the top bar has a button.
      await page.getByRole('banner').getByRole('button', { name: 'Log evidence' }).click();
      const capture = page.getByRole('dialog', { name: 'Log evidence' });
      await capture.waitFor({ state: 'visible' });
      await capture.getByLabel('What did you do?').fill('Wrote the checkout RFC and reduced payment cost by 30%');
      const suggestion = capture.getByRole('button', { name: /^Add suggested metric: .*cost/ });
      await suggestion.waitFor({ state: 'visible' });
      await suggestion.click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, '30-capture-360');

      // More: details in Markdown with a preview, a dimension, an impact, a team, a link.
      await capture.getByRole('button', { name: 'More details' }).click();
      await capture.getByRole('textbox', { name: 'Details' }).fill('Three teams **agreed** on one checkout plan. See [the RFC](https://example.com/rfc).');
      await capture.getByRole('tab', { name: 'Preview' }).click();
      const preview = capture.getByRole('tabpanel', { name: 'Preview' });
      await expect.poll(() => preview.locator('strong').textContent()).toBe('agreed');
      expect(await preview.getByRole('link', { name: 'the RFC' }).getAttribute('rel')).toBe('noopener noreferrer');
      await capture.getByRole('tab', { name: 'Write' }).click();
      await capture.getByLabel('Technical direction').check();
      await capture.getByLabel('Impact', { exact: true }).selectOption('cost');
      await capture.getByLabel('Teams', { exact: true }).fill('Payments');
      await capture.getByLabel('Teams', { exact: true }).press('Enter');
      await capture.getByLabel('Links', { exact: true }).fill('https://example.com/rfc');
      await capture.getByLabel('Links', { exact: true }).press('Enter');
      expect(await capture.getByRole('list', { name: 'Chosen teams' }).textContent()).toContain('Payments');
      expect(await capture.getByRole('list', { name: 'Chosen links' }).textContent()).toContain('https://example.com/rfc');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, '31-capture-more-360');
      await capture.getByRole('button', { name: 'Save' }).click();
      await capture.waitFor({ state: 'hidden' });
      await expect.poll(() => toasts(page).getByText(/^Logged “Wrote the checkout RFC/).isVisible()).toBe(true);

      // Find both through search; the details' match shows as a marked snippet.
      await page.goto('/evidence?q=checkout');
      const results = page.getByRole('list', { name: 'Search results' });
      await expect.poll(() => results.getByRole('article').count()).toBe(2);
      await expect.poll(() => results.locator('.ev-snippet mark').first().textContent()).toBe('checkout');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, '32-evidence-search-360');

      // Filters live in the URL: a dimension narrows the timeline to the entry that has it.
      await page.goto('/evidence');
      await expect.poll(() => page.getByRole('article').count()).toBe(2);
      await page.getByRole('button', { name: 'Dimensions' }).click();
      await page.getByRole('menuitemcheckbox', { name: 'Technical direction' }).click();
      await page.waitForURL((url) => url.searchParams.getAll('dimension').join() === 'direction');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('article').count()).toBe(1);
      expect(await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: Technical direction' }).isVisible()).toBe(true);
      await shot(page, '33-evidence-filtered-360');
      await page.getByRole('button', { name: 'Remove filter: Technical direction' }).click();
      await page.waitForURL((url) => !url.searchParams.has('dimension'));
      await expect.poll(() => page.getByRole('article').count()).toBe(2);

      // The entry renders its Markdown safely.
      await page.goto('/evidence?q=checkout');
      await expect.poll(() => results.getByRole('article').count()).toBe(2);

      await results.getByRole('link', { name: /^Wrote the checkout RFC/ }).click();
      await page.waitForURL((url) => /^\/evidence\/[^/]+$/.test(url.pathname));
      const link = page.locator('.ev-body').getByRole('link', { name: 'the RFC' });
      await link.waitFor({ state: 'visible' });
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await page.getByRole('complementary', { name: 'About this entry' }).getByText('Technical direction').isVisible()).toBe(true);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, '34-entry-360');

      expect(await injectedStyleElements(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
