import { Pencil, Plus, Trash2, UsersRound, X } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, errorMessage, getAll } from '../api/client.js';
import type { Person, Team } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { Avatar, EmptyState, Loading, PageHeader } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { PersonPicker } from '../components/PersonPicker.js';
import { SearchBox } from '../components/SearchBox.js';
import { useToast } from '../components/Toast.js';
import { useAsync, useFocusFirstError, useQueryParam } from '../lib/hooks.js';
import { rememberPeople, usePeopleById, useTeams } from '../lib/people.js';

const TEAM_FIELDS = ['name', 'slug', 'description'] as const;

function CreateTeam({ onCreated, autoFocus }: { onCreated(team: Team): void; autoFocus: boolean }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(formRef, error);
  useEffect(() => {
    if (autoFocus) nameRef.current?.focus();
  }, [autoFocus]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      return setError(
        new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/name', message: 'Give the team a name.' }] }),
      );
    }
    setPending(true);
    setError(null);
    try {
      const team = await api.post<Team>('/teams', {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      setName('');
      setDescription('');
      onCreated(team);
      nameRef.current?.focus();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, TEAM_FIELDS);
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="card form create-team" aria-labelledby="create-team-heading">
      <h2 id="create-team-heading" className="card-title">
        Create a team
      </h2>
      <FormError message={problems.form} />
      <div className="form-row">
        <Field label="Name" error={problems.field('name') ?? problems.field('slug')}>
          <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Payments" autoComplete="off" />
        </Field>
        <Field label="Description (optional)" error={problems.field('description')} className="grow">
          <input
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            placeholder="What the team owns"
            autoComplete="off"
          />
        </Field>
        <button type="submit" className="btn btn-primary form-row-button" disabled={pending}>
          <Plus size={16} aria-hidden="true" /> {pending ? 'Creating…' : 'Create team'}
        </button>
      </div>
    </form>
  );
}

function TeamCard({
  team,
  onChange,
  onDelete,
}: {
  team: Team;
  onChange(team: Team): void;
  onDelete(team: Team): void;
}) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description ?? '');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [memberError, setMemberError] = useState<string | null>(null);
  const members = usePeopleById(team.memberIds);
  const nameRef = useRef<HTMLInputElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  const restoreFocus = useRef(false);
  useEffect(() => {
    if (editing) {
      nameRef.current?.focus();
    } else if (restoreFocus.current) {
      restoreFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  function stopEditing() {
    restoreFocus.current = true;
    setEditing(false);
    setName(team.name);
    setDescription(team.description ?? '');
  }

  async function refresh() {
    onChange(await api.get<Team>(`/teams/${encodeURIComponent(team.id)}`));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      return setError(
        new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/name', message: 'A team needs a name.' }] }),
      );
    }
    setPending(true);
    setError(null);
    try {
      const saved = await api.patch<Team>(`/teams/${encodeURIComponent(team.id)}`, {
        name: name.trim(),
        description: description.trim(),
      });
      onChange(saved);
      restoreFocus.current = true;
      setEditing(false);
      toast({ message: `Saved ${saved.name}.` });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  async function addMember(personId: string | null, personName: string | undefined) {
    if (!personId) return;
    setMemberError(null);
    try {
      await api.put(`/teams/${encodeURIComponent(team.id)}/members/${encodeURIComponent(personId)}`);
      await refresh();
      toast({ message: `${personName ?? 'They'} joined ${team.name}.` });
    } catch (e) {
      setMemberError(errorMessage(e));
    }
  }

  async function removeMember(personId: string) {
    const who = members.get(personId)?.name ?? 'They';
    setMemberError(null);
    try {
      await api.delete(`/teams/${encodeURIComponent(team.id)}/members/${encodeURIComponent(personId)}`);
      await refresh();
      toast({
        message: `${who} left ${team.name}.`,
        action: { label: 'Undo', onClick: () => void addMember(personId, who) },
      });
    } catch (e) {
      setMemberError(errorMessage(e));
    }
  }

  const problems = problemsOf(error, TEAM_FIELDS);
  const headingId = `team-${team.id}-name`;
  return (
    <li className="card team-card" aria-labelledby={headingId}>
      {editing ? (
        <form
          onSubmit={save}
          noValidate
          className="form"
          aria-label={`Edit ${team.name}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              stopEditing();
            }
          }}
        >
          <h3 id={headingId} className="visually-hidden">
            {team.name}
          </h3>
          <FormError message={problems.form} />
          <Field label="Team name" error={problems.field('name') ?? problems.field('slug')}>
            <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Description" error={problems.field('description')}>
            <input value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
          </Field>
          <div className="form-actions">
            <button
              type="button"
              className="btn"
              onClick={stopEditing}
            >
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={pending}>
              {pending ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
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
    </li>
  );
}

function AdminTeams() {
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useQueryParam('q');
  const { teams: loaded, loading, error, reload } = useTeams();
  const [teams, setTeams] = useState<Team[]>([]);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [focusCreate, setFocusCreate] = useState(false);
  // Load the directory once, so member names need no request each.
  const people = useAsync(async () => {
    const all = await getAll<Person>('/people', { includeInactive: 'true' }).catch(() => [] as Person[]);
    rememberPeople(all);
    return all.length;
  }, []);

  useEffect(() => setTeams(loaded), [loaded]);

  useEffect(() => {
    if (params.get('new')) {
      setFocusCreate(true);
      const copy = new URLSearchParams(params);
      copy.delete('new');
      setParams(copy, { replace: true });
    }
  }, [params, setParams]);

  const needle = q.trim().toLowerCase();
  const shown = needle
    ? teams.filter((t) => `${t.name} ${t.slug} ${t.description ?? ''}`.toLowerCase().includes(needle))
    : teams;

  return (
    <div className="page">
      <PageHeader title="Teams" documentTitle="Admin · Teams" description="Teams group people; cross-team work is measured against them." />
      <CreateTeam
        autoFocus={focusCreate}
        onCreated={(team) => {
          setTeams((all) => [...all, team].sort((a, b) => a.name.localeCompare(b.name)));
          toast({ message: `Created ${team.name}.` });
        }}
      />

      {teams.length > 0 && (
        <div className="toolbar" role="search" aria-label="Filter teams">
          <SearchBox value={q} onChange={(v) => setQ(v || null)} label="Filter teams" placeholder="Filter teams" delay={0} />
        </div>
      )}

      <FormError message={error ? errorMessage(error) : null} />
      {(loading && !teams.length) || people.loading ? (
        <Loading label="Loading teams…" />
      ) : teams.length === 0 ? (
        <EmptyState icon={<UsersRound size={28} />} title="No teams yet">
          <p>
            Create one team per group that owns software, for example “Payments” or “Platform”. Later, staffpath uses
            teams to show how far someone's work reaches.
          </p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState icon={<UsersRound size={28} />} title="No team matches" action={<button type="button" className="btn" onClick={() => setQ(null)}>Clear filter</button>}>
          <p>Nothing matches “{q}”.</p>
        </EmptyState>
      ) : (
        <ul className="team-grid" aria-label="Teams">
          {shown.map((team) => (
            <TeamCard
              key={team.id}
              team={team}
              onChange={(saved) => setTeams((all) => all.map((t) => (t.id === saved.id ? saved : t)))}
              onDelete={setDeleting}
            />
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
          await api.delete(`/teams/${encodeURIComponent(deleting.id)}`);
          setTeams((all) => all.filter((t) => t.id !== deleting.id));
          toast({ message: `Deleted ${deleting.name}.` });
          reload();
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
