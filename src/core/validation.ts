import { isIsoDate, isTimeZone } from '../shared/dates.js';
import { invalid, type FieldError } from './errors.js';

/** Rules the HTTP schemas cannot express, shared by every door (API, CLI, import). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export function checkPassword(password: string, pointer = '/password'): void {
  if (password.length < PASSWORD_MIN) throw invalid(pointer, `Use at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) throw invalid(pointer, `Use at most ${PASSWORD_MAX} characters.`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function normaliseEmail(email: string, pointer = '/email'): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw invalid(pointer, 'This is not an e-mail address.');
  return e;
}

export function checkName(name: string, pointer = '/name'): string {
  const n = name.trim();
  if (n.length === 0) throw invalid(pointer, 'A name is required.');
  if (n.length > 200) throw invalid(pointer, 'Use at most 200 characters.');
  return n;
}

export function checkTimeZone(tz: string, pointer = '/timeZone'): string {
  if (!isTimeZone(tz)) throw invalid(pointer, 'This is not an IANA time zone (for example Europe/Berlin).');
  return tz;
}

/** A `YYYY-MM-DD` field that must be a real calendar date. */
export function checkDate(date: string, pointer: string, where?: FieldError['in']): string {
  if (!isIsoDate(date)) throw invalid(pointer, 'Use a real date written YYYY-MM-DD, like 2026-11-02.', 'validation_failed', where);
  return date;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
