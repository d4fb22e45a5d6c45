/** Renaming a team in place: its name and description; Escape or Cancel leaves it as it was. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../../api/client.js';
import type { Team } from '../../../api/types.js';
import { Field, FormError, problemsOf } from '../../../components/Form.js';
import { useToast } from '../../../components/Toast.js';
import { nameMissing, TEAM_FIELDS } from './teamForm.js';

export function TeamEditor({
  team,
  headingId,
  onSaved,
  onCancel,
}: {
  team: Team;
  /** The card is labelled by this id; the editor keeps a (hidden) heading under it. */
  headingId: string;
  onSaved(team: Team): void;
  onCancel(): void;
}) {
  const toast = useToast();
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description ?? '');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const missing = nameMissing(name, 'A team needs a name.');
    if (missing) return setError(missing);
    setPending(true);
    setError(null);
    try {
      const saved = await api.patch<Team>(`/teams/${encodeURIComponent(team.id)}`, {
        name: name.trim(),
        description: description.trim(),
      });
      onSaved(saved);
      toast({ message: `Saved ${saved.name}.` });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, TEAM_FIELDS);
  return (
    <form
      onSubmit={save}
      noValidate
      className="form"
      aria-label={`Edit ${team.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
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
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
