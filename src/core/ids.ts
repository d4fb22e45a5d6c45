import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/**
 * Opaque, time-ordered identifiers (ULID-like, 26 chars): 10 chars of milliseconds then 16
 * random chars. Sorting by id sorts by creation time, which keeps cursors cheap.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return time + rand;
}

const ID_FORM = new RegExp(`^[${ALPHABET}]{26}$`);

/** Whether `value` has the form of an id made by `newId`: 26 characters of the lower-case alphabet above. */
export function isId(value: string): boolean {
  return ID_FORM.test(value);
}

export function nowIso(): string {
  return new Date().toISOString();
}
