import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router';

/** After a failed submit, move focus to the first field marked invalid. */
export function useFocusFirstError(formRef: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (!error) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [error, formRef]);
}

/** A value that follows `value` after `delay` ms of quiet. */
export function useDebounced<T>(value: T, delay = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Read and write one query-string parameter (filters live in the URL). */
export function useQueryParam(name: string): [string, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? '';
  const set = useCallback(
    (next: string | null) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next) copy.set(name, next);
          else copy.delete(name);
          return copy;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [name, setParams],
  );
  return [value, set];
}

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData(update: T | ((prev: T | undefined) => T)): void;
}

/** Load something when `deps` change; ignores answers that arrive after a newer request. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly (string | number | boolean | null | undefined)[]): AsyncState<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const key = JSON.stringify(deps);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) {
          setDataState(value);
          setLoading(false);
        }
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      });
    return () => controller.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((update: T | ((prev: T | undefined) => T)) => {
    setDataState((prev) => (typeof update === 'function' ? (update as (p: T | undefined) => T)(prev) : update));
  }, []);
  return { data, error, loading, reload, setData };
}

export interface PagedList<T> {
  items: T[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
  setItems(update: (items: T[]) => T[]): void;
}

/** A cursor-paginated collection (`{items, nextCursor}`) with "Load more". */
export function usePagedList<T>(
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<{ items: T[]; nextCursor: string | null }>,
  deps: readonly (string | number | boolean | null | undefined)[],
): PagedList<T> {
  const [items, setItemsState] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const moreController = useRef<AbortController | null>(null);
  const key = JSON.stringify(deps);

  useEffect(() => {
    const controller = new AbortController();
    moreController.current?.abort();
    setLoading(true);
    setError(null);
    fetchRef
      .current(null, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        setItemsState(page.items);
        setNextCursor(page.nextCursor);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      });
    return () => controller.abort();
  }, [key, tick]);

  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore) return;
    const controller = new AbortController();
    moreController.current = controller;
    setLoadingMore(true);
    fetchRef
      .current(nextCursor, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        setItemsState((prev) => [...prev, ...page.items]);
        setNextCursor(page.nextCursor);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoadingMore(false);
      });
  }, [nextCursor, loadingMore]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState(update), []);
  return { items, nextCursor, loading, loadingMore, error, loadMore, reload, setItems };
}
