/**
 * Admin › Teams' data: the teams (through the shared teams query), the whole directory loaded
 * once so member names need no request each, and what a write does — the server's answer goes
 * into the cached list at once, then everything that reads teams or people reloads.
 */
import { useQueryClient } from '@tanstack/react-query';
import { api, getAll } from '../../../api/client.js';
import type { Person, Team } from '../../../api/types.js';
import { keys } from '../../../data/keys.js';
import { useInvalidate } from '../../../data/invalidate.js';
import { rememberPeople, useTeams } from '../../../data/people.js';
import { useApiQuery } from '../../../data/queries.js';

const byName = (a: Team, b: Team) => a.name.localeCompare(b.name);

/** Everyone, deactivated too, seeded into the cache for name look-ups; answers how many. */
function useDirectoryNames() {
  const client = useQueryClient();
  return useApiQuery([...keys.people.all, 'everyone'], async () => {
    const all = await getAll<Person>('/people', { includeInactive: 'true' }).catch(() => [] as Person[]);
    rememberPeople(client, all);
    return all.length;
  });
}

/** Changes to the cached list of teams, each followed by a reload of what reads teams. */
export function useTeamWrites() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const change = (update: (teams: Team[]) => Team[]) => {
    client.setQueryData<Team[]>(keys.teams.list(), (teams) => (teams ? update(teams) : teams));
    void invalidate.teams();
  };
  return {
    added: (team: Team) => change((all) => [...all.filter((t) => t.id !== team.id), team].sort(byName)),
    changed: (team: Team) => change((all) => all.map((t) => (t.id === team.id ? team : t))),
    /** Fetch a team again after its members changed. */
    async refresh(teamId: string) {
      const team = await api.get<Team>(`/teams/${encodeURIComponent(teamId)}`);
      change((all) => all.map((t) => (t.id === team.id ? team : t)));
    },
    async remove(team: Team) {
      await api.delete(`/teams/${encodeURIComponent(team.id)}`);
      change((all) => all.filter((t) => t.id !== team.id));
    },
  };
}

export function useAdminTeams() {
  const { teams, loading, error } = useTeams();
  const directory = useDirectoryNames();
  // The first answer only: a reload after a write keeps the cards on screen.
  return { teams, loading: (loading && !teams.length) || directory.loading, error };
}
