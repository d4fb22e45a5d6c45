/**
 * The password form's fields, its check before a round trip (the server's own rule, from
 * src/shared/passwords.ts) and the change (`POST /me/password`). A change signs out every
 * other session, and may revoke every token: both lists reload.
 */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, type FieldProblem } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { passwordProblem } from '../../../shared/passwords.js';
import { invalidFields } from './invalidFields.js';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  revokeTokens?: true;
}

export function usePasswordChange(forced: boolean) {
  const session = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [revokeTokens, setRevokeTokens] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = useMutation({
    mutationFn: (body: PasswordChange) => api.post('/me/password', body),
    onSuccess: () => void invalidate.sessions(),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldProblem[] = [];
    if (!current) errors.push({ pointer: '/currentPassword', message: 'Enter your current password.' });
    const problem = passwordProblem(next);
    if (problem) errors.push({ pointer: '/newPassword', message: problem });
    else if (next !== confirm) errors.push({ pointer: '/confirm', message: "The two new passwords don't match." });
    if (errors.length) return setError(invalidFields(errors));
    setError(null);
    try {
      await change.mutateAsync({ currentPassword: current, newPassword: next, ...(revokeTokens && { revokeTokens: true }) });
      setCurrent('');
      setNext('');
      setConfirm('');
      setRevokeTokens(false);
      toast({
        message: revokeTokens
          ? 'Password changed. Your other sessions were signed out and your access tokens revoked.'
          : 'Password changed. Your other sessions were signed out.',
      });
      const person = await session.refresh().catch(() => null);
      if (forced && person && !person.mustChangePassword) navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_credentials') {
        setError(invalidFields([{ pointer: '/currentPassword', message: "That isn't your current password." }]));
      } else {
        setError(e);
      }
    }
  }

  return {
    fields: { current, next, confirm, revokeTokens },
    setCurrent,
    setNext,
    setConfirm,
    setRevokeTokens,
    error,
    pending: change.isPending,
    submit,
  };
}
