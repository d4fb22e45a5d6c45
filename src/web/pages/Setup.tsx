import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { api, ApiError } from '../api/client.js';
import type { SessionAnswer } from '../api/types.js';
import { Splash } from '../app/Splash.js';
import { useSession } from '../app/session.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { useFocusFirstError } from '../lib/hooks.js';
import { PASSWORD_MIN, passwordProblem } from '../../shared/passwords.js';
import { AuthLayout } from './AuthLayout.js';

const FIELDS = ['name', 'email', 'password'] as const;

export default function SetupPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  if (session.status === 'loading' || session.status === 'error') return <Splash />;
  if (session.status === 'signed-in') return <Navigate to="/" replace />;

  if (!session.setupNeeded || done) {
    return (
      <AuthLayout title="Already set up">
        <p className="muted">This installation already has an account. Sign in to continue.</p>
        <Link className="btn btn-primary btn-block" to="/signin">
          Go to sign-in
        </Link>
      </AuthLayout>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = new ApiError({ status: 400, code: 'validation_failed', detail: 'Please check the highlighted fields.', errors: [] });
    if (!name.trim()) local.errors.push({ pointer: '/name', message: 'Enter your name.' });
    if (!email.trim()) local.errors.push({ pointer: '/email', message: 'Enter your email address.' });
    const problem = passwordProblem(password);
    if (problem) local.errors.push({ pointer: '/password', message: problem });
    if (local.errors.length) {
      setError(local);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const answer = await api.post<SessionAnswer>('/setup', { name: name.trim(), email: email.trim(), password });
      session.accept(answer);
      navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'setup_done') setDone(true);
      else setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, FIELDS);
  return (
    <AuthLayout
      title="Welcome to staffpath"
      intro={
        <p>
          Create the first account. It will be the administrator of this installation; you can add colleagues and teams
          afterwards.
        </p>
      }
    >
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <Field label="Your name" error={problems.field('name')}>
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" autoFocus required />
        </Field>
        <Field label="Email" error={problems.field('email')}>
          <input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="email"
            spellCheck={false}
            required
          />
        </Field>
        <Field label="Password" hint={`At least ${PASSWORD_MIN} characters. A short sentence works well.`} error={problems.field('password')}>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            required
          />
        </Field>
        <button type="submit" className="btn btn-primary btn-block" disabled={pending} aria-busy={pending}>
          {pending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  );
}
