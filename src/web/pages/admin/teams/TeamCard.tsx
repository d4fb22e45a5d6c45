/** One team: its name, slug, size and description (or the editor while renaming), and its members. */
import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Team } from '../../../api/types.js';
import { TeamEditor } from './TeamEditor.js';
import { TeamMembers } from './TeamMembers.js';
import { useTeamWrites } from './useAdminTeams.js';

export function TeamCard({ team, onDelete }: { team: Team; onDelete(team: Team): void }) {
  const writes = useTeamWrites();
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  // When the editor closes, focus goes back to the Rename button.
  const restoreFocus = useRef(false);
  useEffect(() => {
    if (!editing && restoreFocus.current) {
      restoreFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  function stopEditing() {
    restoreFocus.current = true;
    setEditing(false);
  }

  const headingId = `team-${team.id}-name`;
  return (
    <li className="card team-card" aria-labelledby={headingId}>
      {editing ? (
        <TeamEditor
          team={team}
          headingId={headingId}
          onCancel={stopEditing}
          onSaved={(saved) => {
            writes.changed(saved);
            stopEditing();
          }}
        />
      ) : (
        <>
          <div className="team-head">
            <h3 id={headingId} className="team-name">
              {team.name}
            </h3>
            <div className="team-actions">
              <button
                ref={editButtonRef}
                type="button"
                className="btn btn-small"
                onClick={() => setEditing(true)}
                aria-label={`Rename ${team.name}`}
              >
                <Pencil size={14} aria-hidden="true" /> <span className="hide-narrow">Rename</span>
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger-quiet"
                onClick={() => onDelete(team)}
                aria-label={`Delete ${team.name}`}
              >
                <Trash2 size={14} aria-hidden="true" /> <span className="hide-narrow">Delete</span>
              </button>
            </div>
          </div>
          <p className="team-meta">
            <span className="mono">{team.slug}</span>
            <span aria-hidden="true"> · </span>
            <span className="num">
              {team.memberIds.length} {team.memberIds.length === 1 ? 'member' : 'members'}
            </span>
          </p>
          {team.description && <p className="team-description">{team.description}</p>}
        </>
      )}
      <TeamMembers team={team} />
    </li>
  );
}
