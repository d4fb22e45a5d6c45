import { ClipboardCheck, Compass, Users } from 'lucide-react';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import type { Person, Team } from '../api/types.js';
import { useMe } from '../app/session.js';
import { Avatar, EmptyState, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { SearchBox } from '../components/SearchBox.js';
import { errorMessage } from '../api/client.js';
import { levelLabel } from '../lib/format.js';
import { useQueryParam } from '../lib/hooks.js';
import { usePeopleById, usePeopleList, useTeams } from '../lib/people.js';

export function PersonBadges({ person, me }: { person: Person; me: Person }) {
  return (
    <>
      {person.id === me.id && <span className="badge">You</span>}
      {person.role === 'admin' && <span className="badge badge-accent">Admin</span>}
      {!person.active && <span className="badge badge-muted">Deactivated</span>}
    </>
  );
}

export function TeamChips({ ids, teams }: { ids: string[]; teams: Team[] }) {
  const names = ids.map((id) => teams.find((t) => t.id === id)?.name).filter((n): n is string => Boolean(n));
  if (!names.length) return null;
  return (
    <span className="chips">
      {names.map((n) => (
        <span key={n} className="chip">
          {n}
        </span>
      ))}
    </span>
  );
}

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
        <select id={teamSelectId} value={team} onChange={(e) => setTeam(e.target.value || null)}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {children}
    </div>
  );
}

export default function PeoplePage() {
  const me = useMe();
  const [q, setQ] = useQueryParam('q');
  const [team, setTeam] = useQueryParam('team');
  const [inactive, setInactive] = useQueryParam('inactive');
  const { teams } = useTeams();
  const isAdmin = me.role === 'admin';
  const includeInactive = isAdmin && inactive === '1';

  const list = usePeopleList(q, team, includeInactive);
  const managers = usePeopleById(list.items.map((p) => p.managerId));
  const filtered = Boolean(q || team);

  return (
    <div className="page">
      <PageHeader title="People" description="Everyone in your organisation: who they are, their teams and who they report to." />

      <PeopleFilters q={q} setQ={setQ} team={team} setTeam={setTeam} teams={teams} teamSelectId="people-team">
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
        filtered ? (
          <EmptyState
            icon={<Users size={28} />}
            title="No one matches"
            action={
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setQ(null);
                  setTeam(null);
                }}
              >
                Clear filters
              </button>
            }
          >
            <p>
              Nobody {q ? <>matches “{q}”</> : null}
              {q && team ? ' in ' : team ? 'is in ' : ''}
              {team ? teams.find((t) => t.id === team)?.name ?? 'that team' : ''}. Try part of a name or an email, such
              as “ana” or “@example.com”.
            </p>
          </EmptyState>
        ) : (
          <EmptyState icon={<Users size={28} />} title="Nobody here yet">
            <p>The directory lists everyone with an account, for example “Ana Lima — Payments — reports to Sam”.</p>
            {isAdmin && (
              <p>
                <Link to="/admin/people?new=1">Add the first person</Link>
              </p>
            )}
          </EmptyState>
        )
      ) : (
        <>
          <ul className="list" aria-label="People" aria-busy={list.loading}>
            {list.items.map((person) => {
              const manager = person.managerId ? managers.get(person.managerId) : undefined;
              return (
                <li key={person.id} className={`list-row person-row ${person.active ? '' : 'row-inactive'}`}>
                  <Avatar name={person.name} size={32} />
                  <div className="person-main">
                    <div className="person-name">
                      <span className="strong">{person.name}</span>
                      <PersonBadges person={person} me={me} />
                    </div>
                    <a className="person-email" href={`mailto:${person.email}`}>
                      {person.email}
                    </a>
                  </div>
                  <div className="person-meta">
                    <TeamChips ids={person.teamIds} teams={teams} />
                    <span className="meta-line">
                      {person.managerId ? (
                        <>Reports to {manager ? manager.name : '…'}</>
                      ) : (
                        <span className="muted">No manager</span>
                      )}
                      {person.targetLevel && <> · Aiming for {levelLabel(person.targetLevel)}</>}
                    </span>
                    {person.managerId === me.id && person.active && (
                      <span className="person-actions">
                        <Link to={`/framework?person=${encodeURIComponent(person.id)}`} className="btn btn-small" aria-label={`Readiness and assessments of ${person.name}`}>
                          <Compass size={14} aria-hidden="true" /> Readiness
                        </Link>
                        <Link to={`/framework/assess/${encodeURIComponent(person.id)}?kind=manager`} className="btn btn-small" aria-label={`Assess ${person.name}`}>
                          <ClipboardCheck size={14} aria-hidden="true" /> Assess
                        </Link>
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'person' : 'people'} shown
          </ListFoot>
        </>
      )}
    </div>
  );
}
