import { invalid } from './errors.js';

/**
 * Cursors are opaque to clients: base64url JSON of the last row's sort key and id. A cursor
 * that does not decode is a 400 naming `cursor`, never a 5xx.
 */
export interface CursorKey {
  k: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.k, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): CursorKey | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor) || cursor.length > 512) throw new Error('shape');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { k: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw invalid('cursor', 'This cursor is not one the server gave out.', 'invalid_cursor', 'query');
}

/** Takes `limit + 1` rows and turns them into a page. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => CursorKey): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const last = slice[slice.length - 1];
  return {
    items: slice.map(map),
    nextCursor: more && last !== undefined ? encodeCursor(key(last)) : null,
  };
}
