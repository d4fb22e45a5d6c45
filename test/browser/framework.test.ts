import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeAssessment, makeFramework, makePerson, type MadePerson } from '../support/factories.js';
import { apiAs, BOTH_THEMES, browserSetup, checkA11y, deliberate, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, runCommand, shot, until, waitForWrite } from '../support/browser.js';

/*
 * The framework screens in a real browser, against the real server and the built web app:
 * the framework's expectations; a self-assessment on all six dimensions (one "between
 * levels") saved and shared, then the side-by-side table, the radar chart and readiness with
 * its reasons; readiness lines and the seven-step plan on home, ticked; a manager assessment
 * beside the self-assessment with the difference marked, and a notification; Admin ›
 * Frameworks importing the four-level example (a broken file is refused with errors that name
 * the line); the same screens at 360 px. No console errors (but deliberate 4xx), no injected
 * <style>.
 *
 * Each test has its own server and data, made with the factories (test/support/factories.ts)
 * and signed in with a session cookie unless signing in is what is tested: no test depends
 * on another, or on their order.
 */

const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const REPORT = { name: 'Rey Report', email: 'rey@example.com', password: 'rey-initial-password' };

/** The six dimensions of the default framework and the report's own view of them. */
const SELF: { id: string; name: string; level: string; towards?: boolean }[] = [
  { id: 'scope', name: 'Scope', level: 'Staff' },
  { id: 'direction', name: 'Technical direction', level: 'Senior', towards: true },
  { id: 'communication', name: 'Communication', level: 'Staff' },
  { id: 'influence', name: 'Influence', level: 'Senior' },
  { id: 'mentoring', name: 'Mentoring', level: 'Staff' },
  { id: 'impact', name: 'Business impact', level: 'Senior' },
];
const NEXT_LEVEL: Record<string, string> = { Senior: 'staff', Staff: 'principal' };

const FOUR_LEVELS = readFileSync(fileURLToPath(new URL('../../frameworks/example-four-levels.yaml', import.meta.url)), 'utf8');
const BROKEN = 'id: broken-ladder\nname: Broken ladder\nversion: 1\nlevels:\n  - id: one\n    name: [unclosed\n  - id: two\n    name: Two\n';

const files = browserSetup();

const toasts = (page: Page) => page.locator('.toasts');
const rail = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** An admin, and a report of theirs aiming at Staff. */
async function adminAndReport(storage: Parameters<typeof makePerson>[0]): Promise<{ admin: MadePerson; report: MadePerson }> {
  const admin = await makePerson(storage, { ...ADMIN, role: 'admin', targetLevel: 'staff' });
  const report = await makePerson(storage, { ...REPORT, managerId: admin.id, targetLevel: 'staff' });
  return { admin, report };
}

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

/** Share from the assessment form, through its confirmation; resolves when the server has it. */
async function shareAssessment(page: Page, kindLabel: string) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const confirm = page.getByRole('dialog', { name: `Share this ${kindLabel}?` });
  await confirm.waitFor({ state: 'visible' });
  expect(await confirm.textContent()).toMatch(/final/);
  expect(await confirm.textContent()).toMatch(/visible to/);
  await checkA11y(page, { what: 'share confirmation' });
  const shared = waitForWrite(page, 'POST', /^\/api\/v1\/assessments\/[^/]+\/share$/);
  await confirm.getByRole('button', { name: 'Share', exact: true }).click();
  expect((await shared).status()).toBe(200);
  await confirm.waitFor({ state: 'hidden' });
}

describe('framework journey', () => {
  test('the framework page: expectations per dimension, their extras, another level', { timeout: 90_000 }, async () => {
    const app = await freshApp(files.browser);
    const { report } = await adminAndReport(app.storage);
    const w = await app.openAs(report, DESKTOP);
    const r = w.page;

    await r.goto('/');
    await until(() => h1(r).textContent()).toBe('Welcome, Rey');
    await r.getByRole('list', { name: 'Readiness per dimension' }).waitFor({ state: 'visible' });
    await checkA11y(r);
    await rail(r).getByRole('link', { name: 'Framework', exact: true }).click();
    await r.waitForURL((url) => url.pathname === '/framework');
    await until(() => h1(r).textContent()).toBe('Framework');
    await r.getByRole('heading', { name: 'What Staff means here' }).waitFor({ state: 'visible' });
    await r.getByText('staffpath default ladder · version 1').first().waitFor({ state: 'visible' });
    const levels = r.getByRole('group', { name: 'Level to show' });
    await until(() => levels.getByRole('button').allTextContents()).toEqual(['Senior', 'Staff (target)', 'Principal']);
    const expectations = r.getByRole('list', { name: 'Expectations of Staff per dimension' });
    await until(() => expectations.getByRole('heading', { level: 3 }).allTextContents()).toEqual(SELF.map((d) => d.name));
    // The extras of the default framework: the five scope questions, artifacts, practices.
    expect(await expectations.getByText('The five scope questions').count()).toBeGreaterThan(0);
    await r.getByText(/^More about scope/).click();
    await expectations.getByText(/Which teams does this problem touch/).waitFor({ state: 'visible' });
    // The level switcher shows another level and keeps it in the URL.
    await levels.getByRole('button', { name: 'Principal' }).click();
    await r.waitForURL((url) => url.searchParams.get('level') === 'principal');
    await r.getByRole('heading', { name: 'What Principal means here' }).waitFor({ state: 'visible' });
    await levels.getByRole('button', { name: /^Staff/ }).click();
    await r.waitForURL((url) => !url.searchParams.has('level'));
    await r.getByRole('heading', { name: 'What Staff means here' }).waitFor({ state: 'visible' });
    await r.getByRole('heading', { name: 'No assessments yet' }).waitFor({ state: 'visible' });
    await checkA11y(r, BOTH_THEMES);

    await expectClean(w);
  });

  test('a self-assessment saved and shared: side by side, radar chart, readiness with reasons, evidence from readiness', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { report } = await adminAndReport(app.storage);
    const w = await app.openAs(report, DESKTOP);
    const r = w.page;

    await r.goto('/framework');
    await r.getByRole('heading', { name: 'No assessments yet' }).waitFor({ state: 'visible' });
    await r.getByRole('link', { name: 'Rate yourself' }).first().click();
    await r.waitForURL((url) => url.pathname === '/framework/assess/me' && url.searchParams.get('kind') === 'self');
    await until(() => h1(r).textContent()).toBe('Rate yourself');
    await rate(r, SELF);
    await r.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Note').fill('The checkout migration touched three teams.');
    // Drafts also save by themselves after a pause, so "Save draft" may send a POST, a PATCH
    // or nothing at all: the state to wait for is the page's "Draft saved".
    await r.getByRole('button', { name: 'Save draft' }).click();
    const draftToast = toasts(r).locator('.toast').filter({ hasText: /^Draft saved/ });
    await draftToast.waitFor({ state: 'visible' });
    await r.getByText(/6 of 6 rated · Draft saved/).waitFor({ state: 'visible' });
    await shot(r, '40-assess-self');
    // Toasts keep clear of the sticky action bar: Share… is reachable while the toast shows.
    const [toastBox, shareBox] = [await draftToast.boundingBox(), await r.getByRole('button', { name: 'Share…' }).boundingBox()];
    if (toastBox && shareBox) {
      const overlaps = toastBox.x < shareBox.x + shareBox.width && shareBox.x < toastBox.x + toastBox.width && toastBox.y < shareBox.y + shareBox.height && shareBox.y < toastBox.y + toastBox.height;
      expect(overlaps, 'the toast covers Share…').toBe(false);
    }
    await checkA11y(r, BOTH_THEMES); // after the toast's check: the toast does not wait for axe
    await shareAssessment(r, 'self-assessment');
    await r.waitForURL((url) => url.pathname === '/framework');
    await toasts(r).getByText(/^Self-assessment shared/).waitFor({ state: 'visible' });

    // Side by side (only self so far), the radar chart, readiness with reasons.
    const table = r.getByRole('table', { name: /Your self-assessment beside the manager/ });
    await table.waitFor({ state: 'visible' });
    await until(() => table.getByRole('row', { name: /Technical direction/ }).getByRole('cell').first().textContent()).toBe('Senior → Staff');
    await until(() => r.locator('svg .recharts-radar').count()).toBeGreaterThanOrEqual(2); // target and self
    await r.getByRole('img', { name: /^Radar chart of 6 dimensions/ }).waitFor({ state: 'visible' });
    await until(() => r.getByRole('list', { name: 'Legend' }).textContent()).toMatch(/Self.*Target/);
    const readiness = r.getByRole('list', { name: 'Readiness for Staff per dimension' });
    await readiness.waitFor({ state: 'visible' });
    const reasons = readiness.getByRole('list', { name: /^Why / });
    await until(() => reasons.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const first = reasons.nth(i).getByRole('listitem').first();
      await first.waitFor({ state: 'visible' });
      expect(await first.textContent()).toMatch(/\w+ .*\./); // a sentence
    }
    // What to do next: the evidence of that dimension, and logging some (tagged with it).
    const scopeNext = r.getByRole('group', { name: 'What to do next for Scope' });
    expect(await scopeNext.getByRole('link', { name: 'Your scope evidence' }).getAttribute('href')).toBe('/evidence?dimension=scope');
    await scopeNext.getByRole('button', { name: 'Log evidence' }).click();
    const capture = r.getByRole('dialog', { name: 'Log evidence' });
    await capture.waitFor({ state: 'visible' });
    await until(() => capture.getByRole('list', { name: 'Dimensions' }).textContent()).toBe('Scope');
    await checkA11y(r, { what: 'capture dialog from readiness' });
    const title = capture.getByLabel('What did you do?');
    await until(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await r.keyboard.type('Aligned three teams on one checkout migration plan');
    const logged = waitForWrite(r, 'POST', /^\/api\/v1\/evidence$/);
    await r.keyboard.press('Enter');
    const entry = await logged;
    expect(entry.status()).toBe(201);
    expect(((await entry.json()) as { dimensions: string[] }).dimensions).toEqual(['scope']);
    await capture.waitFor({ state: 'hidden' });
    await toasts(r).getByText(/^Logged “Aligned three teams/).waitFor({ state: 'visible' });
    await shot(r, '41-framework-self');
    await checkA11y(r, BOTH_THEMES);

    await expectClean(w);
  });

  test('home: readiness lines with their reasons, and the plan, ticked', { timeout: 90_000 }, async () => {
    const app = await freshApp(files.browser);
    const { report } = await adminAndReport(app.storage);
    const w = await app.openAs(report, DESKTOP);
    const r = w.page;

    await r.goto('/');
    await until(() => h1(r).textContent()).toBe('Welcome, Rey');
    const lines = r.getByRole('list', { name: 'Readiness per dimension' });
    await until(() => lines.getByRole('listitem').count()).toBe(6);
    const scopeLine = lines.getByRole('button', { name: /^Scope/ });
    await scopeLine.hover();
    await until(() => lines.getByRole('tooltip').filter({ visible: true }).count()).toBe(1);
    await scopeLine.click(); // touch: the reasons stay open
    await until(() => scopeLine.getAttribute('aria-expanded')).toBe('true');
    await lines.locator('.ready-reasons:not([hidden]) li').first().waitFor({ state: 'visible' });
    await checkA11y(r, { what: 'readiness reasons open' });

    const plan = r.getByRole('region', { name: 'Your plan' });
    const steps = plan.getByRole('listitem');
    await until(() => steps.count()).toBe(7);
    await plan.getByText('0 of 7 done').waitFor({ state: 'visible' });
    expect(await plan.getByText(/Tick it yourself/).count()).toBeGreaterThan(0); // manual steps say how
    const ticked = waitForWrite(r, 'PUT', /^\/api\/v1\/people\/me\/plan\/choose-problem$/);
    await plan.getByLabel(/Choose one problem of cross-team or business importance/).check();
    expect((await ticked).status()).toBe(200);
    await plan.getByText('1 of 7 done').waitFor({ state: 'visible' });
    expect(await plan.getByLabel(/Choose one problem/).isChecked()).toBe(true);
    await shot(r, '42-home-plan');
    await checkA11y(r, BOTH_THEMES);

    // The tick is the server's, not only the page's: a reload keeps it.
    await r.reload();
    await plan.getByText('1 of 7 done').waitFor({ state: 'visible' });

    await expectClean(w);
  });

  test('a manager assessment beside the self-assessment, the differences marked, and a notification', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { admin, report } = await adminAndReport(app.storage);
    await makeAssessment(app.storage, {
      authorId: report.id,
      subjectId: report.id,
      kind: 'self',
      ratings: SELF.map((d) => ({
        dimension: d.id,
        level: d.level.toLowerCase(),
        towards: d.towards ? (NEXT_LEVEL[d.level] ?? null) : null,
        ...(d.id === 'scope' && { note: 'The checkout migration touched three teams.' }),
      })),
    });

    // The admin, as their manager, assesses the report.
    const manager = await app.openAs(admin, DESKTOP);
    const a = manager.page;
    await a.goto('/');
    await until(() => h1(a).textContent()).toBe('Welcome, Ada');
    await checkA11y(a);
    await rail(a).getByRole('link', { name: 'People', exact: true }).first().click();
    await a.waitForURL((url) => url.pathname === '/people');
    await a.getByRole('link', { name: `Assess ${REPORT.name}` }).waitFor({ state: 'visible' });
    await checkA11y(a);
    await a.getByRole('link', { name: `Assess ${REPORT.name}` }).click();
    await a.waitForURL((url) => url.pathname === `/framework/assess/${report.id}` && url.searchParams.get('kind') === 'manager');
    await until(() => h1(a).textContent()).toBe(`Assess ${REPORT.name}`);
    expect(await a.getByRole('group', { name: 'Kind of assessment' }).getByRole('button', { name: 'As their manager' }).getAttribute('aria-pressed')).toBe('true');
    await rate(a, [
      { name: 'Scope', level: 'Senior', towards: true }, // self says Staff: half a level apart
      { name: 'Technical direction', level: 'Senior', towards: true },
      { name: 'Communication', level: 'Staff' },
      { name: 'Influence', level: 'Staff' }, // self says Senior: one level apart
      { name: 'Mentoring', level: 'Staff' },
      { name: 'Business impact', level: 'Senior' },
    ]);
    await checkA11y(a, { what: 'manager assessment, rated' });
    await shareAssessment(a, 'manager assessment');
    await a.waitForURL((url) => url.pathname === '/framework' && url.searchParams.get('person') === report.id);
    await until(() => h1(a).textContent()).toBe(`${REPORT.name}: framework`);
    await a.getByRole('table', { name: /Rey's self-assessment beside the manager/ }).waitFor({ state: 'visible' });
    await shot(a, '43-framework-manager-view');
    await checkA11y(a, BOTH_THEMES);

    // The report: both side by side, and a notification.
    const subject = await app.openAs(report, DESKTOP);
    const r = subject.page;
    await r.goto('/framework');
    const bell = r.getByRole('button', { name: /^Notifications, 1 unread$/ });
    await bell.waitFor({ state: 'visible' });
    const both = r.getByRole('table', { name: /Your self-assessment beside the manager/ });
    await both.waitFor({ state: 'visible' });
    const scopeRow = both.getByRole('row', { name: /^Scope/ });
    await until(() => scopeRow.textContent()).toMatch(/StaffSenior → StaffDiffers by half a level \(manager rates lower\)/);
    expect(await scopeRow.getAttribute('class')).toContain('fw-row-differs');
    expect(await both.getByRole('row', { name: /^Influence/ }).textContent()).toMatch(/Differs by one level \(manager rates higher\)/);
    expect(await both.getByRole('row', { name: /^Mentoring/ }).textContent()).toMatch(/Same level/);
    expect(await both.textContent()).toMatch(/2 dimensions differ/);
    await until(() => r.locator('svg .recharts-radar').count()).toBe(3); // target, manager, self
    await bell.click();
    const menu = r.getByRole('menu');
    const item = menu.getByRole('menuitem', { name: /Ada Admin shared a manager assessment of you/ });
    await item.waitFor({ state: 'visible' });
    await shot(r, '44-notifications');
    await checkA11y(r, { ...BOTH_THEMES, what: 'notifications menu' });
    const read = waitForWrite(r, 'POST', /^\/api\/v1\/notifications\/read$/);
    await item.click();
    expect((await read).status()).toBeLessThan(300);
    await menu.waitFor({ state: 'hidden' });
    await r.getByRole('button', { name: 'Notifications, none unread' }).waitFor({ state: 'visible' });
    // The history lists both, in order, each expandable.
    const history = r.getByRole('list', { name: 'History' });
    await until(() => history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Self-assessment by you/),
      expect.stringMatching(/^Manager assessment by Ada Admin/),
    ]);
    await history.locator('summary').first().click();
    await history.getByText('The checkout migration touched three teams.').waitFor({ state: 'visible' });
    // The manager's assessment ticks the first step of the plan by itself.
    const planNow = await apiAs<{ steps: { id: string; detected: boolean | null }[] }>(r, 'GET', '/people/me/plan');
    expect(planNow.body.steps.find((s) => s.id === 'get-expectations')?.detected).toBe(true);
    await shot(r, '45-framework-side-by-side');
    await checkA11y(r, BOTH_THEMES);

    await expectClean(manager, subject);
  });

  test('Admin › Frameworks: a broken file refused by line, the four-level example activated, the screens follow', { timeout: 120_000 }, async () => {
    // The broken framework file is refused on purpose: 400 is the contract's answer.
    const app = await freshApp(files.browser, { allowed: [deliberate(400, /^\/api\/v1\/frameworks\/import$/)] });
    const { admin } = await adminAndReport(app.storage);
    const w = await app.openAs(admin, DESKTOP);
    const a = w.page;

    await a.goto('/admin/frameworks');
    await until(() => h1(a).textContent()).toBe('Frameworks');
    const list = a.getByRole('list', { name: 'Frameworks' });
    await until(() => list.getByRole('heading', { name: /staffpath default ladder/ }).textContent()).toMatch(/Active/);

    // A broken file is refused, and the problem names its line.
    await a.getByLabel('Framework file (YAML or JSON)').fill(BROKEN);
    const refused = waitForWrite(a, 'POST', /^\/api\/v1\/frameworks\/import$/);
    await a.getByRole('button', { name: 'Import' }).click();
    expect((await refused).status()).toBe(400);
    const problems = a.getByRole('list', { name: 'Problems in the file' });
    await problems.waitFor({ state: 'visible' });
    expect(await problems.getByRole('listitem').first().textContent()).toMatch(/^line \d+( \([^)]+\))?: \S/);
    await shot(a, '46-admin-frameworks-error');
    await checkA11y(a, BOTH_THEMES);

    // The four-level example, activated on import.
    await a.getByLabel('Framework file (YAML or JSON)').fill(FOUR_LEVELS);
    expect(await a.getByLabel('Activate after import').isChecked()).toBe(true);
    const imported = waitForWrite(a, 'POST', /^\/api\/v1\/frameworks\/import$/);
    await a.getByRole('button', { name: 'Import' }).click();
    expect((await imported).status()).toBeLessThan(300);
    await toasts(a).getByText(/^Imported Example four-level ladder, version 1 and activated it\./).waitFor({ state: 'visible' });
    await until(() => list.getByRole('heading', { name: /Example four-level ladder/ }).textContent()).toMatch(/Active/);
    await until(() => list.getByRole('heading', { name: /staffpath default ladder/ }).textContent()).not.toMatch(/Active/);
    expect(await list.getByRole('link', { name: 'Export Example four-level ladder as YAML' }).getAttribute('href')).toMatch(/^\/api\/v1\/frameworks\/[^/]+\/export$/);
    await shot(a, '47-admin-frameworks');
    await checkA11y(a, BOTH_THEMES);

    // The framework page follows: its five dimensions and four levels.
    await rail(a).getByRole('link', { name: 'Framework', exact: true }).click();
    await a.waitForURL((url) => url.pathname === '/framework');
    const fourLevels = a.getByRole('group', { name: 'Level to show' });
    await until(() => fourLevels.getByRole('button').allTextContents()).toEqual(['Engineer', 'Senior Engineer', 'Lead Engineer', 'Architect']);
    const dims = a.getByRole('list', { name: /^Expectations of .* per dimension$/ });
    await until(() => dims.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Craft', 'Delivery', 'Leadership', 'Collaboration', 'Business']);
    // The admin's target level (Staff) is not in this ladder: the page says so, and offers a choice.
    await a.getByText(/is not a level of this framework/).waitFor({ state: 'visible' });
    const retargeted = waitForWrite(a, 'PATCH', /^\/api\/v1\/me$/);
    await a.getByLabel('Target level', { exact: true }).selectOption({ label: 'Lead Engineer' });
    expect((await retargeted).status()).toBe(200);
    await a.getByRole('heading', { name: 'What Lead Engineer means here' }).waitFor({ state: 'visible' });
    await a.getByRole('heading', { name: 'Readiness for Lead Engineer' }).waitFor({ state: 'visible' });
    await until(() => a.getByRole('list', { name: 'Readiness for Lead Engineer per dimension' }).getByRole('listitem').filter({ has: a.getByRole('heading') }).count()).toBe(5);
    await shot(a, '48-framework-four-levels');
    await checkA11y(a, BOTH_THEMES);

    // The capture dialog speaks the new framework too.
    await a.getByRole('banner').getByRole('button', { name: 'Log evidence' }).click();
    const capture = a.getByRole('dialog', { name: 'Log evidence' });
    await capture.getByRole('button', { name: 'More details' }).click();
    await capture.getByLabel('Craft').waitFor({ state: 'visible' });
    await checkA11y(a, { what: 'capture dialog, more details' });
    await a.keyboard.press('Escape');
    await capture.waitFor({ state: 'hidden' });

    // Activating another framework asks once; then back to the four-level one.
    await rail(a).getByRole('list', { name: 'Admin' }).getByRole('link', { name: 'Frameworks' }).click();
    await a.waitForURL((url) => url.pathname === '/admin/frameworks');
    // The list puts the active framework first, so it re-sorts after each activation: click
    // only once it shows the state the last one left.
    await until(() => list.getByRole('heading', { name: /Example four-level ladder/ }).textContent()).toMatch(/Active/);
    for (const name of ['staffpath default ladder', 'Example four-level ladder']) {
      const item = list.getByRole('listitem').filter({ has: a.getByRole('heading', { name: new RegExp(name) }) });
      await item.getByRole('button', { name: 'Activate' }).click();
      const confirm = a.getByRole('dialog', { name: 'Activate this framework?' });
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.textContent()).toContain(name);
      if (name === 'staffpath default ladder') await checkA11y(a, { what: 'activation confirmation' }); // once: the same dialog both times
      const activated = waitForWrite(a, 'POST', /^\/api\/v1\/frameworks\/[^/]+\/activate$/);
      await confirm.getByRole('button', { name: 'Activate' }).click();
      expect((await activated).status()).toBeLessThan(300);
      await confirm.waitFor({ state: 'hidden' });
      await until(() => item.getByRole('heading').textContent()).toMatch(/Active/);
    }

    await expectClean(w);
  });

  test('the framework screens at 360 px', { timeout: 90_000 }, async () => {
    const app = await freshApp(files.browser);
    const { admin, report } = await adminAndReport(app.storage);
    await makeFramework(app.storage, admin, FOUR_LEVELS, { fileName: 'example-four-levels.yaml' });
    const phone = await app.openAs(report, PHONE);
    const p = phone.page;

    await p.goto('/');
    await until(() => h1(p).textContent()).toBe('Welcome, Rey');
    // The report aims at Staff, which the four-level ladder does not have: home says so; they choose anew.
    await p.getByText(/Your target level is not a level of the current framework/).waitFor({ state: 'visible' });
    const retargeted = waitForWrite(p, 'PATCH', /^\/api\/v1\/me$/);
    await p.getByLabel('Target level', { exact: true }).selectOption({ label: 'Lead Engineer' });
    expect((await retargeted).status()).toBe(200);
    await p.getByRole('heading', { name: 'Readiness for Lead Engineer' }).waitFor({ state: 'visible' });
    await until(() => p.getByRole('list', { name: 'Readiness per dimension' }).getByRole('listitem').count()).toBe(5);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '50-home-360');
    await checkA11y(p, BOTH_THEMES);

    // `g f` goes to the framework page.
    await h1(p).click();
    await p.keyboard.type('gf'); // one call: the chord's second key must follow within 1.5 s
    await p.waitForURL((url) => url.pathname === '/framework');
    await until(() => p.getByRole('group', { name: 'Level to show' }).getByRole('button').count()).toBe(4);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '51-framework-360');
    await checkA11y(p, BOTH_THEMES);

    await p.goto('/framework/assess/me?kind=self');
    await p.getByRole('group', { name: 'Craft', exact: true }).waitFor({ state: 'visible' });
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '52-assess-360');
    await checkA11y(p, BOTH_THEMES);

    const bell = p.getByRole('button', { name: /^Notifications/ });
    await bell.click();
    const menu = p.getByRole('menu');
    await menu.waitFor({ state: 'visible' });
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await checkA11y(p, { what: 'notifications menu' });
    await p.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    // The command palette reaches the framework and its actions.
    await runCommand(p, 'peer assessment', /^Ask a colleague for a peer assessment/);
    await p.waitForURL((url) => url.pathname === '/framework' && url.searchParams.get('ask') === 'peer');
    const ask = p.getByRole('dialog', { name: 'Ask for a peer assessment' });
    await ask.waitFor({ state: 'visible' });
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await shot(p, '53-ask-peer-360');
    await checkA11y(p, { ...BOTH_THEMES, what: 'ask for a peer assessment dialog' });
    await p.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });

    await expectClean(phone);
  });
});
