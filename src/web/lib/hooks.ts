import { useCallback, useEffect, useState, type RefObject } from 'react';
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
