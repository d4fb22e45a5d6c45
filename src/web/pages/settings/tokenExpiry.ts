/** When a new token stops working: the choices, and the instant each one means. */
import { addDays, todayIn } from '../../../shared/dates.js';
import type { SelectOption } from '../../components/controls/index.js';

const DAY_MS = 86_400_000;

export const EXPIRY = [
  { id: 'never', label: 'Never', days: 0 },
  { id: '30', label: 'In 30 days', days: 30 },
  { id: '90', label: 'In 90 days', days: 90 },
  { id: '365', label: 'In a year', days: 365 },
  { id: 'custom', label: 'On a date…', days: -1 },
] as const;

export type ExpiryChoice = (typeof EXPIRY)[number]['id'];

export const EXPIRY_OPTIONS: readonly SelectOption<ExpiryChoice>[] = EXPIRY.map((e) => ({ value: e.id, label: e.label }));

/** The earliest day a custom expiry may fall on (tomorrow, UTC). */
export function earliestExpiryDate(now: Date = new Date()): string {
  return addDays(todayIn('UTC', now), 1);
}

/**
 * The `expiresAt` to send: undefined for none, null when a custom date is still missing,
 * otherwise an ISO instant (a custom date lasts to the end of that day, on this device's clock).
 */
export function expiresAt(choice: ExpiryChoice, customDate: string, now: number = Date.now()): string | null | undefined {
  const option = EXPIRY.find((e) => e.id === choice);
  if (!option || option.days === 0) return undefined;
  if (option.days > 0) return new Date(now + option.days * DAY_MS).toISOString();
  if (!customDate) return null;
  return new Date(`${customDate}T23:59:59`).toISOString();
}

/** True once a token's expiry has passed. */
export function isExpired(expires: string | null, now: number = Date.now()): boolean {
  return expires ? new Date(expires).getTime() < now : false;
}
