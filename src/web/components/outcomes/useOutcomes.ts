/** Outcomes a page at a time (GET /outcomes with owner or initiativeId). */
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

