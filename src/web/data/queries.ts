/**
 * Two shapes every page needs, on top of TanStack Query:
 *
 * - `useApiQuery(key, load)`: one answer, with `loading`, `error`, `reload()` and
 *   `setData()` (an optimistic or server-confirmed local update of the cached answer);
 * - `usePagedQuery(key, fetchPage)`: a cursor-paginated collection (`{items, nextCursor}`)
 *   with `loadMore()`, as one flat list.
 *
 * Both are keyed: two components asking for the same key share one request and one answer,
 * and `useInvalidate()` reloads them after a write.
 */
import { useInfiniteQuery, useQuery, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { repage, type PageOf } from './repage.js';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer for this key (not while a cached answer is refreshed). */
  loading: boolean;
  /** True while any request for this key is in flight. */
  fetching: boolean;
  reload(): void;
  setData(update: T | ((prev: T | undefined) => T)): void;
}

export interface QueryOptions {
  /** False to wait (a dependency is not known yet); the query then reports `loading`. */
  enabled?: boolean;
  /** Milliseconds an answer counts as fresh (default 0: shown from the cache and refetched on mount). */
  staleTime?: number;
}

export function useApiQuery<T>(key: QueryKey, load: (signal: AbortSignal) => Promise<T>, options: QueryOptions = {}): ApiQuery<T> {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => load(signal),
    enabled: options.enabled ?? true,
    ...(options.staleTime !== undefined && { staleTime: options.staleTime }),
  });
  const { refetch } = query;
  const keyText = JSON.stringify(key);
  const reload = useCallback(() => void refetch(), [refetch]);
  const setData = useCallback(
    (update: T | ((prev: T | undefined) => T)) => {
      client.setQueryData<T>(JSON.parse(keyText) as QueryKey, (prev) =>
        typeof update === 'function' ? (update as (p: T | undefined) => T)(prev) : update,
      );
    },
    [client, keyText],
  );
  return {
    data: query.data,
    error: query.error,
    loading: query.isPending,
    fetching: query.isFetching,
    reload,
    setData,
  };
}

export type { PageOf } from './repage.js';

export interface PagedQuery<T> {
  items: T[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
  /** Change the loaded items in place (an optimistic removal, a row saved elsewhere). */
  setItems(update: (items: T[]) => T[]): void;
}

export function usePagedQuery<T>(
  key: QueryKey,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<PageOf<T>>,
  options: QueryOptions = {},
): PagedQuery<T> {
  const client = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageOf<T>) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
    ...(options.staleTime !== undefined && { staleTime: options.staleTime }),
  });
  const pages = query.data?.pages;
  const items = useMemo(() => (pages ? pages.flatMap((p) => p.items) : []), [pages]);
  const nextCursor = pages && pages.length ? (pages[pages.length - 1]?.nextCursor ?? null) : null;
  const { fetchNextPage, refetch, hasNextPage, isFetchingNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyText = JSON.stringify(key);
  const setItems = useCallback(
    (update: (items: T[]) => T[]) => {
      client.setQueryData<InfiniteData<PageOf<T>, string | null>>(JSON.parse(keyText) as QueryKey, (data) =>
        data ? { ...data, pages: repage(data.pages, update) } : data,
      );
    },
    [client, keyText],
  );
  return {
    items,
    nextCursor,
    loading: query.isPending,
    loadingMore: isFetchingNextPage,
    error: query.error,
    loadMore,
    reload,
    setItems,
  };
}
