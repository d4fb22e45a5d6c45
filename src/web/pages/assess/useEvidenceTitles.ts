/** Titles of linked entries, through the query cache; an entry the caller cannot see says so. */
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Evidence } from '../../api/types.js';
import { keys } from '../../data/keys.js';

export const UNSEEN_ENTRY = 'An entry you cannot see';

export function useEvidenceTitles(ids: readonly string[]): Map<string, string> {
  const wanted = [...new Set(ids)].sort();
  const results = useQueries({
    queries: wanted.map((id) => ({
      queryKey: [...keys.evidence.one(id), 'title'],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Evidence>(`/evidence/${encodeURIComponent(id)}`, { signal }).then((e) => e.title),
      staleTime: 60_000,
    })),
  });
  const titles = new Map<string, string>();
  results.forEach((r, i) => {
    const id = wanted[i];
    if (!id) return;
    if (r.data !== undefined) titles.set(id, r.data);
    else if (r.isError) titles.set(id, UNSEEN_ENTRY);
  });
  return titles;
}
