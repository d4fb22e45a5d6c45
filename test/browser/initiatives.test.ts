import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeEvidence, makeInitiative, makePerson, makeStakeholder, makeTeam, todayUtc } from '../support/factories.js';
import { addDays } from '../../src/shared/dates.js';
import { cardOf, recordMeasurement } from '../support/outcomes-ui.js';
import { apiAs, BOTH_THEMES, browserSetup, checkA11y, deliberate, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, shot, until, waitForWrite } from '../support/browser.js';

/*
 * The Initiatives section in a real browser, against the real server and the built web app
 * (issue 9's journey): an initiative created through the UI, its scope canvas filled until the
 * summary reads as Staff scope, a stakeholder added and their stance changed (the history shows
 * both stances), an outcome with two measurements, linked evidence, the plan steps on Home; then
 * the owner's manager (manager audience) reads the page and a peer gets the 404 page. The page
 * at 360 px does not overflow sideways. Each test has its own server and data.
 */

const files = browserSetup();

const API_INITIATIVE = /^\/api\/v1\/initiatives\/[^/]+$/;

/** An owner in Checkout aiming at Staff, their manager, a peer, and two other organisation teams. */
async function org(storage: Parameters<typeof makePerson>[0]) {
  const manager = await makePerson(storage, { name: 'Mara Manager', targetLevel: 'staff' });
  const owner = await makePerson(storage, { name: 'Omar Owner', managerId: manager.id, targetLevel: 'staff', defaultAudience: ['manager'] });
  const peer = await makePerson(storage, { name: 'Pia Peer', targetLevel: 'staff' });
  await makeTeam(storage, { name: 'Checkout', memberIds: [owner.id, peer.id] });
  await makeTeam(storage, { name: 'Payments' });
  await makeTeam(storage, { name: 'Mobile' });
  return { manager, owner, peer };
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

async function addTeams(page: Page, names: string[]) {
  const input = page.getByLabel('Teams affected');
  for (const name of names) {
    await input.fill(name);
    await input.press('Enter');
  }
}

describe('initiatives journey', () => {
  test('create an initiative, fill the canvas, align a stakeholder, see outcomes, evidence and the plan', { timeout: 150_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner, manager } = await org(app.storage);
    const w = await app.openAs(owner, DESKTOP);
    const p = w.page;

    // The empty list teaches what belongs there.
    await p.goto('/initiatives');
    await until(() => h1(p).textContent()).toBe('Initiatives');
    await p.getByRole('heading', { name: 'No initiatives yet' }).waitFor({ state: 'visible' });
    expect(await p.getByText(/Pick one problem that matters beyond your team/).count()).toBe(1);
    await checkA11y(p);

    // `n` opens the dialog; creating opens the new initiative's page.
    await p.keyboard.press('n');
    const dialog = p.getByRole('dialog', { name: 'New initiative' });
    await dialog.waitFor({ state: 'visible' });
    await checkA11y(p, { what: 'new initiative dialog' });
    await dialog.getByLabel('Title').fill('Cut checkout latency for every payment team');
    await dialog.getByLabel('Problem (optional)').fill('Checkout p95 is 800 ms; three product teams lose conversions to it.');
    const created = waitForWrite(p, 'POST', /^\/api\/v1\/initiatives$/);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    expect((await created).status()).toBe(201);
    await p.waitForURL(/\/initiatives\/[^/]+$/);
    const id = new URL(p.url()).pathname.split('/').pop() ?? '';
    await until(() => h1(p).textContent()).toBe('Cut checkout latency for every payment team');
    await p.getByText('Checkout p95 is 800 ms', { exact: false }).waitFor({ state: 'visible' });

    // The canvas: the own team alone does not make Staff scope; two more organisation teams do.
    const canvas = section(p, 'Scope canvas');
    await until(() => canvas.getByRole('status').textContent()).toMatch(/Not yet Staff scope/);
    await canvas.getByRole('button', { name: 'Edit scope canvas' }).click();
    await addTeams(p, ['Checkout', 'Payments', 'Mobile', 'Finance partners']);
    await canvas.getByRole('button', { name: 'Add decision' }).click();
    await canvas.getByLabel('Decision', { exact: true }).fill('Move sessions to the shared cache');
    await canvas.getByLabel('One-way: hard to reverse').check();
    await canvas.getByRole('button', { name: 'Add risk' }).click();
    await canvas.getByLabel('Risk', { exact: true }).fill('A cache outage takes sign-in down');
    await canvas.getByLabel('Severity').selectOption('high');
    await checkA11y(p, { what: 'scope canvas editor' });
    const saved = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await canvas.getByRole('button', { name: 'Save canvas' }).click();
    expect((await saved).status()).toBe(200);
    await until(() => canvas.getByRole('status').textContent()).toMatch(/Reads as Staff scope/);
    const counts = canvas.locator('.in-counts');
    await until(() => counts.textContent()).toMatch(/Organisation teams affected3/);
    expect(await counts.textContent()).toMatch(/beyond your own2/);
    expect(await canvas.getByText('(outside)').count()).toBe(1); // Finance partners: listed, not counted

    // A stakeholder: the manager as approver; their stance changes and the history shows both.
    const people = section(p, /^Stakeholders/);
    await people.getByText(/No stakeholders yet/).waitFor({ state: 'visible' });
    await people.getByLabel('Person').click();
    await p.getByPlaceholder('Type a name or email…').fill('Mara');
    await p.getByRole('option', { name: /Mara Manager/ }).click();
    await people.getByLabel('Role', { exact: true }).selectOption('approver');
    const added = waitForWrite(p, 'POST', /^\/api\/v1\/stakeholders$/);
    await people.getByRole('button', { name: 'Add stakeholder' }).click();
    expect((await added).status()).toBe(201);
    const row = people.getByRole('listitem', { name: 'Mara Manager' });
    await row.waitFor({ state: 'visible' });
    expect(await row.getByText('Stale: never contacted').count()).toBe(1);
    const matrix = people.getByRole('table').first();
    await until(() => matrix.textContent()).toMatch(/Mara Manager.*Approver.*Unaware/);

    const changed = waitForWrite(p, 'PATCH', /^\/api\/v1\/stakeholders\/[^/]+$/);
    await row.getByLabel('Stance of Mara Manager').selectOption('supportive');
    expect((await changed).status()).toBe(200);
    const contacted = waitForWrite(p, 'PATCH', /^\/api\/v1\/stakeholders\/[^/]+$/);
    await row.getByRole('button', { name: 'Contacted today' }).click();
    expect((await contacted).status()).toBe(200);
    await until(() => row.getByText(/^Stale/).count()).toBe(0);
    await row.getByText('History (2)').click();
    const history = row.getByRole('list', { name: 'Stance history of Mara Manager' });
    await until(() => history.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Unaware/), expect.stringMatching(/^Supportive/)]);
    await until(() => matrix.textContent()).toMatch(/Supportive.*Approval still outstanding/);

    // Placing on the influence/interest grid.
    await row.getByLabel('Influence of Mara Manager').selectOption('high');
    const placed = waitForWrite(p, 'PATCH', /^\/api\/v1\/stakeholders\/[^/]+$/);
    await row.getByLabel('Interest of Mara Manager').selectOption('high');
    expect((await placed).status()).toBe(200);
    const grid = people.getByRole('table', { name: /by influence/ });
    await until(() => grid.getByRole('row', { name: /Influence high/ }).textContent()).toMatch(/Manage closely.*Mara Manager/);

    // Milestones: added, ticked (struck through, and said in words).
    const milestones = section(p, 'Milestones');
    await milestones.getByLabel('New milestone').fill('Design review signed off');
    const ms = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await milestones.getByRole('button', { name: 'Add milestone' }).click();
    expect((await ms).status()).toBe(200);
    const tick = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await milestones.getByRole('checkbox', { name: /Design review signed off/ }).check();
    expect((await tick).status()).toBe(200);
    await milestones.getByText('(done)').waitFor({ state: 'attached' });

    // An outcome of the initiative with two measurements, through its Outcomes section: the chart
    // draws the baseline and target lines.
    const outcomes = section(p, /^Outcomes/);
    await outcomes.getByRole('button', { name: 'New outcome' }).click();
    const newOutcome = p.getByRole('dialog', { name: 'New outcome' });
    await newOutcome.getByLabel('What is measured').fill('Checkout p95');
    await newOutcome.getByLabel('Unit').fill('ms');
    await newOutcome.getByLabel('Baseline').fill('800');
    await newOutcome.getByLabel('Target').fill('300');
    const made = waitForWrite(p, 'POST', /^\/api\/v1\/outcomes$/);
    await newOutcome.getByRole('button', { name: 'Add outcome' }).click();
    expect((await made).status()).toBe(201);
    await newOutcome.waitFor({ state: 'hidden' });
    const card = cardOf(p, 'Checkout p95');
    await recordMeasurement(p, card, '700', addDays(todayUtc(), -30));
    await recordMeasurement(p, card, '450', addDays(todayUtc(), -2));
    await until(() => card.locator('.oc-progress-words').textContent()).toBe('70% of the way');
    await until(() => card.locator('.oc-chart-box svg').first().textContent()).toContain('Target 300 ms');

    // An evidence entry that names the initiative.
    await makeEvidence(app.storage, owner.id, { title: 'Led the cache design review', initiativeId: id });
    await p.reload();
    await until(() => h1(p).textContent()).toBe('Cut checkout latency for every payment team');
    const evidence = section(p, 'Linked evidence');
    await evidence.getByRole('link', { name: 'Led the cache design review' }).waitFor({ state: 'visible' });
    await section(p, /^Stakeholders/).getByRole('listitem', { name: 'Mara Manager' }).waitFor({ state: 'visible' });
    await shot(p, '60-initiative');
    await checkA11y(p, BOTH_THEMES);

    // The list shows it with its verdict.
    await p.goto('/initiatives');
    const listed = p.getByRole('list', { name: 'Initiatives' }).getByRole('listitem');
    await until(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toMatch(/Exploring.*Reads as Staff scope/);
    await checkA11y(p);

    // Home: the plan steps the initiative, the stakeholder and the outcome tick.
    await p.goto('/');
    const plan = p.getByRole('region', { name: 'Your plan' });
    await until(() => plan.getByRole('listitem').count()).toBe(7);
    const answer = await p.evaluate(() => fetch('/api/v1/people/me/plan').then((r) => r.json() as Promise<{ steps: { id: string; title: string; automatic: boolean }[] }>));
    for (const title of [/Choose one problem/, /Align stakeholders early/, /Track measurable outcomes/]) {
      const step = answer.steps.find((s) => title.test(s.title));
      expect(step, `plan step ${title}`).toBeDefined();
      expect(step?.automatic, `plan step ${title} is detected by staffpath`).toBe(true);
      await until(() => plan.getByLabel(title).isChecked()).toBe(true);
    }
    await checkA11y(p);

    await expectClean(w);
    expect(manager.id).not.toBe(owner.id);
  });

  test('the manager reads the initiative; a peer gets the not-found page; 360 px does not overflow', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner, manager, peer } = await org(app.storage);
    const initiative = await makeInitiative(app.storage, owner.id, {
      title: 'One rate limiter for every public API',
      problem: 'Four teams run **their own** limiters.',
      audience: ['manager'],
      scope: { teams: ['Checkout', 'Payments', 'Mobile'], decisions: [], risks: [], duplication: [{ text: 'Four rate limiters', where: 'Checkout, Payments' }], investments: [] },
    });

    const m = await app.openAs(manager, DESKTOP);
    await m.page.goto(`/initiatives/${initiative.id}`);
    await until(() => h1(m.page).textContent()).toBe('One rate limiter for every public API');
    await m.page.getByText('By Omar Owner').waitFor({ state: 'visible' });
    expect(await m.page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await m.page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await until(() => section(m.page, 'Scope canvas').getByRole('status').textContent()).toMatch(/Reads as Staff scope/);
    await section(m.page, /^Stakeholders/).getByText('No stakeholders listed yet.').waitFor({ state: 'visible' });
    await checkA11y(m.page, BOTH_THEMES);

    const q = await app.openAs(peer, DESKTOP, [deliberate(404, API_INITIATIVE)]);
    await q.page.goto(`/initiatives/${initiative.id}`);
    await until(() => h1(q.page).textContent()).toBe('Initiative not found');
    expect(await q.page.getByText('One rate limiter').count()).toBe(0);
    await checkA11y(q.page);

    const phone = await app.openAs(owner, PHONE);
    await phone.page.goto(`/initiatives/${initiative.id}`);
    await until(() => h1(phone.page).textContent()).toBe('One rate limiter for every public API');
    await section(phone.page, 'Scope canvas').getByRole('button', { name: 'Edit scope canvas' }).click();
    await phone.page.getByRole('button', { name: 'Save canvas' }).waitFor({ state: 'visible' });
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await checkA11y(phone.page);

    // A stakeholder never contacted: Home nudges, the list counts it.
    await makeStakeholder(app.storage, owner.id, { initiativeId: initiative.id, name: 'Chief Financial Officer', role: 'approver' });
    const home = await app.openAs(owner, DESKTOP);
    await home.page.goto('/');
    const nudge = home.page.getByRole('region', { name: '1 stakeholder to get back to' });
    await nudge.getByRole('link', { name: 'One rate limiter for every public API' }).waitFor({ state: 'visible' });
    await checkA11y(home.page);
    await home.page.goto('/initiatives');
    await until(() => home.page.getByRole('list', { name: 'Initiatives' }).getByRole('listitem').first().textContent()).toMatch(/1 stakeholder, 1 still to answer, 1 stale/);
    await checkA11y(home.page);

    await expectClean(m, q, phone, home);
  });

  test('an evidence entry names one of my initiatives through its editor, and shows it as a link', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner } = await org(app.storage);
    const initiative = await makeInitiative(app.storage, owner.id, { title: 'Shared retry library' });
    await makeInitiative(app.storage, owner.id, { title: 'Old idea', status: 'dropped' });
    const entry = await makeEvidence(app.storage, owner.id, { title: 'Wrote the retry RFC' });
    const w = await app.openAs(owner, DESKTOP);
    const p = w.page;

    await p.goto(`/evidence/${entry.id}`);
    await until(() => h1(p).textContent()).toBe('Wrote the retry RFC');
    const facts = p.getByRole('complementary', { name: 'About this entry' });
    await until(() => facts.textContent()).toMatch(/InitiativeNone/);
    await checkA11y(p);
    await p.getByRole('button', { name: 'Edit' }).click();
    const select = p.getByLabel('Initiative', { exact: true });
    await until(() => select.locator('option').allTextContents()).toEqual(['Not linked to an initiative', 'Shared retry library', 'Old idea (dropped)']);
    await select.selectOption({ label: 'Shared retry library' });
    await checkA11y(p, { what: 'entry editor with the initiative field' });
    const saved = waitForWrite(p, 'PATCH', /^\/api\/v1\/evidence\/[^/]+$/);
    await p.getByRole('button', { name: 'Save changes' }).click();
    expect((await saved).status()).toBe(200);
    expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ initiativeId: initiative.id });

    const link = facts.getByRole('link', { name: 'Shared retry library' });
    await link.click();
    await p.waitForURL(new RegExp(`/initiatives/${initiative.id}$`));
    await until(() => h1(p).textContent()).toBe('Shared retry library');
    await section(p, 'Linked evidence').getByRole('link', { name: 'Wrote the retry RFC' }).waitFor({ state: 'visible' });
    await checkA11y(p);

    // The timeline's card names the initiative too.
    await p.goto('/evidence');
    await p.getByRole('article', { name: 'Wrote the retry RFC' }).getByRole('link', { name: 'Shared retry library' }).waitFor({ state: 'visible' });
    await checkA11y(p);

    await expectClean(w);
  });

  test('a save over someone else’s newer version shows both, and keeping mine loses neither', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner } = await org(app.storage);
    const initiative = await makeInitiative(app.storage, owner.id, { title: 'Shared retry library', problem: 'Three retry libraries.' });
    const w = await app.openAs(owner, DESKTOP, [deliberate(412, API_INITIATIVE)]);
    const p = w.page;
    await p.goto(`/initiatives/${initiative.id}`);
    await until(() => h1(p).textContent()).toBe('Shared retry library');

    // Status saves as it changes.
    const status = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await p.getByLabel('Status', { exact: true }).selectOption('proposed');
    expect((await status).status()).toBe(200);

    await section(p, 'Why it matters').getByRole('button', { name: 'Edit why it matters' }).click();
    await section(p, 'Why it matters').getByRole('textbox', { name: 'Why it matters' }).fill('Every incident review names retries.');
    // Another tab changes the problem in between.
    expect((await apiAs(p, 'PATCH', `/initiatives/${initiative.id}`, { problem: 'Four retry libraries.' })).status).toBe(200);
    const stale = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await section(p, 'Why it matters').getByRole('button', { name: 'Save' }).click();
    expect((await stale).status()).toBe(412);
    const conflict = p.getByRole('region', { name: /This initiative changed while you were editing/ });
    await conflict.waitFor({ state: 'visible' });
    expect(await conflict.textContent()).toMatch(/Four retry libraries/);
    expect(await conflict.textContent()).toMatch(/Every incident review names retries/);
    await checkA11y(p, { what: 'initiative conflict' });
    const kept = waitForWrite(p, 'PATCH', API_INITIATIVE);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    expect((await kept).status()).toBe(200);
    await conflict.waitFor({ state: 'hidden' });
    await section(p, 'Problem').getByText('Four retry libraries.').waitFor({ state: 'visible' });
    await section(p, 'Why it matters').getByText('Every incident review names retries.').waitFor({ state: 'visible' });
    await checkA11y(p);

    await expectClean(w);
  });
});
