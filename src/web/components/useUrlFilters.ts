/**
 * A list whose filters live in the URL, so any view can be shared, bookmarked and restored
 * with Back: each named filter is one query-string parameter ('' when absent).
 *
 *   const filters = useUrlFilters(['q', 'team']);
 *   filters.values.q; filters.set('team', id); filters.clear(); filters.active;
 *
 * Changes replace the history entry (typing in a search box is not a trail of pages) and
 * keep the scroll position. `clear()` drops every filter in one change, so two filters never
 * race each other in the URL.
 *
 * `useOpenFromUrl('new', open)` is the other half of the pattern: a link such as
 * `/admin/people?new=1` (the command palette's "Add person") runs `open` once and then removes
 * the parameter, so a reload or Back does not open it again.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlFilters<N extends string> {
  /** Each filter's value, '' when it is not set. */
  values: Record<N, string>;
  /** Set one filter; '' or null removes it from the URL. */
  set(name: N, value: string | null): void;
  /** Remove every one of these filters at once. */
  clear(): void;
  /** True when any of these filters is set. */
  active: boolean;
}

export function useUrlFilters<const N extends string>(names: readonly N[]): UrlFilters<N> {
  const [params, setParams] = useSearchParams();
  const namesKey = names.join('\n');
  const values = useMemo(() => {
    const out = {} as Record<N, string>;
    for (const name of namesKey.split('\n') as N[]) out[name] = params.get(name) ?? '';
    return out;
  }, [params, namesKey]);

  const change = useCallback(
    (patch: Partial<Record<N, string | null>>) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch) as [N, string | null | undefined][]) {
            if (value) copy.set(name, value);
            else copy.delete(name);
          }
          return copy;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  const set = useCallback((name: N, value: string | null) => change({ [name]: value } as Partial<Record<N, string | null>>), [change]);
  const clear = useCallback(() => {
    const patch = {} as Partial<Record<N, string | null>>;
    for (const name of namesKey.split('\n') as N[]) patch[name] = null;
    change(patch);
  }, [change, namesKey]);

  const active = Object.values<string>(values).some(Boolean);
  return { values, set, clear, active };
}

/** When the URL carries `?<param>=…`, run `open` once and take the parameter out of the URL. */
export function useOpenFromUrl(param: string, open: () => void): void {
  const [params, setParams] = useSearchParams();
  const requested = Boolean(params.get(param));
  useEffect(() => {
    if (!requested) return;
    open();
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.delete(param);
        return copy;
      },
      { replace: true },
    );
    // `open` is the caller's callback, often a fresh closure each render; the request is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requested, param, setParams]);
}
