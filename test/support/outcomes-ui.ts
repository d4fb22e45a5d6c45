/** Driving the outcomes UI in browser journeys (the outcomes page and the initiative page share it). */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForWrite } from './browser.js';

/** An outcome's card, found by its name. */
export const cardOf = (page: Page, name: string) => page.locator('article.oc-card').filter({ has: page.getByRole('heading', { name }) });

/** Record one measurement through the inline form of a card; resolves when the server has it. */
export async function recordMeasurement(page: Page, card: Locator, value: string, day: string, unit = 'ms'): Promise<void> {
  const field = card.getByLabel(`Value (${unit})`);
  const date = card.getByLabel('Measured on');
  await field.fill(value);
  await date.fill(day);
  expect(await field.inputValue()).toBe(value);
  const saved = waitForWrite(page, 'POST', /^\/api\/v1\/outcomes\/[^/]+\/measurements$/);
  await card.getByRole('button', { name: 'Record' }).click();
  expect((await saved).status()).toBe(201);
}
