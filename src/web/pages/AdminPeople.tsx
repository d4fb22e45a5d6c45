import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Ellipsis, KeyRound, Pencil, UserCheck, UserPlus, Users, UserX, Shuffle } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, errorMessage } from '../api/client.js';
import type { Person, Team } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { useMe } from '../app/session.js';
import { Avatar, EmptyState, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { ConfirmDialog, DialogClose, Modal } from '../components/Dialog.js';
import { Field, FormError, problemsOf, type FormProblems } from '../components/Form.js';
import { emptyDraft, NewPasswordInput, PERSON_FIELDS, PersonFields, type PersonDraft } from '../components/PersonFields.js';
import { PersonPicker } from '../components/PersonPicker.js';
import { useToast } from '../components/Toast.js';
import { levelLabel } from '../lib/format.js';
import { useFocusFirstError, useQueryParam } from '../lib/hooks.js';
import { forgetPerson, rememberPeople, usePeopleById, usePeopleList, useTeams } from '../lib/people.js';
import { PeopleFilters, PersonBadges, TeamChips } from './People.js';

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

/** The draft, error and pending state that adding and editing a person share. */
function usePersonForm(initial: () => PersonDraft, mode: 'create' | 'edit') {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  /** Checks the draft locally; shows the problems and answers false if there are any. */
  function valid(): boolean {
    const local = validate(draft, mode);
    if (local) setError(local);
    return !local;
  }

  async function save(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const set = (patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, setDraft, set, setError, pending, formRef, valid, save, problems: problemsOf(error, PERSON_FIELDS) };
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
  const { draft, setDraft, set, setError, pending, formRef, valid, save, problems } = usePersonForm(emptyDraft, 'create');

  useEffect(() => {
    if (open) {
      setDraft(emptyDraft());
      setError(null);
    }
  }, [open, setDraft, setError]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid()) return;
    await save(async () => {
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
    });
  }

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
        <PersonFields draft={draft} set={set} problems={problems} teams={teams} mode="create" />
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
  const { draft, set, pending, formRef, valid, save, problems } = usePersonForm(() => draftOf(person), 'edit');
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [formRef]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid()) return;
    const before = draftOf(person);
    const patch: Record<string, unknown> = {};
    if (draft.name.trim() !== before.name) patch.name = draft.name.trim();
    if (draft.email.trim() !== before.email) patch.email = draft.email.trim();
    if (draft.role !== before.role) patch.role = draft.role;
    if (draft.managerId !== before.managerId) patch.managerId = draft.managerId;
    if (draft.targetLevel !== before.targetLevel) patch.targetLevel = draft.targetLevel;
    if ([...draft.teamIds].sort().join() !== [...before.teamIds].sort().join()) patch.teamIds = draft.teamIds;
    if (Object.keys(patch).length === 0) return onCancel();
    await save(async () => {
      onSaved(await api.patch<Person>(`/people/${encodeURIComponent(person.id)}`, patch));
    });
  }

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
        set={set}
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

/** A small form in a dialog about one person; open while `person` is set, closed once `run` succeeds. */
function PersonFormDialog({
  person,
  onClose,
  title,
  description,
  fields,
  check,
  run,
  submitLabel,
  pendingLabel,
  children,
}: {
  person: Person | null;
  onClose(): void;
  title: string;
  description: string;
  fields: readonly string[];
  /** A problem found before asking the server, if any. */
  check?(): ApiError | null;
  run(person: Person): Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  children(problems: FormProblems): ReactNode;
}) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    setError(null);
  }, [person]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    const local = check?.();
    if (local) return setError(local);
    setPending(true);
    try {
      await run(person);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, fields);
  return (
    <Modal open={person !== null} onOpenChange={(o) => !o && onClose()} title={title} description={description}>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        {children(problems)}
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ResetPasswordDialog({ person, onClose }: { person: Person | null; onClose(): void }) {
  const toast = useToast();
  const [password, setPassword] = useState('');
  useEffect(() => {
    setPassword('');
  }, [person]);

  return (
    <PersonFormDialog
      person={person}
      onClose={onClose}
      title={`Reset ${person?.name ?? ''}'s password`}
      description="Give them this temporary password privately. They must choose their own when they next sign in."
      fields={['password']}
      check={() =>
        password.length < 10
          ? new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/password', message: 'Use at least 10 characters.' }] })
          : null
      }
      run={async (p) => {
        await api.post(`/people/${encodeURIComponent(p.id)}/password-reset`, { password });
        toast({ message: `Password reset. ${p.name} will choose a new one at the next sign-in.` });
      }}
      submitLabel="Reset password"
      pendingLabel="Resetting…"
    >
      {(problems) => (
        <Field label="Temporary password" hint="At least 10 characters." error={problems.field('password')}>
          <NewPasswordInput value={password} onChange={setPassword} />
        </Field>
      )}
    </PersonFormDialog>
  );
}

function MoveReportsDialog({ person, onClose, onMoved }: { person: Person | null; onClose(): void; onMoved(): void }) {
  const toast = useToast();
  const [to, setTo] = useState<string | null>(null);
  const [toName, setToName] = useState<string | null>(null);
  useEffect(() => {
    setTo(null);
    setToName(null);
  }, [person]);

  return (
    <PersonFormDialog
      person={person}
      onClose={onClose}
      title={`Move ${person?.name ?? ''}'s reports`}
      description="Everyone who reports to them will report to the person you choose. Useful when a manager leaves."
      fields={['toManagerId']}
      run={async (p) => {
        const answer = await api.post<{ moved: number }>(`/people/${encodeURIComponent(p.id)}/move-reports`, {
          toManagerId: to,
        });
        const n = answer?.moved ?? 0;
        toast({
          message:
            n === 0
              ? `${p.name} had no reports to move.`
              : `Moved ${n} ${n === 1 ? 'person' : 'people'} to ${toName ?? 'no manager'}.`,
        });
        onMoved();
      }}
      submitLabel="Move reports"
      pendingLabel="Moving…"
    >
      {(problems) => (
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
      )}
    </PersonFormDialog>
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

  const list = usePeopleList(q, team, true);
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

      <PeopleFilters q={q} setQ={setQ} team={team} setTeam={setTeam} teams={teams} teamSelectId="admin-people-team" />

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
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'person' : 'people'} shown
          </ListFoot>
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
