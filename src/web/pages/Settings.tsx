import { Copy, KeyRound, Monitor, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, errorMessage } from '../api/client.js';
import type { AccessToken, AudienceMember, CreatedToken, Page, Person, Scope, Session } from '../api/types.js';
import { useMe, useSession } from '../app/session.js';
import { EmptyState, Loading, PageHeader, Time } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { Field, FieldSet, FormError, problemsOf } from '../components/Form.js';
import { useToast } from '../components/Toast.js';
import { describeUserAgent, formatDate } from '../lib/format.js';
import { useLevels } from '../lib/framework.js';
import { useAsync, useFocusFirstError } from '../lib/hooks.js';

const SECTIONS = [
  { id: 'profile', label: 'Profile' },
  { id: 'password', label: 'Password' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'tokens', label: 'Access tokens' },
];

// ---------------------------------------------------------------- profile

const WEEK_DAYS = [
  { name: 'monday', number: 1, label: 'Monday' },
  { name: 'sunday', number: 0, label: 'Sunday' },
  { name: 'saturday', number: 6, label: 'Saturday' },
];

const AUDIENCE: { id: AudienceMember; label: string; hint: string }[] = [
  { id: 'manager', label: 'My manager', hint: 'and the managers above them' },
  { id: 'mentors', label: 'My mentors', hint: 'in active mentorships' },
  { id: 'org', label: 'Everyone in the organisation', hint: '' },
];

const SCOPES: { id: Scope; label: string; hint: string }[] = [
  { id: 'read', label: 'read', hint: 'see what you can see' },
  { id: 'write', label: 'write', hint: 'create and change things as you' },
];

/** Ticks for a set of options; a newly ticked one goes at the end. */
function Checkboxes<T extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly { id: T; label: string; hint: string }[];
  value: readonly T[];
  onChange(update: (all: T[]) => T[]): void;
}) {
  return options.map((o) => (
    <label key={o.id} className="checkbox">
      <input
        type="checkbox"
        checked={value.includes(o.id)}
        onChange={(e) => onChange((all) => (e.target.checked ? [...all, o.id] : all.filter((x) => x !== o.id)))}
      />
      <span>
        {o.label}
        {o.hint && <span className="muted"> — {o.hint}</span>}
      </span>
    </label>
  ));
}

function SubmitActions({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}

function timeZones(current: string | null): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['UTC'];
  }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return zones;
}

const PROFILE_FIELDS = ['name', 'timeZone', 'weekStart', 'defaultAudience', 'targetLevel'] as const;

function ProfileSection() {
  const me = useMe();
  const session = useSession();
  const toast = useToast();
  const numeric = typeof me.weekStart === 'number';
  const weekValue = (p: Person) => (p.weekStart === null || p.weekStart === undefined ? '' : String(p.weekStart));
  const [name, setName] = useState(me.name);
  const [timeZone, setTimeZone] = useState(me.timeZone ?? '');
  const [weekStart, setWeekStart] = useState(weekValue(me));
  const [audience, setAudience] = useState<AudienceMember[]>(me.defaultAudience ?? ['manager']);
  const [targetLevel, setTargetLevel] = useState(me.targetLevel ?? '');
  const levels = useLevels();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const zones = useMemo(() => timeZones(me.timeZone), [me.timeZone]);
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      return setError(new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/name', message: 'Enter your name.' }] }));
    }
    const patch: Record<string, unknown> = {};
    if (name.trim() !== me.name) patch.name = name.trim();
    if (timeZone && timeZone !== me.timeZone) patch.timeZone = timeZone;
    if (weekStart && weekStart !== weekValue(me)) patch.weekStart = numeric ? Number(weekStart) : weekStart;
    if ([...audience].sort().join() !== [...(me.defaultAudience ?? [])].sort().join()) patch.defaultAudience = audience;
    if (targetLevel && targetLevel !== me.targetLevel) patch.targetLevel = targetLevel;
    if (!Object.keys(patch).length) {
      toast({ message: 'Nothing to save; your profile is up to date.', tone: 'info' });
      return;
    }
    setPending(true);
    setError(null);
    try {
      const person = await api.patch<Person>('/me', patch);
      session.setPerson(person);
      toast({ message: 'Profile saved.' });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, PROFILE_FIELDS);
  return (
    <section className="card settings-section" aria-labelledby="profile">
      <h2 id="profile" className="card-title">
        Profile
      </h2>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <div className="form-grid">
          <Field label="Name" error={problems.field('name')}>
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
          </Field>
          <Field label="Email" hint="Only an administrator can change it.">
            <input value={me.email} readOnly aria-readonly="true" />
          </Field>
          <Field
            label="Time zone"
            error={problems.field('timeZone')}
            hint={
              deviceZone && deviceZone !== timeZone ? (
                <button type="button" className="link-button" onClick={() => setTimeZone(deviceZone)}>
                  Use this device's time zone ({deviceZone})
                </button>
              ) : undefined
            }
          >
            <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {!timeZone && <option value="">Choose…</option>}
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Week starts on" error={problems.field('weekStart')}>
            <select value={weekStart} onChange={(e) => setWeekStart(e.target.value)}>
              {!weekStart && <option value="">Choose…</option>}
              {WEEK_DAYS.map((d) => (
                <option key={d.name} value={numeric ? String(d.number) : d.name}>
                  {d.label}
                </option>
              ))}
              {weekStart &&
                !WEEK_DAYS.some((d) => (numeric ? String(d.number) : d.name) === weekStart) && (
                  <option value={weekStart}>{weekStart}</option>
                )}
            </select>
          </Field>
          <Field label="Target level" error={problems.field('targetLevel')}>
            <select value={targetLevel} onChange={(e) => setTargetLevel(e.target.value)}>
              {!targetLevel && <option value="">Choose…</option>}
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
              {targetLevel && !levels.some((l) => l.id === targetLevel) && <option value={targetLevel}>{targetLevel} (not in the framework)</option>}
            </select>
          </Field>
          <FieldSet
            legend="Who sees new entries by default"
            hint="You can change it on each entry. Leave all unticked to keep new entries private."
            error={problems.field('defaultAudience')}
            className="span-2"
          >
            <Checkboxes options={AUDIENCE} value={audience} onChange={setAudience} />
          </FieldSet>
        </div>
        <SubmitActions pending={pending} label="Save profile" pendingLabel="Saving…" />
      </form>
    </section>
  );
}

// ---------------------------------------------------------------- password

function PasswordSection({ forced }: { forced: boolean }) {
  const me = useMe();
  const session = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [revokeTokens, setRevokeTokens] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: { pointer: string; message: string }[] = [];
    if (!current) errors.push({ pointer: '/currentPassword', message: 'Enter your current password.' });
    if (next.length < 10) errors.push({ pointer: '/newPassword', message: 'Use at least 10 characters.' });
    else if (next !== confirm) errors.push({ pointer: '/confirm', message: "The two new passwords don't match." });
    if (errors.length) return setError(new ApiError({ status: 400, code: 'validation_failed', errors }));
    setPending(true);
    setError(null);
    try {
      await api.post('/me/password', { currentPassword: current, newPassword: next, ...(revokeTokens && { revokeTokens: true }) });
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
        setError(
          new ApiError({
            status: 400,
            code: 'validation_failed',
            errors: [{ pointer: '/currentPassword', message: "That isn't your current password." }],
          }),
        );
      } else {
        setError(e);
      }
    } finally {
      setPending(false);
    }
  }

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
          <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
        </Field>
        <Field label="New password" hint="At least 10 characters." error={problems.field('newPassword')}>
          <input type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
        </Field>
        <Field label="Repeat the new password" error={problems.field('confirm')}>
          <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
        </Field>
        <p className="field-hint">Changing it signs you out everywhere else. Your access tokens keep working unless you revoke them.</p>
        <label className="checkbox">
          <input type="checkbox" checked={revokeTokens} onChange={(e) => setRevokeTokens(e.target.checked)} />
          Also revoke all my access tokens
        </label>
        <SubmitActions pending={pending} label="Change password" pendingLabel="Changing…" />
      </form>
    </section>
  );
}

// ---------------------------------------------------------------- sessions

function SessionsSection() {
  const toast = useToast();
  const sessions = useAsync((signal) => api.get<Page<Session>>('/sessions', { query: { limit: 100 }, signal }), []);
  const [confirmOthers, setConfirmOthers] = useState(false);
  const items = sessions.data?.items ?? [];
  const others = items.filter((s) => !s.current);

  return (
    <section className="card settings-section" aria-labelledby="sessions">
      <div className="section-head">
        <h2 id="sessions" className="card-title">
          Sessions
        </h2>
        <button type="button" className="btn" disabled={others.length === 0} onClick={() => setConfirmOthers(true)}>
          Sign out other sessions
        </button>
      </div>
      <p className="muted small">Where you are signed in. Sign out anything you don't recognise.</p>
      <FormError message={sessions.error ? errorMessage(sessions.error) : null} />
      {sessions.loading && !items.length ? (
        <Loading label="Loading sessions…" />
      ) : (
        <ul className="list" aria-label="Sessions">
          {items.map((s) => (
            <li key={s.id} className="list-row session-row">
              <Monitor size={18} aria-hidden="true" className="row-icon" />
              <div className="grow">
                <div className="strong">
                  {describeUserAgent(s.userAgent)} {s.current && <span className="badge badge-accent">This device</span>}
                </div>
                <div className="muted small">
                  Signed in <Time value={s.createdAt} /> · last active <Time value={s.lastSeenAt} fallback="unknown" />
                  {s.expiresAt && (
                    <>
                      {' '}
                      · expires <Time value={s.expiresAt} />
                    </>
                  )}
                </div>
              </div>
              {!s.current && (
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Sign out ${describeUserAgent(s.userAgent)}, signed in ${formatDate(s.createdAt)}`}
                  onClick={async () => {
                    try {
                      await api.delete(`/sessions/${encodeURIComponent(s.id)}`);
                      sessions.setData((d) => ({ items: (d?.items ?? []).filter((x) => x.id !== s.id), nextCursor: null }));
                      toast({ message: 'Session signed out.' });
                    } catch (e) {
                      toast({ message: errorMessage(e), tone: 'error' });
                    }
                  }}
                >
                  Sign out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirmOthers}
        onOpenChange={setConfirmOthers}
        title="Sign out other sessions?"
        description={`This signs you out on ${others.length} other ${others.length === 1 ? 'device' : 'devices'}. You stay signed in here.`}
        confirmLabel="Sign them out"
        onConfirm={async () => {
          await api.post('/sessions/revoke-others');
          sessions.reload();
          toast({ message: 'Other sessions were signed out.' });
        }}
      />
    </section>
  );
}

// ---------------------------------------------------------------- tokens

const EXPIRY = [
  { id: 'never', label: 'Never', days: 0 },
  { id: '30', label: 'In 30 days', days: 30 },
  { id: '90', label: 'In 90 days', days: 90 },
  { id: '365', label: 'In a year', days: 365 },
  { id: 'custom', label: 'On a date…', days: -1 },
];

function NewTokenBanner({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      inputRef.current?.select();
      setCopied(false);
    }
  }
  return (
    <div className="token-once" role="region" aria-labelledby="token-once-title">
      <h3 id="token-once-title" className="token-once-title">
        <KeyRound size={16} aria-hidden="true" /> Your new token “{token.name}”
      </h3>
      <p className="token-once-warning">
        <TriangleAlert size={16} aria-hidden="true" />
        <strong>Copy it now.</strong> You won't be able to see it again. Anyone with this token can act as you.
      </p>
      <div className="input-group">
        <label htmlFor="new-token" className="visually-hidden">
          Token
        </label>
        <input id="new-token" ref={inputRef} className="mono" value={token.token} readOnly onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn-primary" onClick={copy}>
          <Copy size={16} aria-hidden="true" /> {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied === true
          ? 'Copied to the clipboard.'
          : copied === false
            ? 'Copying is blocked here; the token is selected, press Ctrl+C or ⌘C.'
            : 'Use it as a Bearer token: Authorization: Bearer <token>.'}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          I've saved it
        </button>
      </div>
    </div>
  );
}

function TokensSection() {
  const toast = useToast();
  const tokens = useAsync((signal) => api.get<Page<AccessToken>>('/tokens', { query: { limit: 100 }, signal }), []);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [expiry, setExpiry] = useState('90');
  const [expiryDate, setExpiryDate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const items = tokens.data?.items ?? [];
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);

  function expiresAt(): string | null | undefined {
    const choice = EXPIRY.find((e) => e.id === expiry);
    if (!choice || choice.days === 0) return undefined;
    if (choice.days > 0) return new Date(Date.now() + choice.days * 86400000).toISOString();
    if (!expiryDate) return null;
    return new Date(`${expiryDate}T23:59:59`).toISOString();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: { pointer: string; message: string }[] = [];
    if (!name.trim()) errors.push({ pointer: '/name', message: 'Name the token after where you use it, e.g. “laptop CLI”.' });
    if (!scopes.length) errors.push({ pointer: '/scopes', message: 'Choose at least one scope.' });
    const at = expiresAt();
    if (at === null) errors.push({ pointer: '/expiresAt', message: 'Pick a date in the future.' });
    if (errors.length) return setError(new ApiError({ status: 400, code: 'validation_failed', errors }));
    setPending(true);
    setError(null);
    try {
      const token = await api.post<CreatedToken>('/tokens', { name: name.trim(), scopes, ...(at ? { expiresAt: at } : {}) });
      setCreated(token);
      setName('');
      tokens.reload();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, ['name', 'scopes', 'expiresAt']);
  return (
    <section className="card settings-section" aria-labelledby="tokens">
      <h2 id="tokens" className="card-title">
        Personal access tokens
      </h2>
      <p className="muted small">
        For the staffpath command line and your scripts. A token acts as you, within the scopes you give it.
      </p>

      {created ? (
        <NewTokenBanner token={created} onDone={() => setCreated(null)} />
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate className="form token-form" aria-label="Create a token">
          <FormError message={problems.form} />
          <div className="form-grid">
            <Field label="Token name" error={problems.field('name')}>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. laptop CLI" autoComplete="off" />
            </Field>
            <Field label="Expires" error={expiry !== 'custom' ? problems.field('expiresAt') : undefined}>
              <select value={expiry} onChange={(e) => setExpiry(e.target.value)}>
                {EXPIRY.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.label}
                  </option>
                ))}
              </select>
            </Field>
            {expiry === 'custom' && (
              <Field label="Expiry date" error={problems.field('expiresAt')}>
                <input type="date" min={tomorrow} value={expiryDate} onChange={(e) => setExpiryDate(e.target.value)} />
              </Field>
            )}
            <FieldSet legend="Scopes" error={problems.field('scopes')} className="span-2">
              <Checkboxes options={SCOPES} value={scopes} onChange={setScopes} />
            </FieldSet>
          </div>
          <SubmitActions pending={pending} label="Create token" pendingLabel="Creating…" />
        </form>
      )}

      <h3 className="subheading">Your tokens</h3>
      <FormError message={tokens.error ? errorMessage(tokens.error) : null} />
      {tokens.loading && !items.length ? (
        <Loading label="Loading tokens…" />
      ) : items.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>
            Create one for each place you use staffpath from, such as “laptop CLI” with read and write, or “weekly report
            script” with read only.
          </p>
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Your tokens">
          {items.map((t) => {
            const expired = t.expiresAt ? new Date(t.expiresAt).getTime() < Date.now() : false;
            return (
              <li key={t.id} className="list-row token-row">
                <KeyRound size={18} aria-hidden="true" className="row-icon" />
                <div className="grow">
                  <div className="strong">
                    {t.name}{' '}
                    {t.scopes.map((s) => (
                      <span key={s} className="badge">
                        {s}
                      </span>
                    ))}
                    {expired && <span className="badge badge-danger">Expired</span>}
                  </div>
                  <div className="muted small">
                    Created <Time value={t.createdAt} /> · {t.lastUsedAt ? <>last used <Time value={t.lastUsedAt} /></> : 'never used'} ·{' '}
                    {t.expiresAt ? (
                      <>
                        {expired ? 'expired' : 'expires'} <Time value={t.expiresAt} />
                      </>
                    ) : (
                      'no expiry'
                    )}
                  </div>
                </div>
                <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                  Revoke
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(o) => !o && setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Anything using this token stops working at once. This can't be undone; you can create a new token later."
        confirmLabel="Revoke token"
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/tokens/${encodeURIComponent(revoking.id)}`);
          tokens.setData((d) => ({ items: (d?.items ?? []).filter((x) => x.id !== revoking.id), nextCursor: null }));
          toast({ message: `Revoked ${revoking.name}.` });
        }}
      />
    </section>
  );
}

// ---------------------------------------------------------------- page

export default function SettingsPage() {
  const me = useMe();
  const forced = me.mustChangePassword;
  return (
    <div className="page">
      <PageHeader title="Settings" description="Your profile, password, sessions and access tokens." />
      {forced ? (
        <div className="settings-single">
          <PasswordSection forced />
        </div>
      ) : (
        <div className="settings">
          <nav className="settings-nav" aria-label="Settings sections">
            <ul>
              {SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="settings-sections">
            <ProfileSection />
            <PasswordSection forced={false} />
            <SessionsSection />
            <TokensSection />
          </div>
        </div>
      )}
    </div>
  );
}
