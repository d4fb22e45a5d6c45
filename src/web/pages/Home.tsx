import { ArrowRight, CalendarClock, ChevronDown, Circle, CircleCheck, NotebookPen, RotateCcw } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage, getAll } from '../api/client.js';
import type { DimensionReadiness, Evidence, Page, Person, Plan, PlanStepState, Readiness, Team } from '../api/types.js';
import { useCapture } from '../app/capture.js';
import { useMe, useSession } from '../app/session.js';
import { Kbd, PageHeader } from '../components/bits.js';
import { DimensionChips } from '../components/EvidenceBits.js';
import { StatusIcon } from '../components/FrameworkBits.js';
import { useToast } from '../components/Toast.js';
import { formatDay, metricText, onEvidenceChanged, startOfWeek, todayIn, weekStartDay } from '../lib/evidence.js';
import { STATUS_LABELS } from '../lib/assessments.js';
import { levelLabel } from '../lib/format.js';
import { useFramework } from '../lib/framework.js';
import { useAsync } from '../lib/hooks.js';

/** The last five entries of your own, and a nudge when nothing was logged this week. */
function useRecentEvidence(me: Person) {
  const recent = useAsync((signal) => api.get<Page<Evidence>>('/evidence', { query: { owner: 'me', limit: 5 }, signal }), [me.id]);
  const { reload } = recent;
  useEffect(() => onEvidenceChanged(reload), [reload]);
  const today = todayIn(me.timeZone);
  const weekStart = startOfWeek(today, weekStartDay(me.weekStart));
  const items = recent.data?.items ?? [];
  const loggedThisWeek = items.some((e) => e.occurredOn >= weekStart || todayIn(me.timeZone, new Date(e.createdAt)) >= weekStart);
  return { ...recent, items, today, nothingThisWeek: Boolean(recent.data) && !loggedThisWeek };
}

function RecentEvidence({ recent }: { recent: ReturnType<typeof useRecentEvidence> }) {
  const capture = useCapture();
  return (
    <section className="card home-recent" aria-labelledby="recent-heading">
      <div className="section-head">
        <h2 id="recent-heading" className="card-title">
          Recent evidence
        </h2>
        {recent.items.length > 0 && (
          <Link to="/evidence" className="small">
            See all
          </Link>
        )}
      </div>
      {recent.error ? (
        <p className="muted">Your recent entries could not be loaded. {errorMessage(recent.error)}</p>
      ) : !recent.data ? (
        <p className="muted">Loading…</p>
      ) : recent.items.length === 0 ? (
        <div className="recent-empty">
          <p>
            Nothing logged yet. Start with one line about something you did recently, for example “Unblocked the search
            team's schema migration by pairing on the rollback plan”.
          </p>
          <button type="button" className="btn btn-small" onClick={() => capture.open()}>
            <NotebookPen size={14} aria-hidden="true" /> Log evidence
          </button>
        </div>
      ) : (
        <ul className="recent-list">
          {recent.items.map((e) => (
            <li key={e.id} className="recent-item">
              <div className="recent-main">
                <Link to={`/evidence/${encodeURIComponent(e.id)}`} className="recent-title">
                  {e.title}
                </Link>
                <time className="recent-date muted num" dateTime={e.occurredOn}>
                  {formatDay(e.occurredOn, recent.today)}
                </time>
              </div>
              {(e.dimensions.length > 0 || e.metrics.length > 0) && (
                <div className="recent-meta">
                  <DimensionChips ids={e.dimensions} />
                  {e.metrics[0] && <span className="muted small num">{metricText(e.metrics[0])}</span>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NothingThisWeek() {
  const capture = useCapture();
  return (
    <section className="card home-nudge" aria-labelledby="nudge-heading">
      <CalendarClock size={20} aria-hidden="true" className="home-nudge-icon" />
      <div className="grow">
        <h2 id="nudge-heading" className="home-nudge-title">
          Nothing logged this week
        </h2>
        <p className="muted">
          What moved forward? A review you gave, a decision you unblocked, a number that changed. One line now saves an
          hour of digging at review time.
        </p>
      </div>
      <button type="button" className="btn btn-primary" onClick={() => capture.open()} aria-keyshortcuts="C">
        <NotebookPen size={16} aria-hidden="true" /> Log evidence
        <span className="hide-narrow">
          <Kbd>c</Kbd>
        </span>
      </button>
    </section>
  );
}

// ---------------------------------------------------------------- readiness

/** One line per dimension, coloured by status; the reasons on hover or focus, and on click for touch. */
function ReadinessLine({ item }: { item: DimensionReadiness }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const reasons = item.reasons.map((r) => r.text);
  return (
    <li className={`ready-line ready-line-${item.status} ${open ? 'ready-line-open' : ''}`}>
      <button
        type="button"
        className="ready-line-button"
        aria-expanded={open}
        aria-controls={`${id}-reasons`}
        aria-describedby={`${id}-pop`}
        onClick={() => setOpen((o) => !o)}
      >
        <StatusIcon status={item.status} />
        <span className="ready-line-name">{item.name}</span>
        <span className="ready-line-status">{STATUS_LABELS[item.status]}</span>
        <ChevronDown size={14} aria-hidden="true" className="ready-line-chevron" />
      </button>
      <div id={`${id}-pop`} role="tooltip" className="ready-pop">
        {reasons.join(' ')}
      </div>
      <div id={`${id}-reasons`} className="ready-reasons" hidden={!open}>
        <ul>
          {reasons.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <Link to={`/evidence?dimension=${encodeURIComponent(item.id)}`} className="small">
          Your {item.name.toLowerCase()} evidence
        </Link>
      </div>
    </li>
  );
}

function HomeReadiness({ me }: { me: Person }) {
  const { framework, levels } = useFramework();
  const targetKnown = levels.some((l) => l.id === me.targetLevel);
  const readiness = useAsync(
    async (signal) => (framework && targetKnown ? api.get<Readiness>('/people/me/readiness', { signal }) : null),
    [framework?.id, targetKnown, me.targetLevel],
  );
  const { reload } = readiness;
  useEffect(() => onEvidenceChanged(reload), [reload]);
  const counts = { strong: 0, developing: 0, gap: 0 };
  for (const d of readiness.data?.dimensions ?? []) counts[d.status] += 1;
  return (
    <section className="card home-readiness" aria-labelledby="readiness-heading">
      <div className="section-head">
        <h2 id="readiness-heading" className="card-title">
          Readiness for {levelLabel(me.targetLevel)}
        </h2>
        <Link to="/framework#readiness-heading" className="small">
          Details
        </Link>
      </div>
      {framework && !targetKnown ? (
        <p className="muted">
          Your target level is not a level of the current framework. Choose one under <a href="#home-target-level">Your goal</a>.
        </p>
      ) : readiness.error ? (
        <p className="muted">Readiness could not be worked out. {errorMessage(readiness.error)}</p>
      ) : !readiness.data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="muted small ready-summary">
            {counts.strong} strong · {counts.developing} developing · {counts.gap} {counts.gap === 1 ? 'gap' : 'gaps'}. Hover, focus or tap a
            line for the reasons.
          </p>
          <ul className="ready-lines" aria-label="Readiness per dimension">
            {readiness.data.dimensions.map((d) => (
              <ReadinessLine key={d.id} item={d} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- the plan

/** Who decided the step's state: staffpath's detector, or the person. */
function stepSource(step: PlanStepState): string {
  if (step.manual === true) return 'Ticked by you';
  if (step.automatic && step.manual === false) return 'Un-ticked by you';
  if (!step.automatic) return 'Manual';
  return step.detected ? 'Detected' : 'Automatic';
}

function PlanStep({ step, index, busy, onSet }: { step: PlanStepState; index: number; busy: boolean; onSet(done: boolean | null): void }) {
  const id = useId();
  const overridden = step.automatic && step.manual !== null;
  return (
    <li className={`plan-step ${step.done ? 'plan-step-done' : ''}`}>
      <input
        type="checkbox"
        id={`${id}-check`}
        className="plan-check"
        checked={step.done}
        aria-busy={busy}
        onChange={(e) => {
          if (!busy) onSet(e.target.checked);
        }}
        aria-describedby={`${id}-desc ${id}-how`}
      />
      <div className="plan-text">
        <label htmlFor={`${id}-check`} className="plan-title">
          <span className="plan-number num" aria-hidden="true">
            {index + 1}.
          </span>{' '}
          {step.title}
        </label>
        <p id={`${id}-desc`} className="plan-description">
          {step.description}
        </p>
        <p id={`${id}-how`} className="plan-how">
          <span className={`badge ${step.automatic && step.manual === null && step.detected ? 'badge-success' : ''}`}>{stepSource(step)}</span>{' '}
          {step.automatic ? (
            step.manual === null ? (
              step.detected ? (
                'staffpath saw this happen.'
              ) : (
                step.how
              )
            ) : (
              <>
                Your tick overrides what staffpath sees ({step.detected ? 'it sees this done' : 'it does not see this yet'}).{' '}
                <button type="button" className="link-button" disabled={busy} onClick={() => onSet(null)}>
                  <RotateCcw size={12} aria-hidden="true" /> Let staffpath decide
                </button>
              </>
            )
          ) : (
            step.how
          )}
        </p>
      </div>
      {overridden && <span className="visually-hidden">(overridden by you)</span>}
    </li>
  );
}

function HomePlan() {
  const toast = useToast();
  const plan = useAsync((signal) => api.get<Plan>('/people/me/plan', { signal }), []);
  const [busy, setBusy] = useState<string | null>(null);

  async function set(step: PlanStepState, done: boolean | null) {
    setBusy(step.id);
    const before = plan.data;
    // Show the tick at once; the server's answer (with what the detector sees) follows.
    if (before && done !== null) {
      const steps = before.steps.map((s) => (s.id === step.id ? { ...s, manual: done, done } : s));
      plan.setData({ ...before, steps, done: steps.filter((s) => s.done).length });
    }
    try {
      const next = await api.put<Plan>(`/people/me/plan/${encodeURIComponent(step.id)}`, { done });
      plan.setData(next);
    } catch (e) {
      if (before) plan.setData(before);
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  const data = plan.data;
  return (
    <section className="card home-plan" aria-labelledby="plan-heading">
      <div className="section-head">
        <h2 id="plan-heading" className="card-title">
          Your plan
        </h2>
        {data && (
          <span className="plan-progress-text num" aria-live="polite">
            {data.done} of {data.total} done
          </span>
        )}
      </div>
      {plan.error ? (
        <p className="muted">Your plan could not be loaded. {errorMessage(plan.error)}</p>
      ) : !data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <progress className="plan-progress" max={data.total} value={data.done} aria-label={`${data.done} of ${data.total} steps done`} />
          <p className="muted small plan-intro">The practical path most engineers follow on the way to Staff. Tick a step when it is done; some tick themselves.</p>
          <ol className="plan-steps">
            {data.steps.map((step, i) => (
              <PlanStep key={step.id} step={step} index={i} busy={busy === step.id} onSet={(done) => void set(step, done)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface Step {
  id: string;
  label: string;
  detail: string;
  to: string;
  done: boolean;
}

export default function Home() {
  const me = useMe();
  const session = useSession();
  const toast = useToast();
  const [savingLevel, setSavingLevel] = useState(false);
  const recent = useRecentEvidence(me);
  const { levels } = useFramework();
  const targetKnown = levels.some((l) => l.id === me.targetLevel);
  const firstName = me.name.split(/\s+/)[0] ?? me.name;

  const context = useAsync(
    async (signal) => {
      const [manager, teams] = await Promise.all([
        me.managerId ? api.get<Person>(`/people/${encodeURIComponent(me.managerId)}`, { signal }).catch(() => null) : null,
        me.teamIds.length ? getAll<Team>('/teams').catch(() => [] as Team[]) : ([] as Team[]),
      ]);
      return { manager, teams: teams.filter((t) => me.teamIds.includes(t.id)) };
    },
    [me.managerId, me.teamIds.join(',')],
  );

  async function changeLevel(level: string) {
    setSavingLevel(true);
    try {
      const person = await api.patch<Person>('/me', { targetLevel: level });
      session.setPerson(person);
      toast({ message: `Target level set to ${levelLabel(person.targetLevel)}.` });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setSavingLevel(false);
    }
  }

  const steps: Step[] = [
    {
      id: 'profile',
      label: 'Set your time zone and week start',
      detail: 'So weekly reminders and summaries land on the right day.',
      to: '/settings#profile',
      done: me.timeZone === Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    {
      id: 'audience',
      label: 'Choose who sees your entries by default',
      detail: 'Your manager, your mentors, the whole organisation — or nobody.',
      to: '/settings#profile',
      done: false,
    },
    ...(me.role === 'admin'
      ? [
          {
            id: 'people',
            label: 'Add your colleagues',
            detail: 'Create accounts and set who reports to whom.',
            to: '/admin/people',
            done: false,
          },
          {
            id: 'teams',
            label: 'Create your teams',
            detail: 'Teams make cross-team reach visible later on.',
            to: '/admin/teams',
            done: false,
          },
        ]
      : []),
    {
      id: 'token',
      label: 'Connect the command line',
      detail: 'Create a personal access token for the staffpath CLI or your scripts.',
      to: '/settings#tokens',
      done: false,
    },
  ];

  const manager = context.data?.manager;
  const teams = context.data?.teams ?? [];

  return (
    <div className="page">
      <PageHeader
        title={`Welcome, ${firstName}`}
        documentTitle="Home"
        description="Where you stand on the way to your target level, and what to do next."
      />

      <div className="home-grid">
        {recent.nothingThisWeek && <NothingThisWeek />}
        <HomeReadiness me={me} />
        <RecentEvidence recent={recent} />
        <HomePlan />
        <section className="card" aria-labelledby="goal-heading">
          <h2 id="goal-heading" className="card-title">
            Your goal
          </h2>
          <dl className="facts">
            <div>
              <dt>Name</dt>
              <dd>{me.name}</dd>
            </div>
            <div>
              <dt>
                <label htmlFor="home-target-level">Target level</label>
              </dt>
              <dd>
                <select
                  id="home-target-level"
                  className="select-inline"
                  value={me.targetLevel ?? ''}
                  disabled={savingLevel}
                  onChange={(e) => void changeLevel(e.target.value)}
                >
                  {!targetKnown && (
                    <option value={me.targetLevel ?? ''} disabled>
                      {me.targetLevel ? `${me.targetLevel} (not in the framework)` : 'Not set'}
                    </option>
                  )}
                  {levels.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </dd>
            </div>
            <div>
              <dt>Manager</dt>
              <dd>{me.managerId ? (manager ? manager.name : context.loading ? '…' : 'Unknown') : <span className="muted">None yet</span>}</dd>
            </div>
            <div>
              <dt>Teams</dt>
              <dd>
                {teams.length ? (
                  <span className="chips">
                    {teams.map((t) => (
                      <span key={t.id} className="chip">
                        {t.name}
                      </span>
                    ))}
                  </span>
                ) : (
                  <span className="muted">{me.teamIds.length && context.loading ? '…' : 'None yet'}</span>
                )}
              </dd>
            </div>
          </dl>
        </section>

        <section className="card home-steps" aria-labelledby="setup-heading">
          <h2 id="setup-heading" className="card-title">
            Get set up
          </h2>
          <ul className="steps">
            {steps.map((step) => (
              <li key={step.id} className={`step ${step.done ? 'step-done' : ''}`}>
                {step.done ? (
                  <CircleCheck size={18} aria-hidden="true" className="step-icon step-icon-done" />
                ) : (
                  <Circle size={18} aria-hidden="true" className="step-icon" />
                )}
                <div className="step-text">
                  <Link to={step.to} className="step-link">
                    {step.label}
                    {step.done && <span className="visually-hidden"> (done)</span>}
                  </Link>
                  <span className="step-detail">{step.detail}</span>
                </div>
                {step.done ? (
                  <span className="badge badge-success">Done</span>
                ) : (
                  <ArrowRight size={16} aria-hidden="true" className="step-arrow" />
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
