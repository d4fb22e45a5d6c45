/** One person in the directory: who they are, their teams, their manager and target level. */
import { ClipboardCheck, Compass } from 'lucide-react';
import { Link } from 'react-router';
import type { Person, Team } from '../../api/types.js';
import { Avatar } from '../../components/bits.js';
import { PersonBadges, TeamChips } from './PersonBits.js';

export function DirectoryRow({
  person,
  me,
  manager,
  teams,
  levelName,
}: {
  person: Person;
  me: Person;
  /** Their manager, once known (while loading, `…` stands in). */
  manager: Person | undefined;
  teams: Team[];
  levelName(id: string): string;
}) {
  return (
    <li className={`list-row person-row ${person.active ? '' : 'row-inactive'}`}>
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
          {person.managerId ? <>Reports to {manager ? manager.name : '…'}</> : <span className="muted">No manager</span>}
          {person.targetLevel && <> · Aiming for {levelName(person.targetLevel)}</>}
        </span>
        {person.managerId === me.id && person.active && (
          <span className="person-actions">
            <Link
              to={`/framework?person=${encodeURIComponent(person.id)}`}
              className="btn btn-small"
              aria-label={`Readiness and assessments of ${person.name}`}
            >
              <Compass size={14} aria-hidden="true" /> Readiness
            </Link>
            <Link
              to={`/framework/assess/${encodeURIComponent(person.id)}?kind=manager`}
              className="btn btn-small"
              aria-label={`Assess ${person.name}`}
            >
              <ClipboardCheck size={14} aria-hidden="true" /> Assess
            </Link>
          </span>
        )}
      </div>
    </li>
  );
}
