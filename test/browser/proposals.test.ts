import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/dates.js';
import { makePerson, todayUtc } from '../support/factories.js';
import { madeProposal } from '../support/proposal-factory.js';
import { apiAs, BOTH_THEMES, browserSetup, checkA11y, expectClean, freshApp, h1, shot, until, waitForWrite } from '../support/browser.js';

/*
 * Evidence proposals in a real browser: two proposals wait at the top of Evidence (reached by
 * the notifications' link); one is accepted after editing its title in the entry form and shows
 * in the timeline with its source; the other is dismissed, brought back with Undo, dismissed
 * again — and the panel goes away when nothing is left. Every visited route is axe-checked.
 */

const ME = { name: 'Riley Writer', email: 'riley@example.com', password: 'correct horse battery' };
const files = browserSetup();
const toasts = (page: Page) => page.locator('.toasts');

describe('evidence proposals journey', () => {
  test('accept one after editing it, dismiss one with Undo, the panel goes when none are left', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const me = await makePerson(app.storage, ME);
    const today = todayUtc();
    await madeProposal(app.storage, me.id, { title: 'RFC-0004 approved: one payments queue', occurredOn: addDays(today, -3), dimensions: ['communication', 'direction'] });
    await madeProposal(app.storage, me.id, { title: 'Reviewed ADR-0002 for Platform', occurredOn: addDays(today, -1), dimensions: ['influence'] });
    const watched = await app.openAs(me);
    const { page } = watched;

    await page.goto('/evidence?proposals=1');
    await until(() => h1(page).textContent()).toBe('Evidence');
    const panel = page.getByRole('region', { name: /Proposed for you/ });
    await panel.waitFor({ state: 'visible' });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Proposed for you (2)');
    const accepted = panel.getByRole('listitem').filter({ hasText: 'RFC-0004 approved' });
    expect(await accepted.textContent()).toContain('From a document');
    expect(await accepted.getByRole('list', { name: 'Dimensions' }).textContent()).toMatch(/Communication/);
    await checkA11y(page, BOTH_THEMES);
    await shot(page, 'proposals');

    // Accept: the entry form, prefilled; the title is edited before saving.
    await accepted.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to your evidence' });
    await dialog.waitFor({ state: 'visible' });
    const title = dialog.getByLabel('What did you do?');
    expect(await title.inputValue()).toBe('RFC-0004 approved: one payments queue');
    await checkA11y(page, { what: 'accept proposal dialog' });
    await shot(page, 'accept-proposal');
    await title.fill('Wrote RFC-0004: one queue for every payment');
    const saved = waitForWrite(page, 'POST', /^\/api\/v1\/evidence\/proposals\/[^/]+\/accept$/);
    await dialog.getByRole('button', { name: 'Add to evidence' }).click();
    expect((await saved).status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });
    await toasts(page).getByText(/Added “Wrote RFC-0004/).waitFor({ state: 'visible' });
    await until(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Proposed for you (1)');
    await page.getByRole('link', { name: 'Wrote RFC-0004: one queue for every payment' }).waitFor({ state: 'visible' });
    const entries = (await apiAs<{ items: { title: string; source: string }[] }>(page, 'GET', '/evidence')).body.items;
    expect(entries).toEqual([expect.objectContaining({ title: 'Wrote RFC-0004: one queue for every payment', source: 'document' })]);

    // Dismiss with Undo: it comes back; dismissed again, the panel goes.
    const other = panel.getByRole('listitem').filter({ hasText: 'Reviewed ADR-0002' });
    let dismissed = waitForWrite(page, 'POST', /^\/api\/v1\/evidence\/proposals\/[^/]+\/dismiss$/);
    await other.getByRole('button', { name: 'Dismiss' }).click();
    expect((await dismissed).status()).toBe(200);
    await panel.waitFor({ state: 'detached' });
    const reopened = waitForWrite(page, 'POST', /^\/api\/v1\/evidence\/proposals\/[^/]+\/reopen$/);
    await toasts(page).getByRole('button', { name: 'Undo' }).click();
    expect((await reopened).status()).toBe(200);
    await panel.getByText('Reviewed ADR-0002 for Platform').waitFor({ state: 'visible' });

    dismissed = waitForWrite(page, 'POST', /^\/api\/v1\/evidence\/proposals\/[^/]+\/dismiss$/);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    expect((await dismissed).status()).toBe(200);
    await panel.waitFor({ state: 'detached' });
    await checkA11y(page, { what: 'evidence without proposals' });

    await expectClean(watched);
  });
});
