import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/dates.js';
import { makeInitiative, makeOutcome, makePerson, todayUtc } from '../support/factories.js';
import { cardOf, recordMeasurement } from '../support/outcomes-ui.js';
import { apiAs, BOTH_THEMES, browserSetup, checkA11y, deliberate, expectClean, freshApp, h1, horizontalOverflow, PHONE, shot, until, waitForWrite } from '../support/browser.js';

/*
 * Outcomes in a real browser, against the real server and the built web app: the empty page
 * teaches what an outcome is; `n` opens "New outcome", a target on the wrong side of the
 * baseline is refused with the words under the target field; two measurements recorded
 * inline draw the chart (baseline and target labelled on it) and the progress in words; a CSV
 * with a bad row names the row and imports nothing, a good one adds its rows; the outcome's
 * own page at 360 px does not scroll sideways; an admin changes when stakeholders go stale.
 * Every visited route is axe-checked; no console errors but the deliberate 400s.
 *
 * Each test has its own server and data (the factories) and a session cookie: no test depends
 * on another, or on their order.
 */

const ADA = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const NAME = 'p99 latency of checkout';

const files = browserSetup();

const toasts = (page: Page) => page.locator('.toasts');
/** Paste CSV into a card's import form and send it; resolves with the answer's status. */
async function importCsv(page: Page, card: Locator, text: string): Promise<number> {
  const form = card.getByRole('form', { name: /^Import measurements of/ });
  if (!(await form.isVisible())) await card.getByText('Import measurements from CSV').click();
  await form.getByLabel('Or paste the rows').fill(text);
  const sent = waitForWrite(page, 'POST', /^\/api\/v1\/outcomes\/[^/]+\/measurements\/import$/);
  await form.getByRole('button', { name: 'Import' }).click();
  return (await sent).status();
}

describe('outcomes journey', () => {
  test('create an outcome, record measurements, see the chart and progress, import CSV', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser, {
      allowed: [
        deliberate(400, /^\/api\/v1\/outcomes$/),
        deliberate(400, /^\/api\/v1\/outcomes\/[^/]+\/measurements\/import$/),
        deliberate(412, /^\/api\/v1\/outcomes\/[^/]+$/),
      ],
    });
    const ada = await makePerson(app.storage, { ...ADA, role: 'admin' });
    const watched = await app.openAs(ada);
    const { page } = watched;
    const today = todayUtc();

    await page.goto('/outcomes');
    await until(() => h1(page).textContent()).toBe('Outcomes');
    await page.getByText(/Outcomes are numbers leadership cares about/).waitFor({ state: 'visible' });
    await checkA11y(page, BOTH_THEMES);

    // `n` opens the dialog; a target above the baseline (lower is better) is refused under "Target".
    await h1(page).click();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New outcome' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('What is measured').fill(NAME);
    await dialog.getByLabel('Unit').fill('ms');
    expect(await dialog.getByLabel('Direction').inputValue()).toBe('lower');
    await dialog.getByLabel('Baseline').fill('800');
    await dialog.getByLabel('Target').fill('900');
    await dialog.getByLabel('Impact').selectOption({ label: 'Performance' });
    await checkA11y(page, { what: 'new outcome dialog' });
    const refused = waitForWrite(page, 'POST', /^\/api\/v1\/outcomes$/);
    await dialog.getByRole('button', { name: 'Add outcome' }).click();
    expect((await refused).status()).toBe(400);
    const target = dialog.getByLabel('Target');
    await until(() => target.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await target.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    expect(await dialog.locator(`[id="${errorId}"]`).textContent()).toMatch(/target must be below the baseline/);
    await checkA11y(page, { what: 'new outcome dialog with an error' });

    await target.fill('200');
    const created = waitForWrite(page, 'POST', /^\/api\/v1\/outcomes$/);
    await dialog.getByRole('button', { name: 'Add outcome' }).click();
    expect((await created).status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });

    const card = cardOf(page, NAME);
    await card.waitFor({ state: 'visible' });
    await card.getByText('No measurement yet').first().waitFor({ state: 'visible' });
    expect(await card.textContent()).not.toMatch(/0%/);

    // Two measurements: the chart appears with its baseline and target lines labelled.
    await recordMeasurement(page, card, '650', addDays(today, -14));
    await recordMeasurement(page, card, '500', addDays(today, -7));
    await until(() => card.locator('.oc-progress-words').textContent()).toBe('50% of the way');
    const chart = card.locator('.oc-chart-box');
    await until(() => chart.locator('svg').first().textContent()).toContain('Baseline 800 ms');
    expect(await chart.locator('svg').first().textContent()).toContain('Target 200 ms');
    expect(await chart.getAttribute('aria-label')).toMatch(/2 measurements from .+; latest 500 ms/);
    expect(await card.textContent()).toContain('lower is better');
    await checkA11y(page, { ...BOTH_THEMES, what: 'outcome with measurements' });
    await shot(page, 'outcomes');

    // A CSV with a bad row: the row is named, nothing is imported.
    const bad = `measuredOn,value,note\n${addDays(today, -6)},480,fine\n${addDays(today, -5)},fast,oops\n`;
    expect(await importCsv(page, card, bad)).toBe(400);
    const problems = card.getByRole('alert');
    await until(() => problems.textContent()).toMatch(/Nothing was imported/);
    expect(await problems.textContent()).toMatch(/In row 2/);
    await checkA11y(page, { what: 'CSV import errors' });
    expect(await card.locator('.oc-measurements > summary').textContent()).toBe('2 measurements');

    // A good CSV: its rows are added.
    const good = `measuredOn,value,note\n${addDays(today, -3)},450,after the cache change\n${addDays(today, -1)},380,\n`;
    expect(await importCsv(page, card, good)).toBe(200);
    await card.getByText('Imported 2 measurements.').first().waitFor({ state: 'visible' });
    await until(() => card.locator('.oc-measurements > summary').textContent()).toBe('4 measurements');

    // The outcome's own page: the larger chart and the measurements table.
    await card.getByRole('link', { name: NAME }).click();
    await page.waitForURL(/\/outcomes\/[^/]+$/);
    await until(() => h1(page).textContent()).toBe(NAME);
    const table = page.getByRole('table', { name: /Measurements \(4\)/ });
    await table.waitFor({ state: 'visible' });
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').first().textContent()).toContain('380 ms');
    await checkA11y(page, BOTH_THEMES);
    await shot(page, 'outcome-detail');

    // Edit while someone else saves: both versions are shown, and keeping mine saves it on top.
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit outcome' });
    await edit.getByLabel('What is measured').fill(`${NAME} (EU)`);
    expect((await apiAs(page, 'PATCH', `/outcomes/${id}`, { unit: 'milliseconds' })).status).toBe(200);
    const stale = waitForWrite(page, 'PATCH', /^\/api\/v1\/outcomes\/[^/]+$/);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    expect((await stale).status()).toBe(412);
    await edit.getByRole('heading', { name: 'This outcome changed while you were editing' }).waitFor({ state: 'visible' });
    await checkA11y(page, { what: 'outcome conflict' });
    const kept = waitForWrite(page, 'PATCH', /^\/api\/v1\/outcomes\/[^/]+$/);
    await edit.getByRole('button', { name: 'Keep my changes' }).click();
    expect((await kept).status()).toBe(200);
    await edit.waitFor({ state: 'hidden' });
    await until(() => h1(page).textContent()).toBe(`${NAME} (EU)`);
    expect((await apiAs<{ unit: string }>(page, 'GET', `/outcomes/${id}`)).body.unit).toBe('milliseconds');

    // Delete asks once, then the list is empty again.
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: /^Delete/ });
    await confirm.getByRole('button', { name: 'Delete outcome' }).click();
    await page.waitForURL((url) => url.pathname === '/outcomes');
    await page.getByText(/Outcomes are numbers leadership cares about/).waitFor({ state: 'visible' });

    await expectClean(watched);
  });

  test('the outcome page at 360 px, and an admin changes when stakeholders go stale', { timeout: 90_000 }, async () => {
    const app = await freshApp(files.browser);
    const ada = await makePerson(app.storage, { ...ADA, role: 'admin' });
    const today = todayUtc();
    const initiative = await makeInitiative(app.storage, ada.id, { title: 'Faster checkout' });
    const outcome = await makeOutcome(app.storage, ada.id, { name: NAME, initiativeId: initiative.id }, [
      [700, addDays(today, -20)],
      [560, addDays(today, -10)],
      [410, addDays(today, -2)],
    ]);
    const watched = await app.openAs(ada, PHONE);
    const { page } = watched;

    await page.goto('/outcomes');
    const card = cardOf(page, NAME);
    await card.waitFor({ state: 'visible' });
    await card.getByRole('link', { name: 'Faster checkout' }).waitFor({ state: 'visible' });
    await until(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await checkA11y(page, BOTH_THEMES);

    await page.goto(`/outcomes/${outcome.id}`);
    await until(() => h1(page).textContent()).toBe(NAME);
    await page.locator('.oc-chart-box svg').first().waitFor({ state: 'visible' });
    await page.getByRole('link', { name: 'Faster checkout' }).waitFor({ state: 'visible' });
    expect(await page.locator('.oc-progress-words').textContent()).toBe('65% of the way');
    await until(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await checkA11y(page, BOTH_THEMES);
    await shot(page, 'outcome-detail-phone');

    await page.goto('/admin/settings');
    await until(() => h1(page).textContent()).toBe('Organisation');
    const days = page.getByLabel('Stakeholders become stale after this many days without contact');
    await days.waitFor({ state: 'visible' });
    const before = (await apiAs<{ stakeholderStaleDays: number }>(page, 'GET', '/settings')).body.stakeholderStaleDays;
    expect(await days.inputValue()).toBe(String(before));
    await days.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await until(() => days.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Use a whole number of days from 1 to 365.').waitFor({ state: 'visible' });
    await checkA11y(page, { what: 'stale days with an error' });

    await days.fill('45');
    const saved = waitForWrite(page, 'PATCH', /^\/api\/v1\/settings$/);
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await toasts(page).getByText(/stakeholders become stale after 45 days/).waitFor({ state: 'visible' });
    expect((await apiAs<{ stakeholderStaleDays: number }>(page, 'GET', '/settings')).body.stakeholderStaleDays).toBe(45);
    await until(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await checkA11y(page);
    await shot(page, 'admin-settings-phone');

    await expectClean(watched);
  });
});
