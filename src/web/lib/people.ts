import { useEffect, useState } from 'react';
import { api, getAll } from '../api/client.js';
import type { Page, Person, Team } from '../api/types.js';
import { usePagedList, type PagedList } from './hooks.js';

/** A small cache of people by id, so lists can show a manager's or member's name. */
const cache = new Map<string, Person | null>();
const inflight = new Map<string, Promise<Person | null>>();

export function rememberPeople(people: Person[]) {
  for (const p of people) cache.set(p.id, p);
}

export function forgetPerson(id: string) {
  cache.delete(id);
}

function fetchPerson(id: string): Promise<Person | null> {
  const pending = inflight.get(id);
  if (pending) return pending;
  const promise = api
    .get<Person>(`/people/${encodeURIComponent(id)}`)
    .then((p) => {
      cache.set(id, p);
      return p;
    })
    .catch(() => {
      cache.set(id, null);
      return null;
    })
    .finally(() => inflight.delete(id));
  inflight.set(id, promise);
  return promise;
}

/** People by id for the given ids, fetched when not known yet. */
export function usePeopleById(ids: (string | null | undefined)[]): Map<string, Person> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const key = wanted.join(',');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !cache.has(id)) : [];
    if (!missing.length) return;
    let cancelled = false;
    void Promise.all(missing.map(fetchPerson)).then(() => {
      if (!cancelled) setVersion((v) => v + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  const out = new Map<string, Person>();
  void version;
  for (const id of wanted) {
    const p = cache.get(id);
    if (p) out.set(id, p);
  }
  return out;
}

/** All teams (organisations have tens, not thousands). */
export function useTeams(): { teams: Team[]; loading: boolean; reload(): void; error: unknown } {
  const [teams, setTeams] = useState<Team[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    getAll<Team>('/teams')
      .then((all) => {
        if (cancelled) return;
        setTeams(all.sort((a, b) => a.name.localeCompare(b.name)));
        setError(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e);
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [tick]);
  return { teams, loading, error, reload: () => setTick((t) => t + 1) };
}

/** The directory, a page at a time; everyone it loads is remembered for name look-ups. */
export function usePeopleList(q: string, team: string, includeInactive: boolean): PagedList<Person> {
  return usePagedList(
    async (cursor, signal) => {
      const page = await api.get<Page<Person>>('/people', {
        query: { q, team, includeInactive: includeInactive ? 'true' : undefined, cursor, limit: 50 },
        signal,
      });
      rememberPeople(page.items);
      return page;
    },
    [q, team, includeInactive],
  );
}
