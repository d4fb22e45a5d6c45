import { CircleCheck, Circle, ArrowRight, CalendarClock, NotebookPen, Sprout } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage, getAll } from '../api/client.js';
import type { Evidence, Page, Person, Team } from '../api/types.js';
import { useCapture } from '../app/capture.js';
import { useMe, useSession } from '../app/session.js';
import { Kbd, PageHeader } from '../components/bits.js';
import { DimensionChips } from '../components/EvidenceBits.js';
import { useToast } from '../components/Toast.js';
import { formatDay, metricText, onEvidenceChanged, startOfWeek, todayIn, weekStartDay } from '../lib/evidence.js';
import { LEVELS, levelLabel } from '../lib/format.js';
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
          <button type="button" className="btn btn-small" onClick={capture.open}>
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
      <button type="button" className="btn btn-primary" onClick={capture.open} aria-keyshortcuts="C">
        <NotebookPen size={16} aria-hidden="true" /> Log evidence
        <span className="hide-narrow">
          <Kbd>c</Kbd>
        </span>
      </button>
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
        <RecentEvidence recent={recent} />
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
                  {!me.targetLevel && <option value="">Not set</option>}
                  {LEVELS.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.label}
                    </option>
                  ))}
                  {me.targetLevel && !LEVELS.some((l) => l.id === me.targetLevel) && (
                    <option value={me.targetLevel}>{levelLabel(me.targetLevel)}</option>
                  )}
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

        <section className="card card-quiet" aria-labelledby="next-heading">
          <div className="card-icon" aria-hidden="true">
            <Sprout size={20} />
          </div>
          <h2 id="next-heading" className="card-title">
            What comes next
          </h2>
          <p>
            This page will become your starting point: readiness for {levelLabel(me.targetLevel ?? 'staff')} per
            dimension, your plan, and the wins you logged recently.
          </p>
          <p>
            Your <Link to="/evidence">evidence log</Link> is ready: a running record of your wins, written while you
            still remember the numbers. Next comes the <strong>framework</strong>, which spells out what your target
            level expects and shows how your evidence adds up. It will appear in the navigation as soon as it is ready.
          </p>
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
