/**
 * People and teams, through the query cache. A person fetched by id, or seen in any list,
 * is cached under `keys.people.one(id)`; a failed fetch is an error for that query (retried
 * on the next mount or invalidation), never a permanent "nobody".
 */
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, getAll } from '../api/client.js';
import type { Page, Person, Team } from '../api/types.js';
import { keys } from './keys.js';
import { useApiQuery, usePagedQuery, type ApiQuery, type PagedQuery } from './queries.js';

export const fetchPerson = (id: string, signal?: AbortSignal) =>
  api.get<Person>(`/people/${encodeURIComponent(id)}`, signal ? { signal } : {});

/** Put people seen in a list into the cache, so names show without another request. */
export function rememberPeople(client: QueryClient, people: readonly Person[]): void {
  for (const p of people) client.setQueryData(keys.people.one(p.id), p);
}

/** One person (`me` works too). */
export function usePerson(id: string | null | undefined): ApiQuery<Person> {
  return useApiQuery(keys.people.one(id ?? ''), (signal) => fetchPerson(id ?? '', signal), { enabled: Boolean(id) });
}

/** People by id, for names beside ids (managers, members, authors); unknown ids are left out. */
export function usePeopleById(ids: readonly (string | null | undefined)[]): Map<string, Person> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const results = useQueries({
    queries: wanted.map((id) => ({
      queryKey: keys.people.one(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPerson(id, signal),
      staleTime: 60_000,
    })),
  });
  const stamp = results.map((r) => r.dataUpdatedAt).join(',');
  return useMemo(() => {
    const out = new Map<string, Person>();
    results.forEach((r, i) => {
      const id = wanted[i];
      if (id && r.data) out.set(id, r.data);
    });
    return out;
    // `results` is a new array each render; its answers change only when a stamp does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stamp, wanted.join(',')]);
}

/** All teams, by name (organisations have tens, not thousands). */
export function useTeams(): { teams: Team[]; loading: boolean; error: unknown; reload(): void } {
  const query = useApiQuery(keys.teams.list(), async () => (await getAll<Team>('/teams')).sort((a, b) => a.name.localeCompare(b.name)));
  return { teams: query.data ?? [], loading: query.loading, error: query.error, reload: query.reload };
}

/** The directory, a page at a time; everyone it loads is cached for name look-ups. */
export function usePeopleList(q: string, team: string, includeInactive: boolean): PagedQuery<Person> {
  const client = useQueryClient();
  return usePagedQuery(keys.people.list({ q, team, includeInactive }), async (cursor, signal) => {
    const page = await api.get<Page<Person>>('/people', {
      query: { q, team, includeInactive: includeInactive ? 'true' : undefined, cursor, limit: 50 },
      signal,
    });
    rememberPeople(client, page.items);
    return page;
  });
}
