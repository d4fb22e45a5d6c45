/** "Create a team": a name and an optional description; focus stays in the form for the next one. */
import { Plus } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../../api/client.js';
import type { Team } from '../../../api/types.js';
import { Field, FormError, problemsOf } from '../../../components/Form.js';
import { useFocusFirstError } from '../../../lib/hooks.js';
import { nameMissing, TEAM_FIELDS } from './teamForm.js';

export function CreateTeam({ onCreated, autoFocus }: { onCreated(team: Team): void; autoFocus: boolean }) {
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
    const missing = nameMissing(name, 'Give the team a name.');
    if (missing) return setError(missing);
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
          <input value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What the team owns" autoComplete="off" />
        </Field>
        <button type="submit" className="btn btn-primary form-row-button" disabled={pending}>
          <Plus size={16} aria-hidden="true" /> {pending ? 'Creating…' : 'Create team'}
        </button>
      </div>
    </form>
  );
}
