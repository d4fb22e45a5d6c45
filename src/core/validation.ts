import { isIsoDate, isTimeZone } from '../shared/dates.js';
import { passwordProblem } from '../shared/passwords.js';
import { invalid, type FieldError } from './errors.js';

/** Rules the HTTP schemas cannot express, shared by every door (API, CLI, import). */
export { PASSWORD_MAX, PASSWORD_MIN } from '../shared/passwords.js';

export function checkPassword(password: string, pointer = '/password'): void {
  const problem = passwordProblem(password);
  if (problem) throw invalid(pointer, problem);
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

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text both databases store as sent: PostgreSQL refuses the NUL character (U+0000) in text,
 * and a lone UTF-16 surrogate (half of a pair, as `"\ud800"` in JSON) has no UTF-8 form, so a
 * driver would quietly store something else. Either answers a reason; fine text answers null.
 */
export function unstorableText(text: string): string | null {
  // One cheap scan for the common case; the exact checks only when something is suspect.
  if (!SUSPECT.test(text)) return null;
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (half of a character)';
  return null;
}

/** Past this many problems a request is plainly not text; the first ones name enough. */
const MAX_TEXT_ERRORS = 20;
const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every string in `value`, at any depth, field names included, that `unstorableText` refuses,
 * each with the JSON Pointer of where it sits (`/metrics/0/name`), in document order. Walks
 * without recursion, so a deeply nested body cannot exhaust the stack.
 */
export function findUnstorableText(value: unknown, where?: FieldError['in']): FieldError[] {
  type Item = { value: unknown; pointer: string; badKey?: string };
  const errors: FieldError[] = [];
  const stack: Item[] = [{ value, pointer: '' }];
  while (stack.length > 0 && errors.length < MAX_TEXT_ERRORS) {
    const { value: v, pointer, badKey } = stack.pop() as Item;
    const problem = badKey !== undefined ? `is a field name that ${badKey}` : typeof v === 'string' ? unstorableText(v) : null;
    if (problem) errors.push(where ? { pointer: pointer || '/', message: problem, in: where } : { pointer: pointer || '/', message: problem });
    if (badKey !== undefined || v === null || typeof v !== 'object') continue;
    const children: Item[] = Array.isArray(v)
      ? v.map((child: unknown, i) => ({ value: child, pointer: `${pointer}/${i}` }))
      : Object.entries(v).map(([key, child]) => {
          const keyProblem = unstorableText(key);
          const at = `${pointer}/${escapePointer(key)}`;
          return keyProblem ? { value: null, pointer: at, badKey: keyProblem } : { value: child, pointer: at };
        });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Item);
  }
  return errors;
}
