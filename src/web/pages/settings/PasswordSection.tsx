import { TriangleAlert } from 'lucide-react';
import { useRef } from 'react';
import { useMe } from '../../app/session.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { PASSWORD_MIN } from '../../../shared/passwords.js';
import { SubmitActions } from './SubmitActions.js';
import { usePasswordChange } from './usePasswordChange.js';

/** Change the password; `forced` when an administrator set it and the person must choose their own. */
export function PasswordSection({ forced }: { forced: boolean }) {
  const me = useMe();
  const { fields, setCurrent, setNext, setConfirm, setRevokeTokens, error, pending, submit } = usePasswordChange(forced);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  const problems = problemsOf(error, ['currentPassword', 'newPassword', 'confirm']);
  return (
    <section className="card settings-section" aria-labelledby="password">
      <h2 id="password" className="card-title">
        {forced ? 'Choose a new password' : 'Password'}
      </h2>
      {forced && (
        <div className="notice notice-warning" role="status">
          <TriangleAlert size={16} aria-hidden="true" />
          <span>Your password was set by an administrator. Choose your own to continue.</span>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="form form-narrow">
        <FormError message={problems.form} />
        <input type="text" autoComplete="username" value={me.email} readOnly hidden />
        <Field label={forced ? 'Password you were given' : 'Current password'} error={problems.field('currentPassword')}>
          <input type="password" value={fields.current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
        </Field>
        <Field label="New password" hint={`At least ${PASSWORD_MIN} characters.`} error={problems.field('newPassword')}>
          <input type="password" value={fields.next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
        </Field>
        <Field label="Repeat the new password" error={problems.field('confirm')}>
          <input type="password" value={fields.confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
        </Field>
        <p className="field-hint">Changing it signs you out everywhere else. Your access tokens keep working unless you revoke them.</p>
        <label className="checkbox">
          <input type="checkbox" checked={fields.revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} />
          Also revoke all my access tokens
        </label>
        <SubmitActions pending={pending} label="Change password" pendingLabel="Changing…" />
      </form>
    </section>
  );
}
