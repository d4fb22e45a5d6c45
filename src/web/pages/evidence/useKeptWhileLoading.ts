/**
 * While a new filter or search loads its first page, the entries of the previous one stay on
 * screen (the list is marked busy) instead of a loading message at every keystroke.
 * (A `keepPrevious` option of usePagedQuery would say this once for every list.)
 */
import { useRef } from 'react';
import type { PagedQuery } from '../../data/queries.js';

export function useKeptWhileLoading<T>(list: PagedQuery<T>): PagedQuery<T> {
  const settled = useRef<Pick<PagedQuery<T>, 'items' | 'nextCursor'>>({ items: [], nextCursor: null });
  if (!list.loading) settled.current = { items: list.items, nextCursor: list.nextCursor };
  const kept = settled.current;
  return list.loading && kept.items.length ? { ...list, items: kept.items, nextCursor: kept.nextCursor } : list;
}
