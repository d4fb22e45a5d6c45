import { Info } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../api/client.js';
import type { SessionAnswer } from '../api/types.js';
import { safeNext } from '../app/guards.js';
import { Splash } from '../app/Splash.js';
import { useSession } from '../app/session.js';
import { Field, FormError } from '../components/Form.js';
import { AuthLayout } from './AuthLayout.js';

function waitText(seconds: number): string {
  if (seconds <= 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export default function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= lockedUntil) {
        setLockedUntil(null);
        setError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  if (session.status === 'loading' || session.status === 'error') return <Splash />;
  if (session.status === 'signed-in' && session.person) {
    return <Navigate to={session.person.mustChangePassword ? '/settings#password' : next} replace />;
  }
  if (session.setupNeeded) return <Navigate to="/setup" replace />;

  const secondsLeft = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1000)) : 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: { email?: string; password?: string } = {};
    if (!email.trim()) missing.email = 'Enter your email address.';
    if (!password) missing.password = 'Enter your password.';
    setFieldErrors(missing);
    if (missing.email || missing.password) {
      setError(null);
      (missing.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const answer = await api.post<SessionAnswer>('/auth/login', { email: email.trim(), password });
      session.accept(answer);
      navigate(answer.person.mustChangePassword ? '/settings#password' : next, { replace: true });
    } catch (e) {
      setPassword('');
      if (e instanceof ApiError && e.status === 429) {
        const wait = e.retryAfter ?? 60;
        setLockedUntil(Date.now() + wait * 1000);
        setNow(Date.now());
        setError('Too many failed sign-in attempts. For your security, signing in is paused for a while.');
      } else if (e instanceof ApiError && e.status === 401) {
        setError("That email and password don't match. Check them and try again.");
        passwordRef.current?.focus();
      } else if (e instanceof ApiError && e.errors.length) {
        setFieldErrors({ email: e.fieldMessage('email'), password: e.fieldMessage('password') });
        setError(e.detail);
      } else {
        setError(e instanceof ApiError ? e.detail : 'Something went wrong. Please try again.');
      }
    } finally {
      setPending(false);
    }
  }

  const locked = secondsLeft > 0;
  return (
    <AuthLayout title="Sign in to staffpath">
      <form onSubmit={submit} noValidate className="form">
        {session.notice && !error && (
          <div className="notice" role="status">
            <Info size={16} aria-hidden="true" />
            <span>{session.notice}</span>
          </div>
        )}
        <FormError message={error} />
        {locked && (
          <p className="field-hint num" aria-live="off">
            You can try again in {waitText(secondsLeft)}.
          </p>
        )}
        <Field label="Email" error={fieldErrors.email}>
          <input
            ref={emailRef}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
            spellCheck={false}
            autoFocus
            required
          />
        </Field>
        <Field label="Password" error={fieldErrors.password}>
          <input
            ref={passwordRef}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </Field>
        <button type="submit" className="btn btn-primary btn-block" disabled={pending || locked} aria-busy={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="field-hint auth-foot">Forgot your password? Ask an administrator of staffpath to reset it.</p>
      </form>
    </AuthLayout>
  );
}
