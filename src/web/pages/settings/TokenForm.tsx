import { useRef } from 'react';
import type { Scope } from '../../api/types.js';
import { DateInput, Select } from '../../components/controls/index.js';
import { Field, FieldSet, FormError, problemsOf } from '../../components/Form.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { Checkboxes, type CheckboxOption } from './Checkboxes.js';
import { SubmitActions } from './SubmitActions.js';
import { earliestExpiryDate, EXPIRY_OPTIONS, type ExpiryChoice } from './tokenExpiry.js';
import type { TokenFormState } from './useTokenForm.js';

const SCOPES: readonly CheckboxOption<Scope>[] = [
  { id: 'read', label: 'read', hint: 'see what you can see' },
  { id: 'write', label: 'write', hint: 'create and change things as you' },
];

/** Name a new token, give it scopes and an expiry. The draft lives in the section (useTokenForm). */
export function TokenForm({ form }: { form: TokenFormState }) {
  const { fields, setName, setScopes, setExpiry, setExpiryDate, error, pending, submit } = form;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const problems = problemsOf(error, ['name', 'scopes', 'expiresAt']);
  const custom = fields.expiry === 'custom';
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form token-form" aria-label="Create a token">
      <FormError message={problems.form} />
      <div className="form-grid">
        <Field label="Token name" error={problems.field('name')}>
          <input value={fields.name} onChange={(e) => setName(e.target.value)} placeholder="e.g. laptop CLI" autoComplete="off" />
        </Field>
        <Field label="Expires" error={custom ? undefined : problems.field('expiresAt')}>
          <Select<ExpiryChoice> value={fields.expiry} options={EXPIRY_OPTIONS} onChange={setExpiry} />
        </Field>
        {custom && (
          <Field label="Expiry date" error={problems.field('expiresAt')}>
            <DateInput min={earliestExpiryDate()} value={fields.expiryDate} onChange={setExpiryDate} />
          </Field>
        )}
        <FieldSet legend="Scopes" error={problems.field('scopes')} className="span-2">
          <Checkboxes options={SCOPES} value={fields.scopes} onChange={setScopes} />
        </FieldSet>
      </div>
      <SubmitActions pending={pending} label="Create token" pendingLabel="Creating…" />
    </form>
  );
}
