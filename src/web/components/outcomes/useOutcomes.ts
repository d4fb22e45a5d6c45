/** Outcomes a page at a time (GET /outcomes with owner or initiativeId), and the `n` key that opens "New outcome". */
import { useEffect, useRef } from 'react';
import { api } from '../../api/client.js';
import type { Initiative, Outcome, Page } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useApiQuery, usePagedQuery } from '../../data/queries.js';

export interface OutcomeFilter {
  initiativeId?: string | undefined;
  owner?: string | undefined;
}

export function useOutcomes(filter: OutcomeFilter) {
  const params = filter.initiativeId ? { initiativeId: filter.initiativeId } : { owner: filter.owner || 'me' };
  return usePagedQuery(keys.outcomes.list(params), (cursor, signal) =>
    api.get<Page<Outcome>>('/outcomes', { query: { ...params, cursor, limit: 20 }, signal }),
  );
}

/** An initiative's title for a link beside an outcome; null while unknown or not visible. */
export function useInitiativeTitle(id: string | null): string | null {
  const query = useApiQuery([...keys.initiatives.one(id ?? ''), 'title'], (signal) => api.get<Initiative>(`/initiatives/${encodeURIComponent(id ?? '')}`, { signal }).then((i) => i.title), {
    enabled: Boolean(id),
    staleTime: 60_000,
  });
  return query.data ?? null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((target as HTMLInputElement).type);
  return false;
}

/** `n` opens "New outcome" on the page, unless typing or while a dialog or menu is open. */
export function useNewKey(enabled: boolean, open: () => void): void {
  const ref = useRef(open);
  ref.current = open;
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'n' || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"], [role="menu"]')) return;
      event.preventDefault();
      ref.current();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
