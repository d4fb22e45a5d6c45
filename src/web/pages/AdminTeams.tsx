/**
 * Admin › Teams: create teams, rename and delete them, add and remove members. The filter
 * (`q`) lives in the URL; `?new=1` (from the command palette) puts focus in "Create a team".
 *
 * The pieces live in pages/admin/teams/: useAdminTeams (teams, member names and the writes),
 * CreateTeam, TeamCard → TeamEditor / TeamMembers.
 */
import { UsersRound } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.js';
import type { Team } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { EmptyState, Loading, PageHeader } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { FormError } from '../components/Form.js';
import { SearchBox } from '../components/SearchBox.js';
import { useToast } from '../components/Toast.js';
import { useOpenFromUrl, useUrlFilters } from '../components/useUrlFilters.js';
import { CreateTeam } from './admin/teams/CreateTeam.js';
import { TeamCard } from './admin/teams/TeamCard.js';
import { useAdminTeams, useTeamWrites } from './admin/teams/useAdminTeams.js';

function matches(team: Team, needle: string): boolean {
  return `${team.name} ${team.slug} ${team.description ?? ''}`.toLowerCase().includes(needle);
}

function AdminTeams() {
  const toast = useToast();
  const filters = useUrlFilters(['q']);
  const { q } = filters.values;
  const { teams, loading, error } = useAdminTeams();
  const writes = useTeamWrites();
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [focusCreate, setFocusCreate] = useState(false);
  useOpenFromUrl('new', () => setFocusCreate(true));

  const needle = q.trim().toLowerCase();
  const shown = needle ? teams.filter((t) => matches(t, needle)) : teams;

  return (
    <div className="page">
      <PageHeader title="Teams" documentTitle="Admin · Teams" description="Teams group people; cross-team work is measured against them." />
      <CreateTeam
        autoFocus={focusCreate}
        onCreated={(team) => {
          writes.added(team);
          toast({ message: `Created ${team.name}.` });
        }}
      />

      {teams.length > 0 && (
        <div className="toolbar" role="search" aria-label="Filter teams">
          <SearchBox value={q} onChange={(v) => filters.set('q', v)} label="Filter teams" placeholder="Filter teams" delay={0} />
        </div>
      )}

      <FormError message={error ? errorMessage(error) : null} />
      {loading ? (
        <Loading label="Loading teams…" />
      ) : teams.length === 0 ? (
        <EmptyState icon={<UsersRound size={28} />} title="No teams yet">
          <p>
            Create one team per group that owns software, for example “Payments” or “Platform”. Later, staffpath uses teams to show how
            far someone's work reaches.
          </p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState
          icon={<UsersRound size={28} />}
          title="No team matches"
          action={
            <button type="button" className="btn" onClick={filters.clear}>
              Clear filter
            </button>
          }
        >
          <p>Nothing matches “{q}”.</p>
        </EmptyState>
      ) : (
        <ul className="team-grid" aria-label="Teams">
          {shown.map((team) => (
            <TeamCard key={team.id} team={team} onDelete={setDeleting} />
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'team'}?`}
        description="The team and its member list go away. People stay, and so does everything they wrote."
        confirmLabel="Delete team"
        onConfirm={async () => {
          if (!deleting) return;
          await writes.remove(deleting);
          toast({ message: `Deleted ${deleting.name}.` });
        }}
      />
    </div>
  );
}

export default function AdminTeamsPage() {
  return (
    <RequireAdmin>
      <AdminTeams />
    </RequireAdmin>
  );
}
