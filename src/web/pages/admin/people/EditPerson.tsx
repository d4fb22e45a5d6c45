/** The in-place editor under a person's row: the same fields as "Add a person", minus the password. */
import { useEffect, type FormEvent } from 'react';
import { api } from '../../../api/client.js';
import type { Person, Team } from '../../../api/types.js';
import { FormError } from '../../../components/Form.js';
import { PersonFields } from '../../../components/PersonFields.js';
import { useFramework } from '../../../data/framework.js';
import { draftOf, patchOf } from './personDraft.js';
import { usePersonForm } from './usePersonForm.js';

export function EditPerson({
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
  const defaultLevel = useFramework().defaultTargetLevel();
  const { draft, set, pending, formRef, valid, save, problems } = usePersonForm(() => draftOf(person, defaultLevel), 'edit');
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [formRef]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid()) return;
    const patch = patchOf(draft, draftOf(person, defaultLevel));
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
      <PersonFields draft={draft} set={set} problems={problems} teams={teams} mode="edit" personId={person.id} />
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
