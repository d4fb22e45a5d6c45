import { useEffect, useRef } from 'react';
import type { PagedQuery } from '../../data/queries.js';

/** Loads the next page when the end of the list scrolls into view; the button stays as a fallback. */
export function useInfiniteScroll(list: Pick<PagedQuery<unknown>, 'nextCursor' | 'loadingMore' | 'loading' | 'error' | 'loadMore'>) {
  const ref = useRef<HTMLDivElement>(null);
  const { nextCursor, loadingMore, loading, error, loadMore } = list;
  useEffect(() => {
    const el = ref.current;
    if (!el || !nextCursor || loadingMore || loading || error || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMore();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [nextCursor, loadingMore, loading, error, loadMore]);
  return ref;
}
