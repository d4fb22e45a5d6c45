import { Copy, Dices } from 'lucide-react';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../shared/passwords.js';
import type { Role, Team } from '../api/types.js';
import { useFramework } from '../data/framework.js';
import { randomPassword } from '../lib/format.js';
import { Select, type SelectOption } from './controls/index.js';
import { Field, FieldSet, type FormProblems } from './Form.js';
import { PersonPicker } from './PersonPicker.js';

export interface PersonDraft {
  name: string;
  email: string;
  password: string;
  role: Role;
  managerId: string | null;
  targetLevel: string;
  teamIds: string[];
}

export const PERSON_FIELDS = ['name', 'email', 'password', 'role', 'managerId', 'targetLevel', 'teamIds'] as const;

/** A blank person; `targetLevel` is what the server would give them (`useFramework().defaultTargetLevel()`). */
export function emptyDraft(targetLevel: string): PersonDraft {
  return { name: '', email: '', password: '', role: 'member', managerId: null, targetLevel, teamIds: [] };
}

const ROLE_OPTIONS: readonly SelectOption<Role>[] = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin — manages accounts and teams' },
];

/** A password input with "Generate" and "Copy" helpers, for admins setting one for someone else. */
export function NewPasswordInput({
  value,
  onChange,
  ...rest
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: string;
  onChange(value: string): void;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="input-group">
      <input
        {...rest}
        type="text"
        className="mono"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="new-password"
        spellCheck={false}
      />
      <button type="button" className="btn" onClick={() => onChange(randomPassword())}>
        <Dices size={16} aria-hidden="true" /> Generate
      </button>
      <button
        type="button"
        className="btn"
        disabled={!value}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => {
            setCopied(true);
            window.setTimeout(() => setCopied(false), 2000);
          });
        }}
      >
        <Copy size={16} aria-hidden="true" /> {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

/** The fields of a person, for the create dialog and the in-place editor. */
export function PersonFields({
  draft,
  set,
  problems,
  teams,
  mode,
  personId,
}: {
  draft: PersonDraft;
  set(patch: Partial<PersonDraft>): void;
  problems: FormProblems;
  teams: Team[];
  mode: 'create' | 'edit';
  personId?: string;
}) {
  const { levels } = useFramework();
  const levelOptions: SelectOption[] = levels.map((l) => ({ value: l.id, label: l.name }));
  // A target level the active framework does not know stays choosable as it is.
  if (draft.targetLevel && !levels.some((l) => l.id === draft.targetLevel)) levelOptions.push({ value: draft.targetLevel, label: draft.targetLevel });
  return (
    <div className="form-grid">
      <Field label="Name" error={problems.field('name')}>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" />
      </Field>
      <Field label="Email" error={problems.field('email')}>
        <input
          type="email"
          value={draft.email}
          onChange={(e) => set({ email: e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      {mode === 'create' && (
        <Field
          className="span-2"
          label="Initial password"
          hint={`At least ${PASSWORD_MIN} characters. Share it with them privately; they can change it in Settings.`}
          error={problems.field('password')}
        >
          <NewPasswordInput value={draft.password} onChange={(password) => set({ password })} />
        </Field>
      )}
      <Field label="Role" error={problems.field('role')}>
        <Select value={draft.role} options={ROLE_OPTIONS} onChange={(role) => set({ role })} />
      </Field>
      <Field label="Target level" error={problems.field('targetLevel')}>
        <Select value={draft.targetLevel} options={levelOptions} onChange={(targetLevel) => set({ targetLevel })} />
      </Field>
      <Field label="Manager" error={problems.field('managerId')} className="span-2">
        <PersonPicker
          value={draft.managerId}
          onChange={(managerId) => set({ managerId })}
          noneLabel="No manager"
          exclude={personId ? [personId] : []}
        />
      </Field>
      <FieldSet
        legend="Teams"
        className="span-2"
        error={problems.field('teamIds')}
        hint={teams.length ? undefined : 'No teams yet. Create them under Admin › Teams.'}
      >
        {teams.map((team) => (
          <label key={team.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.teamIds.includes(team.id)}
              onChange={(e) =>
                set({
                  teamIds: e.target.checked
                    ? [...draft.teamIds, team.id]
                    : draft.teamIds.filter((id) => id !== team.id),
                })
              }
            />
            {team.name}
          </label>
        ))}
      </FieldSet>
    </div>
  );
}
