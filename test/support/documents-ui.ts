/** Driving the documents UI in browser journeys: the editor, its preview, its checks and its save state. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { until, waitForWrite } from './browser.js';

export const API_DOCUMENT = /^\/api\/v1\/documents\/[^/]+$/;
export const API_TRANSITION = /^\/api\/v1\/documents\/[^/]+\/transitions$/;

/** The CodeMirror editing area (its accessible name). */
export const editor = (page: Page) => page.getByRole('textbox', { name: 'Document body (Markdown)' });
export const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
export const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });
export const saveState = (page: Page) => page.locator('.dc-save');

/** The id in a /documents/:id URL. */
export const documentIdOf = (page: Page): string => new URL(page.url()).pathname.split('/').pop() ?? '';

/** Waits until CodeMirror (loaded on demand) has replaced the fallback text area. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('.cm-content').waitFor({ state: 'visible' });
}

/**
 * Jump to a finding's line with its "Go to line" button, then type at the end of that line
 * on a fresh line; resolves once the autosave's PATCH has answered 200.
 */
export async function writeUnderFinding(page: Page, section: string, text: string): Promise<void> {
  await checks(page).getByRole('button', { name: new RegExp(`^Go to line \\d+: ${section}$`) }).click();
  await until(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false)).toBe(true);
  await page.keyboard.press('End');
  const saved = waitForWrite(page, 'PATCH', API_DOCUMENT);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  expect((await saved).status()).toBe(200);
}

/** Type at the end of the body; resolves when the autosave answered with `status`. */
export async function typeAtEnd(page: Page, text: string, status = 200): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  const saved = waitForWrite(page, 'PATCH', API_DOCUMENT);
  await page.keyboard.type(text);
  expect((await saved).status()).toBe(status);
}

/** The side column's tab (the page keeps Reviews, Comments, Stakeholders and Revisions in tabs when it is narrow). */
export async function openTab(page: Page, name: 'Reviews' | 'Comments' | 'Stakeholders' | 'Revisions'): Promise<void> {
  // The side column comes with the document; only then can the tabs be told apart from no tabs.
  await page.getByRole('complementary', { name: 'Checks and reviews' }).waitFor({ state: 'visible' });
  const tab = page.getByRole('tab', { name });
  if (await tab.count()) await tab.click();
}
