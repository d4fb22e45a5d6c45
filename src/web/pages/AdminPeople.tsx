import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Ellipsis, KeyRound, Pencil, UserCheck, UserPlus, Users, UserX, Shuffle } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, errorMessage } from '../api/client.js';
import type { Page, Person, Team } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { useMe } from '../app/session.js';
import { Avatar, EmptyState, Loading, PageHeader } from '../components/bits.js';
import { ConfirmDialog, DialogClose, Modal } from '../components/Dialog.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { emptyDraft, NewPasswordInput, PERSON_FIELDS, PersonFields, type PersonDraft } from '../components/PersonFields.js';
import { PersonPicker } from '../components/PersonPicker.js';
import { SearchBox } from '../components/SearchBox.js';
import { useToast } from '../components/Toast.js';
import { levelLabel } from '../lib/format.js';
import { useFocusFirstError, usePagedList, useQueryParam } from '../lib/hooks.js';
import { forgetPerson, rememberPeople, usePeopleById, useTeams } from '../lib/people.js';
import { PersonBadges, TeamChips } from './People.js';

function draftOf(p: Person): PersonDraft {
  return {
    name: p.name,
    email: p.email,
    password: '',
    role: p.role,
    managerId: p.managerId,
    targetLevel: p.targetLevel ?? 'staff',
    teamIds: [...p.teamIds],
  };
}

function validate(draft: PersonDraft, mode: 'create' | 'edit'): ApiError | null {
  const errors: { pointer: string; message: string }[] = [];
  if (!draft.name.trim()) errors.push({ pointer: '/name', message: 'Enter a name.' });
  if (!/^\S+@\S+$/.test(draft.email.trim())) errors.push({ pointer: '/email', message: 'Enter an email address.' });
  if (mode === 'create' && draft.password.length < 10)
    errors.push({ pointer: '/password', message: 'Use at least 10 characters.' });
  return errors.length
    ? new ApiError({ status: 400, code: 'validation_failed', detail: 'Please check the highlighted fields.', errors })
    : null;
}

function CreatePersonDialog({
  open,
  onOpenChange,
  teams,
  onCreated,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  teams: Team[];
  onCreated(person: Person): void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  useEffect(() => {
    if (open) {
      setDraft(emptyDraft());
      setError(null);
    }
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validate(draft, 'create');
    if (local) return setError(local);
    setPending(true);
    setError(null);
    try {
      const person = await api.post<Person>('/people', {
        name: draft.name.trim(),
        email: draft.email.trim(),
        password: draft.password,
        role: draft.role,
        managerId: draft.managerId,
        targetLevel: draft.targetLevel,
        teamIds: draft.teamIds,
      });
      onCreated(person);
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, PERSON_FIELDS);
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Add a person"
      description="They can sign in with this email and password straight away."
      className="modal-wide"
    >
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <PersonFields draft={draft} set={(p) => setDraft((d) => ({ ...d, ...p }))} problems={problems} teams={teams} mode="create" />
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Adding…' : 'Add person'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function EditPerson({
  person,
  teams,
  onSaved,
  onCancel,
}: {
  person: Person;
  teams: Team[];
  onSaved(person: Person): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validate(draft, 'edit');
    if (local) return setError(local);
    const before = draftOf(person);
    const patch: Record<string, unknown> = {};
    if (draft.name.trim() !== before.name) patch.name = draft.name.trim();
    if (draft.email.trim() !== before.email) patch.email = draft.email.trim();
    if (draft.role !== before.role) patch.role = draft.role;
    if (draft.managerId !== before.managerId) patch.managerId = draft.managerId;
    if (draft.targetLevel !== before.targetLevel) patch.targetLevel = draft.targetLevel;
    if ([...draft.teamIds].sort().join() !== [...before.teamIds].sort().join()) patch.teamIds = draft.teamIds;
    if (Object.keys(patch).length === 0) return onCancel();
    setPending(true);
    setError(null);
    try {
      const saved = await api.patch<Person>(`/people/${encodeURIComponent(person.id)}`, patch);
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, PERSON_FIELDS);
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="form row-editor"
      aria-label={`Edit ${person.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof Element && e.target.closest('.picker-panel'))) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <FormError message={problems.form} />
      <PersonFields
        draft={draft}
        set={(p) => setDraft((d) => ({ ...d, ...p }))}
        problems={problems}
        teams={teams}
        mode="edit"
        personId={person.id}
      />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}

function ResetPasswordDialog({ person, onClose }: { person: Person | null; onClose(): void }) {
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    setPassword('');
    setError(null);
  }, [person]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    if (password.length < 10) {
      return setError(
        new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/password', message: 'Use at least 10 characters.' }] }),
      );
    }
    setPending(true);
    try {
      await api.post(`/people/${encodeURIComponent(person.id)}/password-reset`, { password });
      toast({ message: `Password reset. ${person.name} will choose a new one at the next sign-in.` });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, ['password']);
  return (
    <Modal
      open={person !== null}
      onOpenChange={(o) => !o && onClose()}
      title={`Reset ${person?.name ?? ''}'s password`}
      description="Give them this temporary password privately. They must choose their own when they next sign in."
    >
      <form onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <Field label="Temporary password" hint="At least 10 characters." error={problems.field('password')}>
          <NewPasswordInput value={password} onChange={setPassword} />
        </Field>
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? 'Resetting…' : 'Reset password'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function MoveReportsDialog({ person, onClose, onMoved }: { person: Person | null; onClose(): void; onMoved(): void }) {
  const toast = useToast();
  const [to, setTo] = useState<string | null>(null);
  const [toName, setToName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    setTo(null);
    setToName(null);
    setError(null);
  }, [person]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    setPending(true);
    try {
      const answer = await api.post<{ moved: number }>(`/people/${encodeURIComponent(person.id)}/move-reports`, {
        toManagerId: to,
      });
      const n = answer?.moved ?? 0;
      toast({
        message:
          n === 0
            ? `${person.name} had no reports to move.`
            : `Moved ${n} ${n === 1 ? 'person' : 'people'} to ${toName ?? 'no manager'}.`,
      });
      onMoved();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, ['toManagerId']);
  return (
    <Modal
      open={person !== null}
      onOpenChange={(o) => !o && onClose()}
      title={`Move ${person?.name ?? ''}'s reports`}
      description="Everyone who reports to them will report to the person you choose. Useful when a manager leaves."
    >
      <form onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <Field label="New manager" error={problems.field('toManagerId')}>
          <PersonPicker
            value={to}
            onChange={(id, p) => {
              setTo(id);
              setToName(p?.name ?? null);
            }}
            noneLabel="No manager"
            exclude={person ? [person.id] : []}
          />
        </Field>
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? 'Moving…' : 'Move reports'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function AdminPeople() {
  const me = useMe();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useQueryParam('q');
  const [team, setTeam] = useQueryParam('team');
  const { teams } = useTeams();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<Person | null>(null);
  const [moveFor, setMoveFor] = useState<Person | null>(null);
  const [toggleFor, setToggleFor] = useState<Person | null>(null);
  const keepFocus = useRef(false);

  // When an in-place editor closes, give focus back to its row's Edit button.
  const lastEditing = useRef<string | null>(null);
  useEffect(() => {
    const closed = lastEditing.current;
    lastEditing.current = editingId;
    if (closed && !editingId && (document.activeElement === document.body || !document.activeElement)) {
      document.querySelector<HTMLElement>(`[data-edit-for="${CSS.escape(closed)}"]`)?.focus();
    }
  }, [editingId]);

  // `?new=1` (from the command palette) opens the create dialog.
  useEffect(() => {
    if (params.get('new')) {
      setCreating(true);
      const copy = new URLSearchParams(params);
      copy.delete('new');
      setParams(copy, { replace: true });
    }
  }, [params, setParams]);

  const list = usePagedList(
    async (cursor, signal) => {
      const page = await api.get<Page<Person>>('/people', {
        query: { q, team, includeInactive: 'true', cursor, limit: 50 },
        signal,
      });
      rememberPeople(page.items);
      return page;
    },
    [q, team],
  );
  const managers = usePeopleById(list.items.map((p) => p.managerId));

  function replace(person: Person) {
    rememberPeople([person]);
    list.setItems((items) => items.map((p) => (p.id === person.id ? person : p)));
  }

  async function toggleActive(person: Person) {
    const saved = await api.patch<Person>(`/people/${encodeURIComponent(person.id)}`, { active: !person.active });
    replace(saved);
    toast({ message: saved.active ? `${saved.name} can sign in again.` : `${saved.name} was deactivated.` });
  }

  return (
    <div className="page">
      <PageHeader
        title="Manage people"
        documentTitle="Admin · People"
        description="Create accounts, set reporting lines, target levels and teams."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            <UserPlus size={16} aria-hidden="true" /> Add person
          </button>
        }
      />

      <div className="toolbar" role="search" aria-label="Filter people">
        <SearchBox value={q} onChange={(v) => setQ(v || null)} label="Search people" placeholder="Search by name or email" />
        <div className="toolbar-field">
          <label htmlFor="admin-people-team" className="visually-hidden">
            Team
          </label>
          <select id="admin-people-team" value={team} onChange={(e) => setTeam(e.target.value || null)}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <FormError message={list.error ? errorMessage(list.error) : null} />

      {list.loading && !list.items.length ? (
        <Loading label="Loading people…" />
      ) : list.items.length === 0 ? (
        <EmptyState
          icon={<Users size={28} />}
          title={q || team ? 'No one matches' : 'No people yet'}
          action={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              <UserPlus size={16} aria-hidden="true" /> Add person
            </button>
          }
        >
          <p>Add a colleague with their work email, for example “Ana Lima, ana@example.com, reports to you”.</p>
        </EmptyState>
      ) : (
        <>
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
            {list.items.map((person) => {
              const manager = person.managerId ? managers.get(person.managerId) : undefined;
              const editing = editingId === person.id;
              return (
                <div key={person.id} className={`table-group ${person.active ? '' : 'row-inactive'}`} role="rowgroup">
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
                      {person.managerId ? manager?.name ?? '…' : <span className="muted">None</span>}
                    </span>
                    <span role="cell" className="cell-labelled" data-label="Target">
                      {levelLabel(person.targetLevel)}
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
                        onClick={() => setEditingId(editing ? null : person.id)}
                        aria-label={`Edit ${person.name}`}
                      >
                        <Pencil size={14} aria-hidden="true" />
                        <span className="hide-narrow">Edit</span>
                      </button>
                      <DropdownMenu.Root modal={false}>
                        <DropdownMenu.Trigger className="icon-button" aria-label={`More actions for ${person.name}`}>
                          <Ellipsis size={16} aria-hidden="true" />
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Portal>
                          <DropdownMenu.Content
                            className="menu"
                            align="end"
                            sideOffset={4}
                            collisionPadding={8}
                            onCloseAutoFocus={(event) => {
                              // Keep focus in the editor (or dialog) the item opened.
                              if (keepFocus.current) event.preventDefault();
                              keepFocus.current = false;
                            }}
                          >
                            <DropdownMenu.Item
                              className="menu-item"
                              onSelect={() => {
                                keepFocus.current = true;
                                setEditingId(person.id);
                              }}
                            >
                              <Pencil size={16} aria-hidden="true" /> Edit
                            </DropdownMenu.Item>
                            <DropdownMenu.Item className="menu-item" onSelect={() => setResetFor(person)}>
                              <KeyRound size={16} aria-hidden="true" /> Reset password…
                            </DropdownMenu.Item>
                            <DropdownMenu.Item className="menu-item" onSelect={() => setMoveFor(person)}>
                              <Shuffle size={16} aria-hidden="true" /> Move their reports…
                            </DropdownMenu.Item>
                            {person.id !== me.id && (
                              <>
                                <DropdownMenu.Separator className="menu-separator" />
                                <DropdownMenu.Item
                                  className={`menu-item ${person.active ? 'menu-item-danger' : ''}`}
                                  onSelect={() => setToggleFor(person)}
                                >
                                  {person.active ? (
                                    <>
                                      <UserX size={16} aria-hidden="true" /> Deactivate…
                                    </>
                                  ) : (
                                    <>
                                      <UserCheck size={16} aria-hidden="true" /> Reactivate…
                                    </>
                                  )}
                                </DropdownMenu.Item>
                              </>
                            )}
                          </DropdownMenu.Content>
                        </DropdownMenu.Portal>
                      </DropdownMenu.Root>
                    </span>
                  </div>
                  {editing && (
                    <div className="table-editor" role="row">
                      <div role="cell" className="table-editor-cell">
                        <EditPerson
                          person={person}
                          teams={teams}
                          onCancel={() => setEditingId(null)}
                          onSaved={(saved) => {
                            replace(saved);
                            forgetPerson(saved.id);
                            rememberPeople([saved]);
                            setEditingId(null);
                            toast({ message: `Saved changes to ${saved.name}.` });
                          }}
                        />
                      </div>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
          <div className="list-foot">
            <span className="muted num">
              {list.items.length} {list.items.length === 1 ? 'person' : 'people'} shown
            </span>
            {list.nextCursor && (
              <button type="button" className="btn" onClick={list.loadMore} disabled={list.loadingMore}>
                {list.loadingMore ? 'Loading…' : 'Load more'}
              </button>
            )}
          </div>
        </>
      )}

      <CreatePersonDialog
        open={creating}
        onOpenChange={setCreating}
        teams={teams}
        onCreated={(person) => {
          rememberPeople([person]);
          list.setItems((items) => [person, ...items.filter((p) => p.id !== person.id)]);
          toast({ message: `${person.name} was added.` });
        }}
      />
      <ResetPasswordDialog person={resetFor} onClose={() => setResetFor(null)} />
      <MoveReportsDialog person={moveFor} onClose={() => setMoveFor(null)} onMoved={list.reload} />
      <ConfirmDialog
        open={toggleFor !== null}
        onOpenChange={(o) => !o && setToggleFor(null)}
        title={toggleFor?.active ? `Deactivate ${toggleFor.name}?` : `Reactivate ${toggleFor?.name ?? ''}?`}
        description={
          toggleFor?.active
            ? "They won't be able to sign in until you reactivate them. Nothing they wrote is deleted."
            : 'They will be able to sign in again with their current password.'
        }
        confirmLabel={toggleFor?.active ? 'Deactivate' : 'Reactivate'}
        tone={toggleFor?.active ? 'danger' : 'primary'}
        onConfirm={async () => {
          if (toggleFor) await toggleActive(toggleFor);
        }}
      />
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
