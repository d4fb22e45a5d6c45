/** One person in Admin › People's table, with the in-place editor beneath it while it is open. */
import { Pencil } from 'lucide-react';
import type { Person, Team } from '../../../api/types.js';
import { Avatar } from '../../../components/bits.js';
import { PersonBadges, TeamChips } from '../../people/PersonBits.js';
import { EditPerson } from './EditPerson.js';
import { PersonActionsMenu, type PersonActions } from './PersonActionsMenu.js';

export function PersonRow({
  person,
  me,
  manager,
  teams,
  levelName,
  editing,
  setEditing,
  actions,
  onSaved,
}: {
  person: Person;
  me: Person;
  manager: Person | undefined;
  teams: Team[];
  levelName(id: string | null | undefined): string;
  editing: boolean;
  setEditing(open: boolean): void;
  actions: PersonActions;
  onSaved(person: Person): void;
}) {
  return (
    <div className={`table-group ${person.active ? '' : 'row-inactive'}`} role="rowgroup">
      <div className="table-row" role="row">
        <span role="cell" className="cell-person">
          <Avatar name={person.name} size={28} />
          <span className="cell-person-text">
            <span className="person-name">
              <span className="strong">{person.name}</span>
              <PersonBadges person={person} me={me} />
            </span>
            <span className="person-email">{person.email}</span>
          </span>
        </span>
        <span role="cell" className="cell-labelled" data-label="Role">
          {person.role === 'admin' ? 'Admin' : 'Member'}
        </span>
        <span role="cell" className="cell-labelled" data-label="Manager">
          {person.managerId ? (manager?.name ?? '…') : <span className="muted">None</span>}
        </span>
        <span role="cell" className="cell-labelled" data-label="Target">
          {levelName(person.targetLevel)}
        </span>
        <span role="cell" className="cell-labelled" data-label="Teams">
          <TeamChips ids={person.teamIds} teams={teams} />
          {person.teamIds.length === 0 && <span className="muted">None</span>}
        </span>
        <span role="cell" className="cell-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={editing}
            data-edit-for={person.id}
            onClick={() => setEditing(!editing)}
            aria-label={`Edit ${person.name}`}
          >
            <Pencil size={14} aria-hidden="true" />
            <span className="hide-narrow">Edit</span>
          </button>
          <PersonActionsMenu person={person} isMe={person.id === me.id} actions={actions} />
        </span>
      </div>
      {editing && (
        <div className="table-editor" role="row">
          <div role="cell" className="table-editor-cell">
            <EditPerson person={person} teams={teams} onCancel={() => setEditing(false)} onSaved={onSaved} />
          </div>
        </div>
      )}
    </div>
  );
}
