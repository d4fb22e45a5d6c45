/** Admin › People's table: a row per person, their manager's name and the row being edited. */
import type { Person, Team } from '../../../api/types.js';
import type { PersonActions } from './PersonActionsMenu.js';
import { PersonRow } from './PersonRow.js';

export function PeopleTable({
  people,
  me,
  managers,
  teams,
  levelName,
  editingId,
  setEditingId,
  actions,
  onSaved,
}: {
  people: Person[];
  me: Person;
  managers: Map<string, Person>;
  teams: Team[];
  levelName(id: string | null | undefined): string;
  editingId: string | null;
  setEditingId(id: string | null): void;
  actions: PersonActions;
  onSaved(person: Person): void;
}) {
  return (
    <div className="table" role="table" aria-label="People">
      <div className="table-head" role="row">
        <span role="columnheader">Person</span>
        <span role="columnheader">Role</span>
        <span role="columnheader">Manager</span>
        <span role="columnheader">Target</span>
        <span role="columnheader">Teams</span>
        <span role="columnheader">
          <span className="visually-hidden">Actions</span>
        </span>
      </div>
      {people.map((person) => (
        <PersonRow
          key={person.id}
          person={person}
          me={me}
          manager={person.managerId ? managers.get(person.managerId) : undefined}
          teams={teams}
          levelName={levelName}
          editing={editingId === person.id}
          setEditing={(open) => setEditingId(open ? person.id : null)}
          actions={actions}
          onSaved={(saved) => {
            setEditingId(null);
            onSaved(saved);
          }}
        />
      ))}
    </div>
  );
}
