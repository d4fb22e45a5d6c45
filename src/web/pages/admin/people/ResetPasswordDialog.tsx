/** "Reset password…": the admin sets a temporary password, which the person must replace at the next sign-in. */
import { useEffect, useState } from 'react';
import { PASSWORD_MIN, passwordProblem } from '../../../../shared/passwords.js';
import { api, ApiError } from '../../../api/client.js';
import type { Person } from '../../../api/types.js';
import { Field } from '../../../components/Form.js';
import { NewPasswordInput } from '../../../components/PersonFields.js';
import { useToast } from '../../../components/Toast.js';
import { PersonFormDialog } from './PersonFormDialog.js';

export function ResetPasswordDialog({ person, onClose }: { person: Person | null; onClose(): void }) {
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
      check={() => {
        const problem = passwordProblem(password);
        return problem ? new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/password', message: problem }] }) : null;
      }}
      run={async (p) => {
        await api.post(`/people/${encodeURIComponent(p.id)}/password-reset`, { password });
        toast({ message: `Password reset. ${p.name} will choose a new one at the next sign-in.` });
      }}
      submitLabel="Reset password"
      pendingLabel="Resetting…"
    >
      {(problems) => (
        <Field label="Temporary password" hint={`At least ${PASSWORD_MIN} characters.`} error={problems.field('password')}>
          <NewPasswordInput value={password} onChange={setPassword} />
        </Field>
      )}
    </PersonFormDialog>
  );
}
