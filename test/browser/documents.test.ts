import { describe, expect, test } from 'vitest';
import { makePerson } from '../support/factories.js';
import { apiAs, browserSetup, checkA11y, deliberate, DESKTOP, expectClean, freshApp, h1, horizontalOverflow, PHONE, until, waitForWrite } from '../support/browser.js';
import { API_DOCUMENT, API_TRANSITION, checks, documentIdOf, editor, editorReady, openTab, preview, saveState, typeAtEnd, writeUnderFinding } from '../support/documents-ui.js';

/*
 * The Documents section in a real browser (issue 10's journey): an author writes an RFC from
 * its template (the preview and the checks follow the typing, autosave lands), adds a required
 * approver and sends it for review; approving too early is refused in the server's words; the
 * approver, in a second browser context, opens it from the review inbox, comments on a section
 * and approves; the author approves it. A stale edit in a second tab shows the conflict view
 * with both versions and keeps mine. Every route and dialog is axe-checked.
 */

const files = browserSetup();

describe('documents journey', () => {
  test('write an RFC from its template, send it for review, the approver approves, the author approves', { timeout: 180_000 }, async () => {
    const app = await freshApp(files.browser, { allowed: [deliberate(409, API_TRANSITION)] });
    const author = await makePerson(app.storage, { name: 'Ada Author' });
    const approver = await makePerson(app.storage, { name: 'Rui Reviewer' });
    const w = await app.openAs(author, DESKTOP);
    const p = w.page;

    // The empty list teaches what belongs there.
    await p.goto('/documents');
    await until(() => h1(p).textContent()).toBe('Documents');
    await p.getByRole('heading', { name: 'No documents yet' }).waitFor({ state: 'visible' });
    await checkA11y(p);

    // `n` opens the dialog: a kind and a title; the server fills in the template.
    await p.keyboard.press('n');
    const dialog = p.getByRole('dialog', { name: 'New document' });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('radio', { name: /^RFC/ }).check();
    await dialog.getByLabel('Title').fill('Adopt OpenTelemetry for tracing');
    await checkA11y(p, { what: 'new document dialog' });
    const created = waitForWrite(p, 'POST', /^\/api\/v1\/documents$/);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    expect((await created).status()).toBe(201);
    await p.waitForURL(/\/documents\/[^/]+$/);
    const id = documentIdOf(p);
    await editorReady(p);
    expect(await p.getByLabel('Title', { exact: true }).inputValue()).toBe('Adopt OpenTelemetry for tracing');
    await until(() => editor(p).textContent()).toContain('## Motivation');

    // The bare template: the checks name what is missing; the preview hides the guidance.
    await checks(p).getByRole('button', { name: /^Go to line \d+: Summary$/ }).waitFor({ state: 'visible' });
    expect(await preview(p).getByText('One paragraph a busy reader').count()).toBe(0);
    await checkA11y(p);

    // Typing under a section: the preview shows it, that finding goes, autosave lands.
    const sections: [string, string][] = [
      ['Summary', 'Trace every request across services with OpenTelemetry.'],
      ['Motivation', 'Incidents take hours to localise because traces stop at service edges.'],
      ['Proposal', 'Ship the OpenTelemetry SDK in the service template; export to the collector.'],
      ['Drawbacks', 'A little latency per request and one more agent to run.'],
      ['Alternatives', 'Vendor agents per team: cheaper now, but traces would not join up.'],
      ['Unresolved questions', 'Sampling rate for the busiest services.'],
    ];
    const [first] = sections;
    await writeUnderFinding(p, first![0], first![1]);
    await preview(p).getByText(first![1]).waitFor({ state: 'visible' });
    await until(() => checks(p).getByRole('button', { name: /: Summary$/ }).count()).toBe(0);
    await until(() => saveState(p).textContent()).toMatch(/^Saved \d/);
    for (const [section, text] of sections.slice(1)) await writeUnderFinding(p, section, text);
    await checks(p).getByText(/Nothing missing/).waitFor({ state: 'visible' });

    // A required approver, from the Reviews tab.
    await openTab(p, 'Reviews');
    const add = p.getByRole('form', { name: 'Add a reviewer' });
    await add.getByLabel('Reviewer').click();
    await p.getByPlaceholder('Type a name or email…').fill('Rui');
    await p.getByRole('option', { name: /Rui Reviewer/ }).click();
    await add.getByRole('checkbox', { name: 'Required approver' }).check();
    await checkA11y(p, { what: 'add reviewer form' });
    const added = waitForWrite(p, 'POST', /^\/api\/v1\/documents\/[^/]+\/reviewers$/);
    await add.getByRole('button', { name: 'Add reviewer' }).click();
    expect((await added).status()).toBe(201);
    await until(() => p.getByRole('list', { name: 'Reviewers' }).textContent()).toMatch(/Rui Reviewer.*Required approver/);

    const moved = waitForWrite(p, 'POST', API_TRANSITION);
    await p.getByRole('button', { name: 'Send for review' }).click();
    expect((await moved).status()).toBe(200);
    await p.locator('.dc-header .badge').filter({ hasText: 'In review' }).waitFor({ state: 'visible' });

    // Approving before the approver has approved: refused, in the server's words.
    await p.getByRole('button', { name: 'Approve', exact: true }).click();
    const confirm = p.getByRole('dialog', { name: /^Approve RFC-\d+\?$/ });
    await confirm.waitFor({ state: 'visible' });
    await checkA11y(p, { what: 'approve dialog' });
    const early = waitForWrite(p, 'POST', API_TRANSITION);
    await confirm.getByRole('button', { name: 'Approve' }).click();
    expect((await early).status()).toBe(409);
    await until(() => confirm.getByRole('alert').textContent()).toMatch(/still to answer/i);
    await confirm.getByRole('button', { name: 'Cancel' }).click();

    // The approver, in a second browser context, finds it in the review inbox.
    // Home says a review waits on them, and leads to the inbox.
    const r = await app.openAs(approver, DESKTOP);
    await r.page.goto('/');
    const waiting = r.page.getByRole('region', { name: 'Reviews waiting on you' });
    await waiting.getByRole('link', { name: /^RFC-\d{4} Adopt OpenTelemetry for tracing$/ }).waitFor({ state: 'visible' });
    await checkA11y(r.page);
    await waiting.getByRole('link', { name: 'Open the review inbox' }).click();
    await until(() => h1(r.page).textContent()).toBe('Review inbox');
    await checkA11y(r.page);
    await r.page.getByRole('link', { name: 'Adopt OpenTelemetry for tracing' }).click();
    await r.page.waitForURL(/\/documents\/[^/]+$/);
    await r.page.getByRole('region', { name: 'Document' }).getByText(first![1]).waitFor({ state: 'visible' });
    await r.page.getByText(/Only the owner edits this document/).waitFor({ state: 'visible' });
    await checkA11y(r.page);
    // A comment on the Summary section, then the verdict.
    await openTab(r.page, 'Comments');
    const comment = r.page.getByRole('form', { name: 'New comment' });
    await comment.getByLabel('Section').selectOption('Summary');
    await comment.getByLabel('Comment').fill('Which collector do we run?');
    const commented = waitForWrite(r.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/comments$/);
    await comment.getByRole('button', { name: 'Add comment' }).click();
    expect((await commented).status()).toBe(201);
    await until(() => r.page.getByRole('list', { name: 'Comments on Summary' }).textContent()).toMatch(/Which collector do we run\?/);
    await openTab(r.page, 'Reviews');
    const verdict = r.page.getByRole('form', { name: 'Your review' });
    await verdict.getByRole('radio', { name: /^Approve/ }).check();
    await verdict.getByLabel('Your review (optional)').fill('Looks right to me.');
    await checkA11y(r.page, { what: 'verdict form' });
    const reviewed = waitForWrite(r.page, 'POST', /^\/api\/v1\/documents\/[^/]+\/reviews$/);
    await verdict.getByRole('button', { name: 'Send review' }).click();
    expect((await reviewed).status()).toBe(201);

    // The author reloads and approves: the document is final and read-only.
    await p.reload();
    await editorReady(p);
    await p.getByRole('button', { name: 'Approve', exact: true }).click();
    await confirm.waitFor({ state: 'visible' });
    const approved = waitForWrite(p, 'POST', API_TRANSITION);
    await confirm.getByRole('button', { name: 'Approve' }).click();
    expect((await approved).status()).toBe(200);
    await p.locator('.dc-header .badge').filter({ hasText: 'Approved' }).waitFor({ state: 'visible' });
    await p.getByText(/This document is approved, so its text is final/).waitFor({ state: 'visible' });
    expect(await editor(p).count()).toBe(0);
    expect((await apiAs<{ status: string }>(p, 'GET', `/documents/${id}`)).body.status).toBe('approved');

    // The list shows it with its key.
    await p.goto('/documents');
    await p.getByRole('link', { name: 'Adopt OpenTelemetry for tracing' }).waitFor({ state: 'visible' });
    expect(await p.locator('.dc-row').filter({ hasText: /RFC-\d{4}/ }).filter({ hasText: 'Approved' }).count()).toBe(1);

    await expectClean(w, r);
  });

  test('a stale edit in a second tab shows both versions and keeps mine; revisions and diagrams', { timeout: 150_000 }, async () => {
    const app = await freshApp(files.browser, { allowed: [deliberate(412, API_DOCUMENT)] });
    const author = await makePerson(app.storage, { name: 'Ada Author' });
    const a = await app.openAs(author, DESKTOP);
    await a.page.goto('/documents');
    await until(() => h1(a.page).textContent()).toBe('Documents');
    await checkA11y(a.page);
    const body = '# Storage\n\n## Context\n\nSessions live in Redis.\n\n```mermaid\ngraph TD\n  A[Client] --> B[Sessions]\n```\n';
    const made = await apiAs<{ id: string }>(a.page, 'POST', '/documents', { kind: 'adr', title: 'Keep sessions in PostgreSQL', body });
    expect(made.status).toBe(201);
    const id = made.body.id;

    await a.page.goto(`/documents/${id}`);
    await editorReady(a.page);
    // The diagram is drawn as SVG in the preview.
    await preview(a.page).locator('.mermaid-svg svg').waitFor({ state: 'visible' });
    await checkA11y(a.page);

    const b = await app.openAs(author, DESKTOP);
    await b.page.goto(`/documents/${id}`);
    await editorReady(b.page);

    await typeAtEnd(a.page, '\nFirst tab text.');
    await typeAtEnd(b.page, '\nSecond tab text.', 412);
    const conflict = b.page.getByRole('region', { name: 'This document changed while you were editing' });
    await conflict.waitFor({ state: 'visible' });
    await conflict.getByRole('region', { name: 'Saved version', exact: true }).getByText('First tab text.').waitFor({ state: 'visible' });
    await conflict.getByRole('region', { name: 'Your version', exact: true }).getByText('Second tab text.').waitFor({ state: 'visible' });
    expect(await conflict.locator('.dc-line-added').filter({ hasText: 'Second tab text.' }).count()).toBe(1);
    await checkA11y(b.page, { what: 'conflict view' });

    // Leaving with the conflict open asks first; staying keeps both versions on screen.
    await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    const leave = b.page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByText(/your version is not saved/).waitFor({ state: 'visible' });
    await checkA11y(b.page, { what: 'leave dialog' });
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(new URL(b.page.url()).pathname).toBe(`/documents/${id}`);
    await conflict.getByRole('region', { name: 'Your version', exact: true }).getByText('Second tab text.').waitFor({ state: 'visible' });

    const kept = waitForWrite(b.page, 'PATCH', API_DOCUMENT);
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    expect((await kept).status()).toBe(200);
    await editorReady(b.page);
    const saved = await apiAs<{ body: string; revision: number }>(b.page, 'GET', `/documents/${id}`);
    expect(saved.body.body).toContain('Second tab text.');

    // Revisions: the list, a diff between two, a restore that makes a new revision.
    await b.page.getByRole('tab', { name: 'Revisions' }).click();
    const revisions = b.page.getByRole('list', { name: 'Revisions, newest first' });
    await until(() => revisions.getByRole('listitem').count()).toBe(saved.body.revision);
    await b.page.getByRole('region', { name: /^Changes from revision \d+ to \d+$/ }).waitFor({ state: 'visible' });
    await checkA11y(b.page, { what: 'revisions' });
    await b.page.getByRole('button', { name: 'Restore revision 1' }).click();
    const ask = b.page.getByRole('dialog', { name: 'Restore revision 1?' });
    await checkA11y(b.page, { what: 'restore dialog' });
    const restored = waitForWrite(b.page, 'POST', /\/revisions\/1\/restore$/);
    await ask.getByRole('button', { name: 'Restore this version' }).click();
    expect((await restored).status()).toBe(200);
    await until(() => revisions.getByText(/restored from 1/).count()).toBe(1);
    await until(() => editor(b.page).textContent()).not.toContain('Second tab text.');

    // Moving elsewhere right after typing saves first, then goes.
    await editor(b.page).click();
    await b.page.keyboard.press('Control+End');
    await b.page.keyboard.type('\nTyped just before leaving.');
    const flushed = waitForWrite(b.page, 'PATCH', API_DOCUMENT);
    await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    expect((await flushed).status()).toBe(200);
    await b.page.waitForURL(/\/documents$/);
    await until(() => h1(b.page).textContent()).toBe('Documents');
    await checkA11y(b.page);
    expect((await apiAs<{ body: string }>(b.page, 'GET', `/documents/${id}`)).body.body).toContain('Typed just before leaving.');

    // At 360 px: Write and Preview are tabs, nothing overflows sideways.
    const phone = await app.openAs(author, PHONE);
    await phone.page.goto(`/documents/${id}`);
    await editorReady(phone.page);
    await phone.page.getByRole('tab', { name: 'Preview' }).click();
    await phone.page.getByRole('tabpanel', { name: 'Preview' }).getByText('Sessions live in Redis.').waitFor({ state: 'visible' });
    await checkA11y(phone.page);
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);

    await expectClean(a, b, phone);
  });
});
