import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiAs, deliberate, h1, horizontalOverflow, injectedStyleElements, journeySetup, openPage, setUp, shot, signIn, type Watched } from '../support/browser.js';

/*
 * The framework journey in a real browser, against the real server and the built web app:
 * set-up (an admin) → a report of the admin's → as the report: the framework's expectations,
 * a self-assessment on all six dimensions (one "between levels") saved and shared → the
 * side-by-side table, the radar chart and readiness with its reasons → the seven-step plan on
 * home, ticked → as the admin: a manager assessment of the report, shared → as the report:
 * both side by side with the difference marked, and a notification → as the admin: import the
 * four-level example framework and activate it; the framework page follows it; a broken file
 * is refused with errors that name the line. Then the same screens at 360 px.
 * No console errors (but deliberate 4xx), no injected <style>.
 */

const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const REPORT = { name: 'Rey Report', email: 'rey@example.com', password: 'rey-initial-password' };

/** The six dimensions of the default framework and the report's own view of them. */
const SELF: { name: string; level: string; towards?: boolean }[] = [
  { name: 'Scope', level: 'Staff' },
  { name: 'Technical direction', level: 'Senior', towards: true },
  { name: 'Communication', level: 'Staff' },
  { name: 'Influence', level: 'Senior' },
  { name: 'Mentoring', level: 'Staff' },
  { name: 'Business impact', level: 'Senior' },
];

const FOUR_LEVELS = readFileSync(fileURLToPath(new URL('../../frameworks/example-four-levels.yaml', import.meta.url)), 'utf8');
const BROKEN = 'id: broken-ladder\nname: Broken ladder\nversion: 1\nlevels:\n  - id: one\n    name: [unclosed\n  - id: two\n    name: Two\n';

const open: Watched[] = [];
const journey = journeySetup(async () => {
  for (const w of open) await w.context.close().catch(() => {});
});

async function watched(viewport = { width: 1440, height: 900 }): Promise<Watched> {
  // The broken framework file is refused on purpose: 400 is the contract's answer.
  const w = await openPage(journey.browser, journey.server.url, viewport, [deliberate(400, /^\/api\/v1\/frameworks\/import$/)]);
  open.push(w);
  return w;
}

const toasts = (page: Page) => page.locator('.toasts');
const rail = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Fill the assessment form: one level per dimension, "between levels" where asked. */
async function rate(page: Page, ratings: { name: string; level: string; towards?: boolean }[]) {
  for (const r of ratings) {
    const row = page.getByRole('group', { name: r.name, exact: true });
    await row.getByLabel('Level', { exact: true }).selectOption({ label: r.level });
    const between = row.getByLabel('Between this and the next level');
    if (r.towards) await between.check();
    else expect(await between.isChecked()).toBe(false);
  }
}

async function shareAssessment(page: Page, kindLabel: string) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const confirm = page.getByRole('dialog', { name: `Share this ${kindLabel}?` });
  await confirm.waitFor({ state: 'visible' });
  expect(await confirm.textContent()).toMatch(/final/);
  expect(await confirm.textContent()).toMatch(/visible to/);
  await confirm.getByRole('button', { name: 'Share', exact: true }).click();
  await confirm.waitFor({ state: 'hidden' });
}

async function expectClean(w: Watched) {
  expect(await injectedStyleElements(w.page)).toBe(0);
  expect(w.errors).toEqual([]);
}

describe('framework journey', () => {
  let reportId = '';

  test('self-assessment, manager assessment side by side, readiness, plan, notifications, framework import', { timeout: 180_000 }, async () => {
    // ------------------------------------------------------------ set-up, and a report
    const admin = await watched();
    await setUp(admin.page, ADMIN);
    await expect.poll(() => h1(admin.page).textContent()).toBe('Welcome, Ada');
    const me = await apiAs<{ person: { id: string } }>(admin.page, 'GET', '/me');
    const created = await apiAs<{ id: string }>(admin.page, 'POST', '/people', { ...REPORT, managerId: me.body.person.id, targetLevel: 'staff' });
    expect(created.status).toBe(201);
    reportId = created.body.id;

    // ------------------------------------------------------------ the report: expectations
    const report = await watched();
    const r = report.page;
    await r.goto('/');
    await signIn(r, REPORT);
    await r.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => h1(r).textContent()).toBe('Welcome, Rey');

    await rail(r).getByRole('link', { name: 'Framework', exact: true }).click();
    await r.waitForURL((url) => url.pathname === '/framework');
    await expect.poll(() => h1(r).textContent()).toBe('Framework');
    await expect.poll(() => r.getByRole('heading', { name: 'What Staff means here' }).isVisible()).toBe(true);
    expect(await r.getByText('staffpath default ladder · version 1').first().isVisible()).toBe(true);
    const levels = r.getByRole('group', { name: 'Level to show' });
    expect(await levels.getByRole('button').allTextContents()).toEqual(['Senior', 'Staff (target)', 'Principal']);
    const expectations = r.getByRole('list', { name: 'Expectations of Staff per dimension' });
    expect(await expectations.getByRole('heading', { level: 3 }).allTextContents()).toEqual(SELF.map((d) => d.name));
    // The extras of the default framework: the five scope questions, artifacts, practices.
    expect(await expectations.getByText('The five scope questions').count()).toBeGreaterThan(0);
    await r.getByText(/^More about scope/).click();
    await expect.poll(() => expectations.getByText(/Which teams does this problem touch/).isVisible()).toBe(true);
    // The level switcher shows another level and keeps it in the URL.
    await levels.getByRole('button', { name: 'Principal' }).click();
    await r.waitForURL((url) => url.searchParams.get('level') === 'principal');
    await expect.poll(() => r.getByRole('heading', { name: 'What Principal means here' }).isVisible()).toBe(true);
    await levels.getByRole('button', { name: /^Staff/ }).click();
    await r.waitForURL((url) => !url.searchParams.has('level'));
    await expect.poll(() => r.getByRole('heading', { name: 'No assessments yet' }).isVisible()).toBe(true);

    // ------------------------------------------------------------ the report rates themselves
    await r.getByRole('link', { name: 'Rate yourself' }).first().click();
    await r.waitForURL((url) => url.pathname === '/framework/assess/me' && url.searchParams.get('kind') === 'self');
    await expect.poll(() => h1(r).textContent()).toBe('Rate yourself');
    await rate(r, SELF);
    await r.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Note').fill('The checkout migration touched three teams.');
    await r.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => toasts(r).getByText(/^Draft saved/).isVisible()).toBe(true);
    await expect.poll(() => r.getByText(/6 of 6 rated · Draft saved/).isVisible()).toBe(true);
    await shot(r, '40-assess-self');
    await shareAssessment(r, 'self-assessment');
    await r.waitForURL((url) => url.pathname === '/framework');
    await expect.poll(() => toasts(r).getByText(/^Self-assessment shared/).isVisible()).toBe(true);

    // Side by side (only self so far), the radar chart, readiness with reasons.
    const table = r.getByRole('table', { name: /Your self-assessment beside the manager/ });
    await table.waitFor({ state: 'visible' });
    expect(await table.getByRole('row', { name: /Technical direction/ }).getByRole('cell').first().textContent()).toBe('Senior → Staff');
    const radar = r.locator('svg .recharts-radar');
    await expect.poll(() => radar.count()).toBeGreaterThanOrEqual(2); // target and self
    expect(await r.getByRole('img', { name: /^Radar chart of 6 dimensions/ }).isVisible()).toBe(true);
    expect(await r.getByRole('list', { name: 'Legend' }).textContent()).toMatch(/Self.*Target/);
    const readiness = r.getByRole('list', { name: 'Readiness for Staff per dimension' });
    await readiness.waitFor({ state: 'visible' });
    const reasons = readiness.getByRole('list', { name: /^Why / });
    expect(await reasons.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const first = reasons.nth(i).getByRole('listitem').first();
      expect(await first.isVisible()).toBe(true);
      expect(await first.textContent()).toMatch(/\w+ .*\./); // a sentence
    }
    // What to do next: the evidence of that dimension, and logging some (tagged with it).
    const scopeNext = r.getByRole('group', { name: 'What to do next for Scope' });
    expect(await scopeNext.getByRole('link', { name: 'Your scope evidence' }).getAttribute('href')).toBe('/evidence?dimension=scope');
    await scopeNext.getByRole('button', { name: 'Log evidence' }).click();
    const capture = r.getByRole('dialog', { name: 'Log evidence' });
    await capture.waitFor({ state: 'visible' });
    expect(await capture.getByRole('list', { name: 'Dimensions' }).textContent()).toBe('Scope');
    await r.keyboard.type('Aligned three teams on one checkout migration plan');
    await r.keyboard.press('Enter');
    await capture.waitFor({ state: 'hidden' });
    await expect.poll(() => toasts(r).getByText(/^Logged “Aligned three teams/).isVisible()).toBe(true);
    await shot(r, '41-framework-self');

    // ------------------------------------------------------------ home: readiness lines and the plan
    await rail(r).getByRole('link', { name: 'Home' }).click();
    await r.waitForURL((url) => url.pathname === '/');
    const lines = r.getByRole('list', { name: 'Readiness per dimension' });
    await expect.poll(() => lines.getByRole('listitem').count()).toBe(6);
    const scopeLine = lines.getByRole('button', { name: /^Scope/ });
    await scopeLine.hover();
    await expect.poll(() => lines.getByRole('tooltip').filter({ visible: true }).count()).toBe(1);
    await scopeLine.click(); // touch: the reasons stay open
    expect(await scopeLine.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => lines.locator('.ready-reasons:not([hidden]) li').first().isVisible()).toBe(true);

    const plan = r.getByRole('region', { name: 'Your plan' });
    const steps = plan.getByRole('listitem');
    await expect.poll(() => steps.count()).toBe(7);
    await expect.poll(() => plan.getByText('0 of 7 done').isVisible()).toBe(true);
    expect(await plan.getByText(/Tick it yourself/).count()).toBeGreaterThan(0); // manual steps say how
    await plan.getByLabel(/Choose one problem of cross-team or business importance/).check();
    await expect.poll(() => plan.getByText('1 of 7 done').isVisible()).toBe(true);
    expect(await plan.getByLabel(/Choose one problem/).isChecked()).toBe(true);
    await shot(r, '42-home-plan');

    // ------------------------------------------------------------ the admin assesses the report as their manager
    const a = admin.page;
    await rail(a).getByRole('link', { name: 'People', exact: true }).first().click();
    await a.waitForURL((url) => url.pathname === '/people');
    await a.getByRole('link', { name: `Assess ${REPORT.name}` }).click();
    await a.waitForURL((url) => url.pathname === `/framework/assess/${reportId}` && url.searchParams.get('kind') === 'manager');
    await expect.poll(() => h1(a).textContent()).toBe(`Assess ${REPORT.name}`);
    expect(await a.getByRole('group', { name: 'Kind of assessment' }).getByRole('button', { name: 'As their manager' }).getAttribute('aria-pressed')).toBe('true');
    await rate(a, [
      { name: 'Scope', level: 'Senior', towards: true }, // self says Staff: half a level apart
      { name: 'Technical direction', level: 'Senior', towards: true },
      { name: 'Communication', level: 'Staff' },
      { name: 'Influence', level: 'Staff' }, // self says Senior: one level apart
      { name: 'Mentoring', level: 'Staff' },
      { name: 'Business impact', level: 'Senior' },
    ]);
    await shareAssessment(a, 'manager assessment');
    await a.waitForURL((url) => url.pathname === '/framework' && url.searchParams.get('person') === reportId);
    await expect.poll(() => h1(a).textContent()).toBe(`${REPORT.name}: framework`);
    await a.getByRole('table', { name: /Rey's self-assessment beside the manager/ }).waitFor({ state: 'visible' });
    await shot(a, '43-framework-manager-view');

    // ------------------------------------------------------------ the report: both side by side, and a notification
    await r.goto('/framework');
    const bell = r.getByRole('button', { name: /^Notifications, 1 unread$/ });
    await bell.waitFor({ state: 'visible' });
    const both = r.getByRole('table', { name: /Your self-assessment beside the manager/ });
    await both.waitFor({ state: 'visible' });
    const scopeRow = both.getByRole('row', { name: /^Scope/ });
    await expect.poll(() => scopeRow.textContent()).toMatch(/StaffSenior → StaffDiffers by half a level \(manager rates lower\)/);
    expect(await scopeRow.getAttribute('class')).toContain('fw-row-differs');
    expect(await both.getByRole('row', { name: /^Influence/ }).textContent()).toMatch(/Differs by one level \(manager rates higher\)/);
    expect(await both.getByRole('row', { name: /^Mentoring/ }).textContent()).toMatch(/Same level/);
    expect(await both.textContent()).toMatch(/2 dimensions differ/);
    await expect.poll(() => r.locator('svg .recharts-radar').count()).toBe(3); // target, manager, self
    await bell.click();
    const menu = r.getByRole('menu');
    const item = menu.getByRole('menuitem', { name: /Ada Admin shared a manager assessment of you/ });
    await item.waitFor({ state: 'visible' });
    await shot(r, '44-notifications');
    await item.click();
    await r.waitForURL((url) => url.pathname === '/framework');
    await expect.poll(() => r.getByRole('button', { name: 'Notifications, none unread' }).isVisible()).toBe(true);
    // The history lists both, in order, each expandable.
    const history = r.getByRole('list', { name: 'History' });
    await expect
      .poll(() => history.getByRole('listitem').allTextContents())
      .toEqual([expect.stringMatching(/^Self-assessment by you/), expect.stringMatching(/^Manager assessment by Ada Admin/)]);
    await history.locator('summary').first().click();
    await expect.poll(() => history.getByText('The checkout migration touched three teams.').isVisible()).toBe(true);
    // The manager's assessment ticks the first step of the plan by itself.
    const planNow = await apiAs<{ steps: { id: string; detected: boolean | null }[] }>(r, 'GET', '/people/me/plan');
    expect(planNow.body.steps.find((s) => s.id === 'get-expectations')?.detected).toBe(true);
    await shot(r, '45-framework-side-by-side');

    // ------------------------------------------------------------ the admin: Admin › Frameworks
    await rail(a).getByRole('list', { name: 'Admin' }).getByRole('link', { name: 'Frameworks' }).click();
    await a.waitForURL((url) => url.pathname === '/admin/frameworks');
    await expect.poll(() => h1(a).textContent()).toBe('Frameworks');
    const list = a.getByRole('list', { name: 'Frameworks' });
    await expect.poll(() => list.getByRole('heading', { name: /staffpath default ladder/ }).textContent()).toMatch(/Active/);

    // A broken file is refused, and the problem names its line.
    await a.getByLabel('Framework file (YAML or JSON)').fill(BROKEN);
    await a.getByRole('button', { name: 'Import' }).click();
    const problems = a.getByRole('list', { name: 'Problems in the file' });
    await problems.waitFor({ state: 'visible' });
    expect(await problems.getByRole('listitem').first().textContent()).toMatch(/^line \d+( \([^)]+\))?: \S/);
    await shot(a, '46-admin-frameworks-error');

    // The four-level example, activated on import.
    await a.getByLabel('Framework file (YAML or JSON)').fill(FOUR_LEVELS);
    expect(await a.getByLabel('Activate after import').isChecked()).toBe(true);
    await a.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => toasts(a).getByText(/^Imported Example four-level ladder, version 1 and activated it\./).isVisible()).toBe(true);
    await expect.poll(() => list.getByRole('heading', { name: /Example four-level ladder/ }).textContent()).toMatch(/Active/);
    expect(await list.getByRole('heading', { name: /staffpath default ladder/ }).textContent()).not.toMatch(/Active/);
    expect(await list.getByRole('link', { name: 'Export Example four-level ladder as YAML' }).getAttribute('href')).toMatch(/^\/api\/v1\/frameworks\/[^/]+\/export$/);
    await shot(a, '47-admin-frameworks');

    // The framework page follows: its five dimensions and four levels.
    await rail(a).getByRole('link', { name: 'Framework', exact: true }).click();
    await a.waitForURL((url) => url.pathname === '/framework');
    const fourLevels = a.getByRole('group', { name: 'Level to show' });
    await expect.poll(() => fourLevels.getByRole('button').allTextContents()).toEqual(['Engineer', 'Senior Engineer', 'Lead Engineer', 'Architect']);
    const dims = a.getByRole('list', { name: /^Expectations of .* per dimension$/ });
    expect(await dims.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Craft', 'Delivery', 'Leadership', 'Collaboration', 'Business']);
    // The admin's target level (Staff) is not in this ladder: the page says so, and offers a choice.
    expect(await a.getByText(/is not a level of this framework/).isVisible()).toBe(true);
    await a.getByLabel('Target level', { exact: true }).selectOption({ label: 'Lead Engineer' });
    await expect.poll(() => a.getByRole('heading', { name: 'What Lead Engineer means here' }).isVisible()).toBe(true);
    await expect.poll(() => a.getByRole('heading', { name: 'Readiness for Lead Engineer' }).isVisible()).toBe(true);
    await expect.poll(() => a.getByRole('list', { name: 'Readiness for Lead Engineer per dimension' }).getByRole('listitem').filter({ has: a.getByRole('heading') }).count()).toBe(5);
    await shot(a, '48-framework-four-levels');

    // The capture dialog speaks the new framework too.
    await a.getByRole('banner').getByRole('button', { name: 'Log evidence' }).click();
    const capture2 = a.getByRole('dialog', { name: 'Log evidence' });
    await capture2.getByRole('button', { name: 'More details' }).click();
    await expect.poll(() => capture2.getByLabel('Craft').isVisible()).toBe(true);
    await a.keyboard.press('Escape');
    await capture2.waitFor({ state: 'hidden' });

    // Activating another framework asks once; then back to the four-level one.
    await rail(a).getByRole('list', { name: 'Admin' }).getByRole('link', { name: 'Frameworks' }).click();
    await a.waitForURL((url) => url.pathname === '/admin/frameworks');
    for (const name of ['staffpath default ladder', 'Example four-level ladder']) {
      const item = list.getByRole('listitem').filter({ has: a.getByRole('heading', { name: new RegExp(name) }) });
      await item.getByRole('button', { name: 'Activate' }).click();
      const confirm = a.getByRole('dialog', { name: 'Activate this framework?' });
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.textContent()).toContain(name);
      await confirm.getByRole('button', { name: 'Activate' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await expect.poll(() => item.getByRole('heading').textContent()).toMatch(/Active/);
    }

    for (const w of [admin, report]) await expectClean(w);
  });

  test('the framework screens at 360 px', { timeout: 90_000 }, async () => {
    const phone = await watched({ width: 360, height: 740 });
    const p = phone.page;
    await p.goto('/');
    await signIn(p, REPORT);
    await p.waitForURL((url) => url.pathname === '/');
    // The report aims at Staff, which the four-level ladder does not have: home says so; they choose anew.
    await expect.poll(() => p.getByText(/Your target level is not a level of the current framework/).isVisible()).toBe(true);
    await p.getByLabel('Target level', { exact: true }).selectOption({ label: 'Lead Engineer' });
    await expect.poll(() => p.getByRole('heading', { name: 'Readiness for Lead Engineer' }).isVisible()).toBe(true);
    await expect.poll(() => p.getByRole('list', { name: 'Readiness per dimension' }).getByRole('listitem').count()).toBe(5);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '50-home-360');

    // `g f` goes to the framework page.
    await h1(p).click();
    await p.keyboard.press('g');
    await p.keyboard.press('f');
    await p.waitForURL((url) => url.pathname === '/framework');
    await expect.poll(() => p.getByRole('group', { name: 'Level to show' }).getByRole('button').count()).toBe(4);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '51-framework-360');

    await p.goto('/framework/assess/me?kind=self');
    await expect.poll(() => p.getByRole('group', { name: 'Craft', exact: true }).isVisible()).toBe(true);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '52-assess-360');

    await p.getByRole('button', { name: /^Notifications/ }).click();
    await p.getByRole('menu').waitFor({ state: 'visible' });
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await p.keyboard.press('Escape');

    // The command palette reaches the framework and its actions.
    await p.keyboard.press('Control+K');
    const palette = p.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor({ state: 'visible' });
    await p.keyboard.type('peer assessment');
    await p.keyboard.press('Enter');
    await p.waitForURL((url) => url.pathname === '/framework' && url.searchParams.get('ask') === 'peer');
    const ask = p.getByRole('dialog', { name: 'Ask for a peer assessment' });
    await ask.waitFor({ state: 'visible' });
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '53-ask-peer-360');
    await p.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });

    await expectClean(phone);
  });
});
