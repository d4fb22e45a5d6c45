/** The new-token form's draft, its check before a round trip, and the create. */
import { useState, type FormEvent } from 'react';
import type { FieldProblem } from '../../api/client.js';
import type { CreatedToken, Scope } from '../../api/types.js';
import { invalidFields } from './invalidFields.js';
import { expiresAt, type ExpiryChoice } from './tokenExpiry.js';
import type { NewToken } from './useTokens.js';

interface Creator {
  create(body: NewToken): Promise<CreatedToken>;
  creating: boolean;
}

export function useTokenForm({ create, creating }: Creator, onCreated: (token: CreatedToken) => void) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [expiry, setExpiry] = useState<ExpiryChoice>('90');
  const [expiryDate, setExpiryDate] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldProblem[] = [];
    if (!name.trim()) errors.push({ pointer: '/name', message: 'Name the token after where you use it, e.g. “laptop CLI”.' });
    if (!scopes.length) errors.push({ pointer: '/scopes', message: 'Choose at least one scope.' });
    const at = expiresAt(expiry, expiryDate);
    if (at === null) errors.push({ pointer: '/expiresAt', message: 'Pick a date in the future.' });
    if (errors.length) return setError(invalidFields(errors));
    setError(null);
    try {
      const token = await create({ name: name.trim(), scopes, ...(at ? { expiresAt: at } : {}) });
      onCreated(token);
      setName('');
    } catch (e) {
      setError(e);
    }
  }

  return {
    fields: { name, scopes, expiry, expiryDate },
    setName,
    setScopes,
    setExpiry,
    setExpiryDate,
    error,
    pending: creating,
    submit,
  };
}

export type TokenFormState = ReturnType<typeof useTokenForm>;
