import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { DecisionMatrix } from '../../src/web/api/types.js';
import { actorOf, coreOf, makePerson, type MadePerson } from '../support/factories.js';
import { openTab } from '../support/documents-ui.js';
import { BOTH_THEMES, browserSetup, checkA11y, deliberate, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, until, waitForWrite } from '../support/browser.js';

/*
 * The review side of a document in a real browser, through the Documents page (W1's journey
 * covers adding a reviewer, a comment and an approval): a reviewer who is removed loses the
 * page; a request for changes blocks approval (the owner reads who is still to answer) until the
 * approver approves; replies, resolve, reopen and comments on a heading that is gone; the
 * decision matrix's totals and ranks after a save, and its table at 360 px.
 */

const files = browserSetup();
type Storage = Parameters<typeof makePerson>[0];

const ANY_DOC_CALL = /^\/api\/v1\/(documents|stakeholders)\b/;
const BODY = '## Summary\n\nOne tracing library for every service.\n\n## Motivation\n\nThree libraries today, none complete.\n\n## Proposal\n\nAdopt OpenTelemetry.\n';

async function people(storage: Storage) {
  const owner = await makePerson(storage, { name: 'Omar Owner' });
  const ana = await makePerson(storage, { name: 'Ana Approver' });
  const sam = await makePerson(storage, { name: 'Sam Reviewer' });
  return { owner, ana, sam };
}

async function makeDoc(
  storage: Storage,
  owner: MadePerson,
  reviewers: { person: MadePerson; required: boolean }[],
  opts: { inReview?: boolean; kind?: 'rfc' | 'trade-off'; title?: string; matrix?: DecisionMatrix } = {},
) {
  const core = coreOf(storage);
  const actor = actorOf(owner);
  const made = await core.documents.create(actor, { kind: opts.kind ?? 'rfc', title: opts.title ?? 'Adopt OpenTelemetry for tracing', body: BODY, ...(opts.matrix ? { matrix: opts.matrix } : {}) });
  const id = made.value.id;
  for (const r of reviewers) await core.documentReviews.addReviewer(actor, id, { personId: r.person.id, required: r.required });
  if (opts.inReview) await core.documents.transition(actor, id, { to: 'in-review' }, (await core.documents.get(actor, id)).version);
  return made.value;
}

const reviewPanel = (page: Page) => page.getByRole('region', { name: /^Review \(/ });
const commentsPanel = (page: Page) => page.getByRole('region', { name: /^Comments \(/ });

async function openDocument(page: Page, id: string, title: string) {
  await page.goto(`/documents/${id}`);
  await until(() => h1(page).textContent()).toMatch(title);
}

describe('document review', () => {
  test('a reviewer who is removed loses the document: the page says it is not there', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner, sam } = await people(app.storage);
    const doc = await makeDoc(app.storage, owner, [{ person: sam, required: false }]);

    const s = await app.openAs(sam, DESKTOP, [deliberate(404, ANY_DOC_CALL)]);
    await openDocument(s.page, doc.id, doc.title);
    await openTab(s.page, 'Reviews');
    await reviewPanel(s.page).getByText('Reviews open when the author sends it for review.').waitFor({ state: 'visible' });
    expect(await reviewPanel(s.page).getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await checkA11y(s.page);

    const o = await app.openAs(owner, DESKTOP);
    await openDocument(o.page, doc.id, doc.title);
    await openTab(o.page, 'Reviews');
    const panel = reviewPanel(o.page);
    const row = panel.getByRole('list', { name: 'Reviewers' }).getByRole('listitem');
    await until(() => row.textContent()).toMatch(/Sam Reviewer.*Reviewer.*No verdict yet/);
    await panel.getByRole('button', { name: 'Remove Sam Reviewer as reviewer' }).click();
    const dialog = o.page.getByRole('dialog', { name: 'Remove Sam Reviewer as reviewer?' });
    await dialog.getByText('They will no longer see this document', { exact: false }).waitFor({ state: 'visible' });
    await checkA11y(o.page, { what: 'remove reviewer dialog' });
    const removed = waitForWrite(o.page, 'DELETE', /^\/api\/v1\/documents\/[^/]+\/reviewers\/[^/]+$/);
    await dialog.getByRole('button', { name: 'Remove reviewer' }).click();
    expect((await removed).status()).toBe(204);
    await panel.getByText(/^No reviewers yet\./).waitFor({ state: 'visible' });
    await checkA11y(o.page, BOTH_THEMES);

    await s.page.reload();
    await until(() => h1(s.page).textContent()).toBe('Document not found');
    expect(await s.page.getByText(doc.title).count()).toBe(0);
    await checkA11y(s.page);
    await expectClean(s, o);
  });

  test('a request for changes blocks approval until the approver approves', { timeout: 150_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner, ana, sam } = await people(app.storage);
    const doc = await makeDoc(app.storage, owner, [{ person: ana, required: true }, { person: sam, required: false }], { inReview: true });

    const a = await app.openAs(ana, DESKTOP);
    await openDocument(a.page, doc.id, doc.title);
    await openTab(a.page, 'Reviews');
    const mine = reviewPanel(a.page);
    await mine.getByText('You have not approved yet').waitFor({ state: 'visible' });
    const form = mine.getByRole('form', { name: 'Your review' });
    await form.getByRole('radio', { name: /^Request changes/ }).check();
    await form.getByRole('button', { name: 'Send review' }).click();
    await form.getByText('Say what needs to change, so the author can act on it.').waitFor({ state: 'visible' });
    await checkA11y(a.page, { what: 'verdict form with its error' });
    await form.getByLabel('What needs to change').fill('Name the **rollback** for services that cannot export spans.');
    const asked = waitForWrite(a.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/reviews$/);
    await form.getByRole('button', { name: 'Send review' }).click();
    expect((await asked).status()).toBe(201);
    const history = mine.getByRole('list', { name: 'Reviews, oldest first' });
    await until(() => history.textContent()).toMatch(/You.*Requested changes.*on revision 1/);
    expect(await history.locator('strong', { hasText: 'rollback' }).count()).toBe(1);
    await until(() => form.textContent()).toMatch(/Your standing verdict: Changes requested/);

    const o = await app.openAs(owner, DESKTOP, [deliberate(409, /^\/api\/v1\/documents\/[^/]+\/transitions$/)]);
    await openDocument(o.page, doc.id, doc.title);
    await openTab(o.page, 'Reviews');
    const theirs = reviewPanel(o.page);
    await theirs.getByText('Ana Approver asked for changes').waitFor({ state: 'visible' });
    expect(await theirs.getByRole('form', { name: 'Your review' }).count()).toBe(0);
    expect(await theirs.getByText('Ready to approve').count()).toBe(0);
    await until(() => theirs.getByRole('list', { name: 'Reviewers' }).textContent()).toMatch(/Ana Approver.*Required approver.*Changes requested.*Sam Reviewer.*Reviewer.*No verdict yet/);
    await checkA11y(o.page);
    await o.page.getByRole('group', { name: 'Move the document' }).getByRole('button', { name: 'Approve' }).click();
    const confirm = o.page.getByRole('dialog', { name: /^Approve/ });
    const refused = waitForWrite(o.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/transitions$/);
    await confirm.getByRole('button', { name: 'Approve' }).click();
    expect((await refused).status()).toBe(409);
    await until(() => o.page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/Still to answer: Ana Approver \(asked for changes\)/));
    await confirm.getByRole('button', { name: 'Cancel' }).click();

    await form.getByRole('radio', { name: /^Approve/ }).check();
    await form.getByLabel('Your review (optional)').fill('The rollback section answers it.');
    const approved = waitForWrite(a.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/reviews$/);
    await form.getByRole('button', { name: 'Send review' }).click();
    expect((await approved).status()).toBe(201);
    await until(() => history.getByRole('listitem').count()).toBe(2);

    await o.page.reload();
    await openTab(o.page, 'Reviews');
    await theirs.getByText('Ready to approve').waitFor({ state: 'visible' });
    await theirs.getByText(/^No one\. Every required approver has approved\./).waitFor({ state: 'visible' });
    await checkA11y(o.page, BOTH_THEMES);
    await o.page.getByRole('group', { name: 'Move the document' }).getByRole('button', { name: 'Approve' }).click();
    const moved = waitForWrite(o.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/transitions$/);
    await o.page.getByRole('dialog', { name: /^Approve/ }).getByRole('button', { name: 'Approve' }).click();
    expect((await moved).status()).toBe(200);
    await a.page.reload();
    await openTab(a.page, 'Reviews');
    await mine.getByText('This document is no longer in review, so it takes no more verdicts.').waitFor({ state: 'visible' });
    await checkA11y(a.page);
    await expectClean(a, o);
  });

  test('comments: a reply, resolve and reopen, and comments on a heading that is gone', { timeout: 150_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner, sam } = await people(app.storage);
    const doc = await makeDoc(app.storage, owner, [{ person: sam, required: false }], { inReview: true });
    await coreOf(app.storage).documentReviews.addComment(actorOf(sam), doc.id, { section: 'Background', body: 'Is this still true after the rewrite?' });

    const s = await app.openAs(sam, DESKTOP);
    await openDocument(s.page, doc.id, doc.title);
    await openTab(s.page, 'Comments');
    const panel = commentsPanel(s.page);
    const gone = panel.getByRole('list', { name: 'Comments on Sections no longer in the document' });
    await until(() => gone.textContent()).toMatch(/On “Background”.*Is this still true after the rewrite\?/);
    const form = panel.getByRole('form', { name: 'New comment' });
    await form.getByLabel('Section').selectOption('Motivation');
    await form.getByLabel('Comment').fill('Which of the three libraries do the mobile teams use?');
    const commented = waitForWrite(s.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/comments$/);
    await form.getByRole('button', { name: 'Add comment' }).click();
    expect((await commented).status()).toBe(201);
    await until(() => panel.getByRole('list', { name: 'Comments on Motivation' }).textContent()).toMatch(/You.*Which of the three libraries/);
    await checkA11y(s.page);

    const o = await app.openAs(owner, DESKTOP);
    await openDocument(o.page, doc.id, doc.title);
    await openTab(o.page, 'Comments');
    const mine = commentsPanel(o.page);
    const motivation = mine.getByRole('list', { name: 'Comments on Motivation' });
    await motivation.getByText('Which of the three libraries').waitFor({ state: 'visible' });
    await until(() => mine.getByRole('heading', { level: 2 }).textContent()).toMatch(/Comments \(2 open\)/);
    await motivation.getByRole('button', { name: 'Reply to Sam Reviewer' }).click();
    const reply = mine.getByRole('form', { name: 'Reply to Sam Reviewer' });
    await reply.getByLabel('Reply').fill('Only the first one; the migration plan covers them.');
    await checkA11y(o.page, { what: 'reply form' });
    const replied = waitForWrite(o.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/comments$/);
    await reply.getByRole('button', { name: 'Send reply' }).click();
    expect((await replied).status()).toBe(201);
    const replies = mine.getByRole('list', { name: 'Replies to Sam Reviewer' });
    await until(() => replies.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/You.*Only the first one/)]);
    expect(await mine.getByRole('form', { name: 'Reply to Sam Reviewer' }).count()).toBe(0);

    const resolved = waitForWrite(o.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/comments\/[^/]+\/resolve$/);
    await motivation.getByRole('button', { name: 'Resolve the comment by Sam Reviewer' }).click();
    expect((await resolved).status()).toBe(200);
    await until(() => mine.getByText('Which of the three libraries').count()).toBe(0);
    await until(() => mine.getByRole('heading', { level: 2 }).textContent()).toMatch(/Comments \(1 open\)/);
    await mine.getByRole('button', { name: 'Show resolved (1)' }).click();
    const thread = mine.getByRole('listitem', { name: 'Comment by Sam Reviewer, resolved' });
    await until(() => thread.textContent()).toMatch(/Resolved by You.*Which of the three libraries.*Only the first one/s);
    await checkA11y(o.page, BOTH_THEMES);
    const reopened = waitForWrite(o.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/comments\/[^/]+\/resolve$/);
    await thread.getByRole('button', { name: 'Reopen the comment by Sam Reviewer' }).click();
    expect((await reopened).status()).toBe(200);
    await until(() => mine.getByRole('heading', { level: 2 }).textContent()).toMatch(/Comments \(2 open\)/);
    expect(await mine.getByRole('button', { name: /Show resolved|Hide resolved/ }).count()).toBe(0);

    // The reviewer reads the reply after a reload; the thread is open again.
    await s.page.reload();
    await openTab(s.page, 'Comments');
    await until(() => panel.getByRole('list', { name: 'Replies to You' }).textContent()).toMatch(/Omar Owner.*Only the first one/);
    await checkA11y(s.page);
    await expectClean(s, o);
  });

  test('the decision matrix: totals and ranks after a save, a lower-ranked choice asks why, the table fits 360 px', { timeout: 150_000 }, async () => {
    const app = await freshApp(files.browser);
    const { owner } = await people(app.storage);
    const matrix: DecisionMatrix = {
      options: [
        { id: 'managed', name: 'Managed Kafka' },
        { id: 'self', name: 'Self-hosted Kafka' },
      ],
      criteria: [
        { id: 'cost', name: 'Cost', weight: 3 },
        { id: 'ops', name: 'Operations', weight: 1 },
      ],
      scores: { managed: { cost: 2, ops: 5 }, self: { cost: 3, ops: 1 } },
      chosen: null,
    };
    const doc = await makeDoc(app.storage, owner, [], { kind: 'trade-off', title: 'Managed Kafka or self-hosted', matrix });

    const o = await app.openAs(owner, DESKTOP);
    await openDocument(o.page, doc.id, doc.title);
    const table = o.page.getByRole('region', { name: 'Decision matrix' }).getByRole('table');
    const rowOf = (n: number) => table.locator('tbody tr').nth(n);
    const figures = async (n: number) => (await rowOf(n).locator('td.dr-matrix-fig').allTextContents()).map((t) => t.trim());
    await until(() => figures(0)).toEqual(['11', '1']); // Managed: 3×2 + 1×5
    expect(await figures(1)).toEqual(['10', '2']); // Self-hosted: 3×3 + 1×1
    await checkA11y(o.page, BOTH_THEMES);

    // Self-hosted's operations score goes up: the ranks swap once the server has the matrix.
    const saved = waitForWrite(o.page, 'PATCH', /^\/api\/v1\/documents\/[^/]+$/);
    await table.getByLabel('Score of Self-hosted Kafka on Operations').fill('4');
    await o.page.getByText('Totals and ranks are the last saved ones; they are updated on save.').waitFor({ state: 'visible' });
    expect((await saved).status()).toBe(200);
    await until(() => figures(1)).toEqual(['13', '1']);
    expect(await figures(0)).toEqual(['11', '2']);
    await until(() => o.page.getByText(/updated on save/).count()).toBe(0);

    // Choosing the lower-ranked option without a reason: a gentle note, gone once a reason is written.
    await table.getByRole('radio', { name: 'Choose Managed Kafka' }).check();
    const note = o.page.getByRole('note');
    await until(() => note.textContent()).toMatch(/“Managed Kafka” is chosen although “Self-hosted Kafka” scores higher/);
    await checkA11y(o.page);
    const reasoned = waitForWrite(o.page, 'PATCH', /^\/api\/v1\/documents\/[^/]+$/);
    await o.page.getByLabel('Why Managed Kafka').fill('Nobody on the team wants to run brokers at night.');
    expect((await reasoned).status()).toBe(200);
    await until(() => note.count()).toBe(0);

    // A new criterion gets its column, a slug id and weight 1.
    await o.page.getByLabel('New criterion').fill('Lock-in');
    await o.page.getByRole('button', { name: 'Add criterion' }).click();
    await table.getByLabel('Weight of Lock-in').waitFor({ state: 'visible' });
    expect(await table.getByLabel('Weight of Lock-in').inputValue()).toBe('1');

    const phone = await app.openAs(owner, PHONE);
    await openDocument(phone.page, doc.id, doc.title);
    await phone.page.getByRole('region', { name: 'Decision matrix' }).waitFor({ state: 'visible' });
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await checkA11y(phone.page);
    await expectClean(o, phone);
  });
});
