/** A team's members: their names, a button to remove each (with Undo), and a picker to add one. */
import { X } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../../api/client.js';
import type { Team } from '../../../api/types.js';
import { Avatar } from '../../../components/bits.js';
import { FormError } from '../../../components/Form.js';
import { PersonPicker } from '../../../components/PersonPicker.js';
import { useToast } from '../../../components/Toast.js';
import { usePeopleById } from '../../../data/people.js';
import { useTeamWrites } from './useAdminTeams.js';

const memberPath = (teamId: string, personId: string) => `/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(personId)}`;

export function TeamMembers({ team }: { team: Team }) {
  const toast = useToast();
  const writes = useTeamWrites();
  const [memberError, setMemberError] = useState<string | null>(null);
  const members = usePeopleById(team.memberIds);

  async function addMember(personId: string | null, personName: string | undefined) {
    if (!personId) return;
    setMemberError(null);
    try {
      await api.put(memberPath(team.id, personId));
      await writes.refresh(team.id);
      toast({ message: `${personName ?? 'They'} joined ${team.name}.` });
    } catch (e) {
      setMemberError(errorMessage(e));
    }
  }

  async function removeMember(personId: string) {
    const who = members.get(personId)?.name ?? 'They';
    setMemberError(null);
    try {
      await api.delete(memberPath(team.id, personId));
      await writes.refresh(team.id);
      toast({
        message: `${who} left ${team.name}.`,
        action: { label: 'Undo', onClick: () => void addMember(personId, who) },
      });
    } catch (e) {
      setMemberError(errorMessage(e));
    }
  }

  return (
    <div className="team-members">
      <h4 className="team-members-title">Members</h4>
      {team.memberIds.length === 0 ? (
        <p className="muted small">No members yet. Add the people who work in this team.</p>
      ) : (
        <ul className="member-list" aria-label={`Members of ${team.name}`}>
          {team.memberIds.map((id) => {
            const person = members.get(id);
            return (
              <li key={id} className="member">
                <Avatar name={person?.name ?? '?'} size={22} />
                <span className="member-name">{person?.name ?? '…'}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${person?.name ?? 'member'} from ${team.name}`}
                  onClick={() => void removeMember(id)}
                >
                  <X size={14} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={memberError} />
      <div className="team-add">
        <PersonPicker
          value={null}
          label={`Add a member to ${team.name}`}
          placeholder="Add a member…"
          exclude={team.memberIds}
          onChange={(id, p) => void addMember(id, p?.name)}
        />
      </div>
    </div>
  );
}
