/**
 * The web app's one cache of server data (TanStack Query). Every read goes through a query
 * key from ./keys.ts; every write invalidates the keys it changes (./invalidate.ts), so no
 * page keeps a private copy that can go stale.
 *
 * Freshness: a remounted page shows the cached answer and refetches it (stale-while-revalidate).
 *
 * Retries: a network failure or a 5xx is tried twice more with a short back-off; a 4xx is an
 * answer (not found, forbidden, bad input) and is never retried. Nothing refetches on window
 * focus: pages reload what a write changed, not whatever happens to be on screen.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 2000),
        // Stale at once: a page shows what is cached straight away and asks again in the
        // background, so nobody reads yesterday's list; lookups that change rarely (people by
        // id, the framework) set a longer staleTime where they are read.
        staleTime: 0,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
