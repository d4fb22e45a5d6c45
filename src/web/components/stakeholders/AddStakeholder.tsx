/** Add a stakeholder: a person from the directory, an organisation team, or an outside name, with a role. */
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { StakeholderRole } from '../../api/types.js';
import { Select } from '../controls/index.js';
import { Field, FormError, problemsOf } from '../Form.js';
import { PersonPicker } from '../PersonPicker.js';
import { STAKEHOLDER_LIMITS } from '../../../shared/staff-work-limits.js';
import { ROLES } from './labels.js';
import type { Kind, StakeholdersState } from './useStakeholders.js';

const KINDS: { value: Kind; label: string }[] = [
  { value: 'person', label: 'A person' },
  { value: 'team', label: 'A team' },
  { value: 'outside', label: 'Someone outside' },
];

export function AddStakeholder({ state }: { state: StakeholdersState }) {
  const [kind, setKind] = useState<Kind>('person');
  const [personId, setPersonId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StakeholderRole>('consulted');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = problemsOf(error, ['personId', 'teamId', 'name', 'role']);
  const taken = state.items.map((s) => s.personId).filter((id): id is string => Boolean(id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const who = kind === 'person' ? (personId ? { personId } : null) : kind === 'team' ? (teamId ? { teamId } : null) : name.trim() ? { name: name.trim() } : null;
    if (!who) {
      setError(new Error(kind === 'person' ? 'Choose a person.' : kind === 'team' ? 'Choose a team.' : 'Write their name or group.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      await state.add({ ...who, role });
      setPersonId(null);
      setTeamId('');
      setName('');
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="sh-add" onSubmit={submit} noValidate aria-label="Add a stakeholder">
      <FormError message={problems.form} />
      <div className="sh-add-fields">
        <Field label="Who">
          <Select value={kind} options={KINDS} onChange={(v) => setKind(v)} />
        </Field>
        {kind === 'person' && (
          <Field label="Person" error={problems.field('personId')}>
            <PersonPicker value={personId} onChange={(id) => setPersonId(id)} exclude={taken} />
          </Field>
        )}
        {kind === 'team' && (
          <Field label="Team" error={problems.field('teamId')}>
            <Select value={teamId} options={[{ value: '', label: 'Choose a team…' }, ...state.teams.map((t) => ({ value: t.id, label: t.name }))]} onChange={setTeamId} />
          </Field>
        )}
        {kind === 'outside' && (
          <Field label="Name" error={problems.field('name')} hint="A partner, a customer, a group outside the organisation.">
            <input value={name} maxLength={STAKEHOLDER_LIMITS.name} onChange={(e) => setName(e.target.value)} autoComplete="off" placeholder="Finance leadership" />
          </Field>
        )}
        <Field label="Role" error={problems.field('role')}>
          <Select value={role} options={ROLES} onChange={(v) => setRole(v)} />
        </Field>
        <button type="submit" className="btn" disabled={pending} aria-busy={pending}>
          <Plus size={14} aria-hidden="true" /> Add stakeholder
        </button>
      </div>
    </form>
  );
}
