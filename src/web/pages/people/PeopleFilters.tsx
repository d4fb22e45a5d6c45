/** The directory's toolbar: search by name or email and pick a team (both kept in the URL). */
import type { ReactNode } from 'react';
import type { Team } from '../../api/types.js';
import { Select } from '../../components/controls/index.js';
import { SearchBox } from '../../components/SearchBox.js';

/** Search by name or email and pick a team; `children` go at the end of the toolbar. */
export function PeopleFilters({
  q,
  setQ,
  team,
  setTeam,
  teams,
  teamSelectId,
  children,
}: {
  q: string;
  setQ(value: string | null): void;
  team: string;
  setTeam(value: string | null): void;
  teams: Team[];
  teamSelectId: string;
  children?: ReactNode;
}) {
  return (
    <div className="toolbar" role="search" aria-label="Filter people">
      <SearchBox value={q} onChange={(v) => setQ(v || null)} label="Search people" placeholder="Search by name or email" />
      <div className="toolbar-field">
        <label htmlFor={teamSelectId} className="visually-hidden">
          Team
        </label>
        <Select
          id={teamSelectId}
          value={team}
          onChange={(v) => setTeam(v || null)}
          options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
        />
      </div>
      {children}
    </div>
  );
}
