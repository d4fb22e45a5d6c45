import { describe, expect, test } from 'vitest';
import { ApiError } from '../../src/web/api/client.js';
import { shouldRetry } from '../../src/web/data/queryClient.js';
import { repage } from '../../src/web/data/repage.js';
import { invalidators } from '../../src/web/data/invalidate.js';
import { keys } from '../../src/web/data/keys.js';
import { QueryClient } from '@tanstack/react-query';

describe('web data layer', () => {
  test('a 4xx is an answer, never retried; network failures and 5xx are retried twice', () => {
    for (const status of [400, 401, 403, 404, 409, 412, 429]) expect(shouldRetry(0, new ApiError({ status, code: 'x' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 0, code: 'network' }))).toBe(true);
    expect(shouldRetry(1, new ApiError({ status: 503, code: 'x' }))).toBe(true);
    expect(shouldRetry(2, new ApiError({ status: 503, code: 'x' }))).toBe(false);
    expect(shouldRetry(0, new DOMException('stop', 'AbortError'))).toBe(false);
  });

  test('a change to a paged list keeps the pages and their cursors', () => {
    const pages = [
      { items: [1, 2, 3], nextCursor: 'a' },
      { items: [4, 5, 6], nextCursor: 'b' },
      { items: [7], nextCursor: null },
    ];
    const removed = repage(pages, (xs) => xs.filter((x) => x !== 2));
    expect(removed).toEqual([
      { items: [1, 3, 4], nextCursor: 'a' },
      { items: [5, 6, 7], nextCursor: 'b' },
      { items: [], nextCursor: null },
    ]);
    const added = repage(pages, (xs) => [0, ...xs]);
    expect(added.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6, 7]]);
    expect(added.map((p) => p.nextCursor)).toEqual(['a', 'b', null]);
    expect(repage(pages, (xs) => xs).flatMap((p) => p.items)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('saving evidence marks every evidence, readiness and plan query stale, and nothing else', async () => {
    const client = new QueryClient();
    const seed = [keys.evidence.list({ q: 'x' }), keys.evidence.one('e1'), keys.readiness.of('p1'), keys.plan.of('p1'), keys.people.one('p1'), keys.teams.list()];
    for (const key of seed) client.setQueryData(key, 1);
    await invalidators(client).evidence();
    const stale = seed.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => key[0]);
    expect(stale).toEqual(['evidence', 'evidence', 'readiness', 'plan']);
  });
});
