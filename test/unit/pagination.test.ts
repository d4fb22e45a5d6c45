import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from '../../src/core/pagination.js';
import { AppError } from '../../src/core/errors.js';
import { hashPassword, verifyPassword } from '../../src/core/secrets.js';
import { newId } from '../../src/core/ids.js';

describe('cursors', () => {
  it('round-trip and refuse anything the server did not make', () => {
    const c = encodeCursor({ k: '2026-11-02', id: 'abc' });
    expect(decodeCursor(c)).toEqual({ k: '2026-11-02', id: 'abc' });
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of ['!!', 'e30', Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(600)]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });

  it('pages: nextCursor only when there is more', () => {
    const rows = [1, 2, 3].map((n) => ({ k: String(n), id: `i${n}` }));
    expect(toPage(rows, 2, (r) => r.id, (r) => r).nextCursor).not.toBeNull();
    expect(toPage(rows, 3, (r) => r.id, (r) => r)).toEqual({ items: ['i1', 'i2', 'i3'], nextCursor: null });
  });
});

describe('secrets', () => {
  it('scrypt hashes verify the right password only', async () => {
    const h = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', h)).toBe(true);
    expect(await verifyPassword('correct horsf', h)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('ids are unique and sort by time', () => {
    const a = newId(1_000);
    const b = newId(2_000);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newId())).size).toBe(1000);
  });
});
