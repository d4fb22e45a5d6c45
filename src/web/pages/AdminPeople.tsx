/**
 * Admin › People: create accounts, set reporting lines, target levels and teams; reset a
 * password, move someone's reports, deactivate and reactivate. Filters (`q`, `team`) live in
 * the URL; `?new=1` (from the command palette) opens "Add a person".
 *
 * The pieces live in pages/admin/people/: useAdminPeople (the list and its writes),
 * PeopleTable → PersonRow → EditPerson / PersonActionsMenu, and the dialogs.
 */
import { UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.js';
import type { Person } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { useMe } from '../app/session.js';
import { EmptyState, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { useOpenFromUrl, useUrlFilters } from '../components/useUrlFilters.js';
import { useFramework } from '../data/framework.js';
import { useTeams } from '../data/people.js';
import { CreatePersonDialog } from './admin/people/CreatePersonDialog.js';
import { MoveReportsDialog } from './admin/people/MoveReportsDialog.js';
import { PeopleTable } from './admin/people/PeopleTable.js';
import { ResetPasswordDialog } from './admin/people/ResetPasswordDialog.js';
import { ToggleActiveDialog } from './admin/people/ToggleActiveDialog.js';
import { useAdminPeople } from './admin/people/useAdminPeople.js';
import { useEditingRow } from './admin/people/useEditingRow.js';
import { PeopleFilters } from './people/PeopleFilters.js';

function AddPersonButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="btn btn-primary" onClick={onClick}>
      <UserPlus size={16} aria-hidden="true" /> Add person
    </button>
  );
}

function AdminPeople() {
  const me = useMe();
  const filters = useUrlFilters(['q', 'team']);
  const { q, team } = filters.values;
  const { teams } = useTeams();
  const { levelName } = useFramework();
  const people = useAdminPeople(q, team);
  const { list } = people;
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useEditingRow();
  const [resetFor, setResetFor] = useState<Person | null>(null);
  const [moveFor, setMoveFor] = useState<Person | null>(null);
  const [toggleFor, setToggleFor] = useState<Person | null>(null);
  useOpenFromUrl('new', () => setCreating(true));

  return (
    <div className="page">
      <PageHeader
        title="Manage people"
        documentTitle="Admin · People"
        description="Create accounts, set reporting lines, target levels and teams."
        actions={<AddPersonButton onClick={() => setCreating(true)} />}
      />

      <PeopleFilters
        q={q}
        setQ={(v) => filters.set('q', v)}
        team={team}
        setTeam={(v) => filters.set('team', v)}
        teams={teams}
        teamSelectId="admin-people-team"
      />

      <FormError message={list.error ? errorMessage(list.error) : null} />

      {list.loading && !list.items.length ? (
        <Loading label="Loading people…" />
      ) : list.items.length === 0 ? (
        <EmptyState
          icon={<Users size={28} />}
          title={filters.active ? 'No one matches' : 'No people yet'}
          action={<AddPersonButton onClick={() => setCreating(true)} />}
        >
          <p>Add a colleague with their work email, for example “Ana Lima, ana@example.com, reports to you”.</p>
        </EmptyState>
      ) : (
        <>
          <PeopleTable
            people={list.items}
            me={me}
            managers={people.managers}
            teams={teams}
            levelName={levelName}
            editingId={editingId}
            setEditingId={setEditingId}
            actions={{
              edit: (p) => setEditingId(p.id),
              resetPassword: setResetFor,
              moveReports: setMoveFor,
              toggleActive: setToggleFor,
            }}
            onSaved={people.saved}
          />
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'person' : 'people'} shown
          </ListFoot>
        </>
      )}

      <CreatePersonDialog open={creating} onOpenChange={setCreating} teams={teams} onCreated={people.created} />
      <ResetPasswordDialog person={resetFor} onClose={() => setResetFor(null)} />
      <MoveReportsDialog person={moveFor} onClose={() => setMoveFor(null)} onMoved={people.moved} />
      <ToggleActiveDialog person={toggleFor} onClose={() => setToggleFor(null)} onConfirm={people.toggleActive} />
    </div>
  );
}

export default function AdminPeoplePage() {
  return (
    <RequireAdmin>
      <AdminPeople />
    </RequireAdmin>
  );
}
