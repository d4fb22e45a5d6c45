/** What the directory says when it lists nobody: no match for the filters, or no one yet. */
import { Users } from 'lucide-react';
import { Link } from 'react-router';
import type { Team } from '../../api/types.js';
import { EmptyState } from '../../components/bits.js';

export function NoOneMatches({ q, team, teams, onClear }: { q: string; team: string; teams: Team[]; onClear(): void }) {
  return (
    <EmptyState
      icon={<Users size={28} />}
      title="No one matches"
      action={
        <button type="button" className="btn" onClick={onClear}>
          Clear filters
        </button>
      }
    >
      <p>
        Nobody {q ? <>matches “{q}”</> : null}
        {q && team ? ' in ' : team ? 'is in ' : ''}
        {team ? teams.find((t) => t.id === team)?.name ?? 'that team' : ''}. Try part of a name or an email, such as “ana”
        or “@example.com”.
      </p>
    </EmptyState>
  );
}

export function NobodyYet({ isAdmin }: { isAdmin: boolean }) {
  return (
    <EmptyState icon={<Users size={28} />} title="Nobody here yet">
      <p>The directory lists everyone with an account, for example “Ana Lima — Payments — reports to Sam”.</p>
      {isAdmin && (
        <p>
          <Link to="/admin/people?new=1">Add the first person</Link>
        </p>
      )}
    </EmptyState>
  );
}
