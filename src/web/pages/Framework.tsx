/**
 * The framework page: what the target level expects, assessments side by side with the
 * manager's, a radar chart, and readiness with its reasons.
 *
 *   /framework                      mine
 *   /framework?person=<id>          a report's (managers, mentors)
 *   ?level=<levelId>                the level to show (default: the person's target level)
 *   ?ask=peer                       opens "Ask a colleague for a peer assessment"
 */
import {
  ArrowLeftRight,
  Check,
  ChevronRight,
  ClipboardCheck,
  Compass,
  ExternalLink,
  FileText,
  MessageSquarePlus,
  NotebookPen,
  Search,
  Star,
  TriangleAlert,
} from 'lucide-react';
import { lazy, Suspense, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage, isApiError } from '../api/client.js';
import type { Assessment, Dimension, DimensionReadiness, Page, Person, Readiness } from '../api/types.js';
import { useCapture } from '../app/capture.js';
import { useMe, useSession } from '../app/session.js';
import { EmptyState, Loading, PageHeader } from '../components/bits.js';
import { Modal, DialogClose } from '../components/Dialog.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { StatusBadge } from '../components/FrameworkBits.js';
import { PersonPicker } from '../components/PersonPicker.js';
import type { RadarPoint } from '../components/RadarChart.js';
import { useToast } from '../components/Toast.js';
import {
  difference,
  KIND_LABELS,
  latestShared,
  ratingFor,
  ratingSpoken,
  ratingText,
  ratingValue,
} from '../lib/assessments.js';
import { formatDay, formatLongDay, todayIn } from '../lib/evidence.js';
import { formatDate } from '../lib/format.js';
import { defaultTargetLevel, useFramework, type LevelInfo } from '../lib/framework.js';
import { useAsync } from '../lib/hooks.js';
import { usePeopleById } from '../lib/people.js';

const FrameworkRadar = lazy(() => import('../components/RadarChart.js'));

// ---------------------------------------------------------------- expectations

function ExtraList({ items, ordered = false }: { items: { key: string; text: string }[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="fw-extra-list">
      {items.map((i) => (
        <li key={i.key}>{i.text}</li>
      ))}
    </List>
  );
}

function DimensionExtras({ dimension }: { dimension: Dimension }) {
  const parts: { key: string; title: string; body: ReactNode }[] = [];
  if (dimension.questions?.length) {
    parts.push({
      key: 'questions',
      title: dimension.questions.length === 5 ? 'The five scope questions' : 'Questions to ask',
      body: <ExtraList ordered items={dimension.questions.map((q) => ({ key: q.id, text: q.text }))} />,
    });
  }
  if (dimension.artifacts?.length) {
    parts.push({
      key: 'artifacts',
      title: 'Written artifacts',
      body: (
        <ul className="chips fw-chip-list">
          {dimension.artifacts.map((a) => (
            <li key={a.id} className="chip">
              <FileText size={12} aria-hidden="true" /> {a.name}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (dimension.practices?.length) {
    parts.push({ key: 'practices', title: 'Practices', body: <ExtraList items={dimension.practices.map((p) => ({ key: p, text: p }))} /> });
  }
  if (dimension.impactKinds?.length) {
    parts.push({
      key: 'impact',
      title: 'Kinds of impact',
      body: <ExtraList items={dimension.impactKinds.map((k) => ({ key: k.id, text: k.name }))} />,
    });
  }
  if (!parts.length) return null;
  return (
    <details className="fw-extras">
      <summary>
        More about {dimension.name.toLowerCase()}: {parts.map((p) => p.title.toLowerCase()).join(', ')}
      </summary>
      {parts.map((p) => (
        <div key={p.key} className="fw-extra">
          <h4 className="fw-extra-title">{p.title}</h4>
          {p.body}
        </div>
      ))}
    </details>
  );
}

function Expectations({
  dimensions,
  levels,
  level,
  targetLevel,
  onLevel,
  frameworkLabel,
}: {
  dimensions: Dimension[];
  levels: LevelInfo[];
  level: string;
  targetLevel: string | null;
  onLevel(level: string): void;
  frameworkLabel: string;
}) {
  const current = levels.find((l) => l.id === level);
  return (
    <section className="fw-section" aria-labelledby="expectations-heading">
      <div className="section-head fw-section-head">
        <h2 id="expectations-heading" className="fw-h2">
          What {current?.name ?? level} means here
        </h2>
        <span className="muted small">{frameworkLabel}</span>
      </div>
      <div className="segmented fw-levels" role="group" aria-label="Level to show">
        {levels.map((l) => (
          <button key={l.id} type="button" className="segmented-item" aria-pressed={l.id === level} onClick={() => onLevel(l.id)}>
            {l.name}
            {l.id === targetLevel && (
              <>
                <Star size={12} aria-hidden="true" className="fw-target-star" />
                <span className="visually-hidden"> (target)</span>
              </>
            )}
          </button>
        ))}
      </div>
      {current?.summary && <p className="fw-level-summary">{current.summary}</p>}
      <ul className="fw-dimensions" aria-label={`Expectations of ${current?.name ?? level} per dimension`}>
        {dimensions.map((d) => {
          const at = d.levels[level];
          return (
            <li key={d.id} className="card fw-dimension">
              <h3 className="fw-dimension-name">{d.name}</h3>
              <p className="muted small">{d.summary}</p>
              {d.principle && <blockquote className="fw-principle">{d.principle}</blockquote>}
              {at ? (
                <>
                  <p className="fw-description">{at.description}</p>
                  <h4 className="fw-signals-title">Signals</h4>
                  <ul className="fw-signals">
                    {at.signals.map((s) => (
                      <li key={s}>
                        <Check size={14} aria-hidden="true" className="fw-signal-icon" />
                        <span>{s}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">This dimension does not describe this level.</p>
              )}
              <DimensionExtras dimension={d} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// ---------------------------------------------------------------- assessments

function SideBySide({
  dimensions,
  levels,
  self,
  manager,
  subjectLabel,
}: {
  dimensions: Dimension[];
  levels: LevelInfo[];
  self: Assessment | null;
  manager: Assessment | null;
  subjectLabel: string;
}) {
  const differing = dimensions.filter((d) => {
    const diff = difference(ratingValue(levels, ratingFor(self, d.id)), ratingValue(levels, ratingFor(manager, d.id)));
    return diff.delta !== null && diff.delta !== 0;
  }).length;
  return (
    <div className="fw-compare">
      <table className="fw-table">
        <caption className="fw-caption">
          {subjectLabel} beside the manager
          <span className="muted small">
            {' '}
            — latest shared of each{self && manager ? (differing ? `; ${differing} ${differing === 1 ? 'dimension differs' : 'dimensions differ'}` : '; they agree everywhere') : ''}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">
              Self
              {self?.sharedAt && <span className="fw-th-date">{formatDate(self.sharedAt)}</span>}
            </th>
            <th scope="col">
              Manager
              {manager?.sharedAt && <span className="fw-th-date">{formatDate(manager.sharedAt)}</span>}
            </th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => {
            const s = ratingFor(self, d.id);
            const m = ratingFor(manager, d.id);
            const diff = difference(ratingValue(levels, s), ratingValue(levels, m));
            const differs = diff.delta !== null && diff.delta !== 0;
            return (
              <tr key={d.id} className={differs ? 'fw-row-differs' : undefined}>
                <th scope="row">{d.name}</th>
                <td className={s ? undefined : 'muted'} data-label="Self">
                  {ratingText(levels, s)}
                </td>
                <td className={m ? undefined : 'muted'} data-label="Manager">
                  {ratingText(levels, m)}
                </td>
                <td data-label="Difference">
                  {differs ? (
                    <span className="fw-diff">
                      <ArrowLeftRight size={14} aria-hidden="true" />
                      {diff.text}
                    </span>
                  ) : diff.delta === 0 ? (
                    <span className="fw-same">
                      <Check size={14} aria-hidden="true" />
                      Same level
                    </span>
                  ) : (
                    <span className="muted">{diff.text}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AssessmentHistory({
  items,
  levels,
  dimensions,
  me,
  subjectId,
}: {
  items: Assessment[];
  levels: LevelInfo[];
  dimensions: Dimension[];
  me: Person;
  subjectId: string;
}) {
  const authors = usePeopleById(items.map((a) => a.authorId));
  const dimensionName = (id: string) => dimensions.find((d) => d.id === id)?.name ?? `${id} (not in this framework)`;
  return (
    <div className="fw-history">
      <h3 className="fw-h3" id="history-heading">
        History
      </h3>
      <ol className="fw-history-list" aria-labelledby="history-heading">
        {items.map((a) => {
          const author = a.authorId === me.id ? 'you' : (authors.get(a.authorId)?.name ?? '…');
          const when = a.sharedAt ?? a.updatedAt;
          return (
            <li key={a.id}>
              <details className="fw-history-item">
                <summary>
                  <ChevronRight size={14} aria-hidden="true" className="fw-history-chevron" />
                  <span className="strong">{KIND_LABELS[a.kind]}</span>
                  <span className="muted"> by {author}</span>
                  {a.status === 'draft' ? <span className="badge">Draft</span> : <span className="badge badge-accent">Shared</span>}
                  <span className="muted small num fw-history-date">
                    {a.status === 'draft' ? 'last saved ' : 'shared '}
                    {formatDate(when)}
                  </span>
                </summary>
                <div className="fw-history-body">
                  <p className="muted small">
                    Against version {a.frameworkVersion} of the framework ({a.frameworkKey}). {a.ratings.length} of {dimensions.length} dimensions rated.
                  </p>
                  {a.ratings.length > 0 && (
                    <dl className="fw-ratings">
                      {a.ratings.map((r) => (
                        <div key={r.dimension}>
                          <dt>{dimensionName(r.dimension)}</dt>
                          <dd>
                            <span className="strong">{ratingText(levels, r)}</span>
                            {r.note && <p className="fw-note">{r.note}</p>}
                            {r.evidenceIds.length > 0 && (
                              <ul className="fw-evidence-links" aria-label="Evidence">
                                {r.evidenceIds.map((id, i) => (
                                  <li key={id}>
                                    <Link to={`/evidence/${encodeURIComponent(id)}`}>Evidence {i + 1}</Link>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {a.status === 'draft' && a.authorId === me.id && (
                    <Link className="btn btn-small" to={`/framework/assess/${a.subjectId === me.id ? 'me' : encodeURIComponent(subjectId)}?kind=${a.kind}`}>
                      Continue this draft
                    </Link>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

// ---------------------------------------------------------------- readiness

function ReadinessCard({
  item,
  isMe,
  subjectId,
  levelName,
}: {
  item: DimensionReadiness;
  isMe: boolean;
  subjectId: string;
  levelName: string;
}) {
  const capture = useCapture();
  const me = useMe();
  const today = todayIn(me.timeZone);
  const f = item.facts;
  const needsWork = item.status !== 'strong';
  const evidenceLink = isMe ? `/evidence?dimension=${encodeURIComponent(item.id)}` : `/evidence?owner=reports&dimension=${encodeURIComponent(item.id)}`;
  return (
    <li className={`card fw-ready fw-ready-${item.status}`}>
      <div className="fw-ready-head">
        <h3 className="fw-ready-name">{item.name}</h3>
        <StatusBadge status={item.status} />
      </div>
      <ul className="fw-reasons" aria-label={`Why ${item.name} is ${item.status === 'gap' ? 'a gap' : item.status}`}>
        {item.reasons.map((r) => (
          <li key={r.code}>{r.text}</li>
        ))}
      </ul>
      <dl className="fw-facts">
        <div>
          <dt>Evidence</dt>
          <dd className="num">{f.evidence}</dd>
        </div>
        <div>
          <dt>Teams</dt>
          <dd className="num">{f.teams}</dd>
        </div>
        <div>
          <dt>Measured</dt>
          <dd className="num">{f.measured}</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd className="num">{f.latest ? <time dateTime={f.latest} title={formatLongDay(f.latest)}>{formatDay(f.latest, today)}</time> : '—'}</dd>
        </div>
      </dl>
      <div className="fw-next" role="group" aria-label={`What to do next for ${item.name}`}>
        {needsWork && <span className="fw-next-label">Next:</span>}
        <Link to={evidenceLink} className="btn btn-small">
          <Search size={14} aria-hidden="true" /> {isMe ? 'Your' : 'Their'} {item.name.toLowerCase()} evidence
        </Link>
        {isMe && needsWork && (
          <button type="button" className="btn btn-small" onClick={() => capture.open({ dimensions: [item.id] })}>
            <NotebookPen size={14} aria-hidden="true" /> Log evidence
          </button>
        )}
        {isMe && needsWork && !f.selfRating && (
          <Link to="/framework/assess/me?kind=self" className="btn btn-small">
            <ClipboardCheck size={14} aria-hidden="true" /> Rate yourself
          </Link>
        )}
        {!isMe && needsWork && (
          <Link to={`/framework/assess/${encodeURIComponent(subjectId)}?kind=manager`} className="btn btn-small">
            <ClipboardCheck size={14} aria-hidden="true" /> Assess against {levelName}
          </Link>
        )}
      </div>
    </li>
  );
}

// ---------------------------------------------------------------- asking for a peer assessment

function PeerRequestDialog({ open, onOpenChange, me }: { open: boolean; onOpenChange(open: boolean): void; me: Person }) {
  const toast = useToast();
  const [personId, setPersonId] = useState<string | null>(null);
  const [personName, setPersonName] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const problems = problemsOf(error, ['personId', 'message']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) {
      setError({ local: true });
      return;
    }
    setPending(true);
    setError(null);
    try {
      await api.post('/assessments/requests', { personId, ...(message.trim() ? { message: message.trim() } : {}) });
      toast({ message: `Asked ${personName} for a peer assessment.` });
      setPersonId(null);
      setMessage('');
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const localError = error && typeof error === 'object' && 'local' in error ? 'Choose a colleague to ask.' : undefined;
  return (
    <Modal
      open={open}
      onOpenChange={(o) => {
        if (pending) return;
        if (!o) setError(null);
        onOpenChange(o);
      }}
      title="Ask for a peer assessment"
      description="A colleague rates you on the same rubric. They get a notification with a link to the form; what they share is visible to you and your managers."
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormError message={localError ? null : problems.form} />
        <Field label="Colleague" error={localError ?? problems.field('personId')}>
          <PersonPicker
            value={personId}
            onChange={(id, person) => {
              setPersonId(id);
              setPersonName(person?.name ?? '');
              setError(null);
            }}
            exclude={[me.id]}
            placeholder="Choose a colleague…"
          />
        </Field>
        <Field label="Message (optional)" hint="What you would like their view on, e.g. “how I ran the checkout migration RFC”." error={problems.field('message')}>
          <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={3} maxLength={500} />
        </Field>
        <div className="modal-actions">
          <DialogClose className="btn" disabled={pending}>
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Sending…' : 'Send request'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

// ---------------------------------------------------------------- the page

function TargetNotice({ subject, isMe, levels }: { subject: Person; isMe: boolean; levels: LevelInfo[] }) {
  const session = useSession();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  async function choose(level: string) {
    setSaving(true);
    try {
      const person = await api.patch<Person>('/me', { targetLevel: level });
      session.setPerson(person);
      toast({ message: `Target level set to ${levels.find((l) => l.id === level)?.name ?? level}.` });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="notice notice-warning fw-target-notice" role="status">
      <TriangleAlert size={16} aria-hidden="true" />
      <div className="grow">
        <p>
          {isMe ? 'Your' : `${subject.name}'s`} target level, “{subject.targetLevel}”, is not a level of this framework
          {isMe ? '. Choose the level you are aiming for:' : '. They (or you, as their manager) can choose a new one.'}
        </p>
        {isMe && (
          <div className="fw-target-choose">
            <label htmlFor="fw-target" className="visually-hidden">
              Target level
            </label>
            <select id="fw-target" className="select-inline" defaultValue="" disabled={saving} onChange={(e) => e.target.value && void choose(e.target.value)}>
              <option value="" disabled>
                Choose…
              </option>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </div>
  );
}

export default function FrameworkPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const personParam = params.get('person');
  const subjectId = personParam && personParam !== 'me' ? personParam : me.id;
  const isMe = subjectId === me.id;
  const { framework, error: frameworkError, levels } = useFramework();

  const other = useAsync(
    async (signal) => (isMe ? null : api.get<Person>(`/people/${encodeURIComponent(subjectId)}`, { signal })),
    [subjectId, isMe],
  );
  const subject: Person | null = isMe ? me : (other.data ?? null);

  const targetLevel = subject?.targetLevel ?? null;
  const targetKnown = Boolean(targetLevel && levels.some((l) => l.id === targetLevel));
  const requested = params.get('level');
  const level = requested && levels.some((l) => l.id === requested) ? requested : targetKnown && targetLevel ? targetLevel : defaultTargetLevel(levels);
  const levelName = levels.find((l) => l.id === level)?.name ?? level;

  const assessments = useAsync(
    (signal) => api.get<Page<Assessment>>('/assessments', { query: { subject: isMe ? 'me' : subjectId }, signal }),
    [subjectId, isMe, framework?.id],
  );
  const readiness = useAsync(
    async (signal) => (framework && subject ? api.get<Readiness>(`/people/${isMe ? 'me' : encodeURIComponent(subjectId)}/readiness`, { query: { level }, signal }) : null),
    [subjectId, isMe, level, framework?.id, Boolean(subject)],
  );

  const [askOpen, setAskOpen] = useState(false);
  const askFromUrl = params.get('ask') === 'peer';
  const setLevel = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === (targetKnown ? targetLevel : null)) copy.delete('level');
        else copy.set('level', next);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  const closeAsk = (open: boolean) => {
    setAskOpen(open);
    if (!open && askFromUrl) {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.delete('ask');
          return copy;
        },
        { replace: true },
      );
    }
  };

  const items = useMemo(() => assessments.data?.items ?? [], [assessments.data]);
  const dimensions = framework?.definition.dimensions ?? [];
  const self = latestShared(items, 'self');
  const manager = latestShared(items, 'manager');
  const targetRank = levels.findIndex((l) => l.id === level);

  const radarData: RadarPoint[] = dimensions.map((d) => {
    const s = ratingFor(self, d.id);
    const m = ratingFor(manager, d.id);
    return {
      dimension: d.id,
      name: d.name,
      self: ratingValue(levels, s),
      manager: ratingValue(levels, m),
      target: targetRank,
      selfText: ratingText(levels, s),
      managerText: ratingText(levels, m),
      targetText: levelName,
    };
  });
  const radarSummary = `Radar chart of ${dimensions.length} dimensions. Target: ${levelName} everywhere. ${
    self ? `Self: ${dimensions.map((d) => `${d.name} ${ratingSpoken(levels, ratingFor(self, d.id))}`).join('; ')}.` : 'No shared self-assessment.'
  } ${manager ? `Manager: ${dimensions.map((d) => `${d.name} ${ratingSpoken(levels, ratingFor(manager, d.id))}`).join('; ')}.` : 'No shared manager assessment.'}`;

  const firstName = subject ? (subject.name.split(/\s+/)[0] ?? subject.name) : '';
  const isReport = !isMe && subject?.managerId === me.id;

  const title = isMe ? 'Framework' : subject ? `${subject.name}: framework` : 'Framework';
  const frameworkLabel = framework ? `${framework.name} · version ${framework.version}` : '';

  if (frameworkError && !framework) {
    return (
      <div className="page">
        <PageHeader title="Framework" />
        <FormError message={errorMessage(frameworkError)} />
      </div>
    );
  }
  if (!isMe && other.error) {
    return (
      <div className="page">
        <PageHeader title="Framework" />
        <EmptyState icon={<Compass size={28} />} title="Nobody to show">
          <p>{isApiError(other.error) && other.error.status === 404 ? 'That person does not exist, or you cannot see them.' : errorMessage(other.error)}</p>
          <p>
            <Link to="/framework">Back to your own framework</Link>
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page fw-page">
      <PageHeader
        title={title}
        documentTitle={isMe ? 'Framework' : `${subject?.name ?? 'Someone'} · Framework`}
        description={
          framework ? (
            <>
              {isMe ? 'What your target level expects, how you and your manager rate you, and what the evidence says.' : `What ${levelName} expects, how ${firstName} rates themselves beside their manager's view, and what the evidence you can see says.`}{' '}
              <span className="fw-framework-name">{frameworkLabel}</span>
            </>
          ) : undefined
        }
        actions={
          isMe ? (
            <>
              <button type="button" className="btn" onClick={() => setAskOpen(true)}>
                <MessageSquarePlus size={16} aria-hidden="true" /> Ask for a peer assessment
              </button>
              <Link to="/framework/assess/me?kind=self" className="btn btn-primary">
                <ClipboardCheck size={16} aria-hidden="true" /> Rate yourself
              </Link>
            </>
          ) : subject ? (
            <Link to={`/framework/assess/${encodeURIComponent(subject.id)}?kind=${isReport ? 'manager' : 'peer'}`} className="btn btn-primary">
              <ClipboardCheck size={16} aria-hidden="true" /> Assess {firstName}
            </Link>
          ) : undefined
        }
      />

      {!framework || (!isMe && !subject) ? (
        <Loading label="Loading the framework…" />
      ) : (
        <>
          {!targetKnown && subject && <TargetNotice subject={subject} isMe={isMe} levels={levels} />}

          <nav className="fw-toc" aria-label="On this page">
            <a href="#expectations-heading">Expectations</a>
            <a href="#assessments-heading">Assessments</a>
            <a href="#readiness-heading">Readiness</a>
          </nav>

          <Expectations
            dimensions={dimensions}
            levels={levels}
            level={level}
            targetLevel={targetKnown ? targetLevel : null}
            onLevel={setLevel}
            frameworkLabel={`${framework.definition.levels.length} levels · ${dimensions.length} dimensions`}
          />

          <section className="fw-section" aria-labelledby="assessments-heading">
            <div className="section-head fw-section-head">
              <h2 id="assessments-heading" className="fw-h2">
                Assessments
              </h2>
            </div>
            <FormError message={assessments.error ? errorMessage(assessments.error) : null} />
            {assessments.loading && !assessments.data ? (
              <Loading label="Loading assessments…" />
            ) : items.length === 0 ? (
              <EmptyState
                icon={<ClipboardCheck size={28} />}
                title={isMe ? 'No assessments yet' : `No assessments of ${firstName} you can see`}
                action={
                  isMe ? (
                    <Link to="/framework/assess/me?kind=self" className="btn btn-primary">
                      Rate yourself
                    </Link>
                  ) : subject ? (
                    <Link to={`/framework/assess/${encodeURIComponent(subject.id)}?kind=${isReport ? 'manager' : 'peer'}`} className="btn btn-primary">
                      Assess {firstName}
                    </Link>
                  ) : undefined
                }
              >
                {isMe ? (
                  <p>
                    Rate yourself on each dimension against the framework’s levels — for example “Scope: Senior → Staff,
                    the checkout migration touched three teams” — and share it. When your manager shares theirs, the two
                    appear side by side here, with the differences marked.
                  </p>
                ) : (
                  <p>A shared self-assessment or manager assessment of {firstName} will appear here, side by side.</p>
                )}
              </EmptyState>
            ) : (
              <>
                {self || manager ? (
                  <div className="fw-assess-grid">
                    <SideBySide dimensions={dimensions} levels={levels} self={self} manager={manager} subjectLabel={isMe ? 'Your self-assessment' : `${firstName}'s self-assessment`} />
                    <Suspense fallback={<Loading label="Drawing the chart…" />}>
                      <FrameworkRadar
                        data={radarData}
                        levels={levels}
                        series={{ self: radarData.some((d) => d.self !== null), manager: radarData.some((d) => d.manager !== null) }}
                        summary={radarSummary}
                        caption={`Rings are levels; halfway between two rings means “between levels”. Target: ${levelName}.`}
                      />
                    </Suspense>
                  </div>
                ) : (
                  <p className="muted">Nothing shared yet: drafts stay private to their author until shared.</p>
                )}
                {!manager && isMe && self && <p className="muted small fw-hint">Your manager has not shared an assessment of you yet. Ask them to rate you on the same rubric.</p>}
                {[self, manager].some((a) => a && a.frameworkId !== framework.id) && (
                  <p className="notice fw-hint" role="note">
                    Some of these assessments were made against another framework ({[self, manager].filter((a) => a && a.frameworkId !== framework.id).map((a) => `${a?.frameworkKey} version ${a?.frameworkVersion}`).filter((v, i, all) => all.indexOf(v) === i).join(', ')}); dimensions it does not share with the current one show as not rated. A new
                    assessment uses the current framework.
                  </p>
                )}
                <AssessmentHistory items={items} levels={levels} dimensions={dimensions} me={me} subjectId={subjectId} />
              </>
            )}
          </section>

          <section className="fw-section" aria-labelledby="readiness-heading">
            <div className="section-head fw-section-head">
              <h2 id="readiness-heading" className="fw-h2">
                Readiness for {levelName}
              </h2>
              {readiness.data && <span className="muted small">Evidence from the last {readiness.data.windowMonths} months{isMe ? '' : ' that you can see'}</span>}
            </div>
            {readiness.error ? (
              <FormError
                message={
                  isApiError(readiness.error) && readiness.error.status === 404
                    ? `Readiness is visible to ${firstName}, their managers and their active mentors.`
                    : errorMessage(readiness.error)
                }
              />
            ) : !readiness.data ? (
              <Loading label="Working out readiness…" />
            ) : (
              <>
                <p className="muted small fw-ready-legend">
                  Each dimension is <strong>strong</strong>, <strong>developing</strong> or a <strong>gap</strong> against {levelName}, with the reasons —
                  never an unexplained score.
                </p>
                <ul className="fw-ready-list" aria-label={`Readiness for ${levelName} per dimension`}>
                  {readiness.data.dimensions.map((d) => (
                    <ReadinessCard key={d.id} item={d} isMe={isMe} subjectId={subjectId} levelName={levelName} />
                  ))}
                </ul>
              </>
            )}
          </section>

          {isMe && (
            <p className="fw-foot muted small">
              <ExternalLink size={12} aria-hidden="true" /> Want the framework as a file?{' '}
              <a href={`/api/v1/frameworks/${encodeURIComponent(framework.id)}/export`} download>
                Download it as YAML
              </a>
            </p>
          )}
        </>
      )}

      {isMe && <PeerRequestDialog open={askOpen || askFromUrl} onOpenChange={closeAsk} me={me} />}
    </div>
  );
}
