/**
 * The directory: everyone in the organisation, searchable by name or email and filterable by
 * team (both in the URL; admins may also show deactivated accounts). Managers get links to
 * their reports' readiness and assessments.
 *
 * The pieces live in pages/people/: PeopleFilters, DirectoryRow, DirectoryEmpty, PersonBits.
 */
import { errorMessage } from '../api/client.js';
import { useMe } from '../app/session.js';
import { ListFoot, Loading, PageHeader } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { useUrlFilters } from '../components/useUrlFilters.js';
import { useFramework } from '../data/framework.js';
import { usePeopleById, usePeopleList, useTeams } from '../data/people.js';
import { useQueryParam } from '../lib/hooks.js';
import { NobodyYet, NoOneMatches } from './people/DirectoryEmpty.js';
import { DirectoryRow } from './people/DirectoryRow.js';
import { PeopleFilters } from './people/PeopleFilters.js';

export default function PeoplePage() {
  const me = useMe();
  const filters = useUrlFilters(['q', 'team']);
  const { q, team } = filters.values;
  const [inactive, setInactive] = useQueryParam('inactive');
  const { teams } = useTeams();
  const { levelName } = useFramework();
  const isAdmin = me.role === 'admin';
  const includeInactive = isAdmin && inactive === '1';

  const list = usePeopleList(q, team, includeInactive);
  const managers = usePeopleById(list.items.map((p) => p.managerId));

  return (
    <div className="page">
      <PageHeader title="People" description="Everyone in your organisation: who they are, their teams and who they report to." />

      <PeopleFilters
        q={q}
        setQ={(v) => filters.set('q', v)}
        team={team}
        setTeam={(v) => filters.set('team', v)}
        teams={teams}
        teamSelectId="people-team"
      >
        {isAdmin && (
          <label className="checkbox toolbar-check">
            <input type="checkbox" checked={includeInactive} onChange={(e) => setInactive(e.target.checked ? '1' : null)} />
            Show deactivated
          </label>
        )}
      </PeopleFilters>

      <FormError message={list.error ? errorMessage(list.error) : null} />

      {list.loading && !list.items.length ? (
        <Loading label="Loading people…" />
      ) : list.items.length === 0 ? (
        filters.active ? (
          <NoOneMatches q={q} team={team} teams={teams} onClear={filters.clear} />
        ) : (
          <NobodyYet isAdmin={isAdmin} />
        )
      ) : (
        <>
          <ul className="list" aria-label="People" aria-busy={list.loading}>
            {list.items.map((person) => (
              <DirectoryRow
                key={person.id}
                person={person}
                me={me}
                manager={person.managerId ? managers.get(person.managerId) : undefined}
                teams={teams}
                levelName={levelName}
              />
            ))}
          </ul>
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'person' : 'people'} shown
          </ListFoot>
        </>
      )}
    </div>
  );
}
