/**
 * The one date module. Calendar dates are `YYYY-MM-DD` strings (PRODUCT.md §7); this is the
 * only place that decides whether a string is one, and what "today" is for a person.
 * A leaf module: it imports nothing, so every layer (core, storage, http, web) may use it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The regular expression a date field must match before `isIsoDate` checks the calendar. */
export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export function daysInMonth(year: number, month: number): number {
  const d = new Date(Date.UTC(2000, month, 0));
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** True for a real calendar date written as `YYYY-MM-DD` (so `2026-02-30` and `2025-13-01` are false). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a valid IANA time zone name (`Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date at `now` where the person lives (their time zone; UTC when unknown or invalid). */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : 'UTC';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return isoDate(get('year'), get('month'), get('day'));
}

/** Days since 1970-01-01 of a valid date (negative before it). */
export function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** `date` moved by `days` days. */
export function addDays(date: string, days: number): string {
  return new Date((epochDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** `date` moved by `months` calendar months, the day clamped to the month's length (`2026-03-31` − 1 → `2026-02-28`). */
export function addMonths(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoDate(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}
