/**
 * One entry: rendered Markdown, its facts, and an in-place editor with an explicit Save.
 *
 * Edits are guarded by the entry's ETag (If-Match). When someone saved in between (412), both
 * versions are shown side by side and the person chooses: keep theirs, keep mine, or merge by
 * hand. The draft is also kept in this browser while editing, so a closed tab loses nothing.
 */
import { ArrowLeft, GitMerge, Pencil, Trash2, TriangleAlert } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, errorMessage, isApiError } from '../api/client.js';
import type { Evidence } from '../api/types.js';
import { useMe } from '../app/session.js';
import { EmptyState, Loading, PageHeader } from '../components/bits.js';
import { AudienceBadge, DimensionChips, ImpactBadge, LinkList, MetricList } from '../components/EvidenceBits.js';
import {
  AudiencePicker,
  DimensionToggles,
  draftMetrics,
  draftOf,
  ImpactSelect,
  MarkdownEditor,
  MetricEditor,
  nextMetricKey,
  TagInput,
  validateLink,
  type EvidenceDraft,
  type MetricProblem,
} from '../components/EvidenceFields.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { MarkdownView, preloadMarkdown } from '../components/MarkdownView.js';
import { useToast } from '../components/Toast.js';
import {
  audienceSummary,
  dimensionLabel,
  evidenceChanged,
  formatLongDay,
  formatTimeIn,
  impactLabel,
  metricText,
} from '../lib/evidence.js';
import { useAsync } from '../lib/hooks.js';
import { usePeopleById, useTeams } from '../lib/people.js';

const FIELDS = ['title', 'body', 'occurredOn', 'dimensions', 'impact', 'metrics', 'teams', 'links', 'audience'] as const;
type EditableField = (typeof FIELDS)[number];

const FIELD_LABELS: Record<EditableField, string> = {
  title: 'Title',
  body: 'Details',
  occurredOn: 'Date',
  dimensions: 'Dimensions',
  impact: 'Impact',
  metrics: 'Metrics',
  teams: 'Teams',
  links: 'Links',
  audience: 'Who can see it',
};

interface Loaded {
  evidence: Evidence;
  etag: string | null;
}

/** The draft as API values, or the metric problems that stop it from being one. */
function valuesOf(draft: EvidenceDraft): { values: Omit<Evidence, 'id' | 'ownerId' | 'initiativeId' | 'source' | 'createdAt' | 'updatedAt'>; problems: MetricProblem[] } {
  const { metrics, problems } = draftMetrics(draft.metrics);
  return {
    values: {
      title: draft.title.trim(),
      body: draft.body,
      occurredOn: draft.occurredOn,
      dimensions: draft.dimensions,
      impact: draft.impact,
      metrics,
      teams: draft.teams,
      links: draft.links,
      audience: draft.audience,
    },
    problems,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function differs(field: EditableField, a: Pick<Evidence, EditableField>, b: Pick<Evidence, EditableField>): boolean {
  switch (field) {
    case 'dimensions':
    case 'audience':
      return !sameSet(a[field], b[field]);
    case 'metrics':
    case 'teams':
    case 'links':
      return JSON.stringify(a[field]) !== JSON.stringify(b[field]);
    default:
      return a[field] !== b[field];
  }
}

function changedFields(mine: Pick<Evidence, EditableField>, base: Pick<Evidence, EditableField>): EditableField[] {
  return FIELDS.filter((f) => differs(f, mine, base));
}

function patchOf(mine: Pick<Evidence, EditableField>, fields: EditableField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, mine[f]]));
}

// ---------------------------------------------------------------- local draft

interface StoredDraft {
  draft: EvidenceDraft;
  /** The ETag the draft was started from. */
  etag: string | null;
  savedAt: string;
}

const draftKey = (id: string) => `staffpath.evidence-draft.${id}`;

function readStoredDraft(id: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    if (!parsed?.draft || typeof parsed.draft.title !== 'string') return null;
    return { ...parsed, draft: { ...parsed.draft, metrics: (parsed.draft.metrics ?? []).map((m) => ({ ...m, key: nextMetricKey() })) } };
  } catch {
    return null;
  }
}

function writeStoredDraft(id: string, value: StoredDraft | null) {
  try {
    if (value) window.localStorage.setItem(draftKey(id), JSON.stringify(value));
    else window.localStorage.removeItem(draftKey(id));
  } catch {
    // Storage full or disabled: the in-memory draft still stands.
  }
}

// ---------------------------------------------------------------- showing a field's value

function FieldValue({ field, value }: { field: EditableField; value: Pick<Evidence, EditableField> }): ReactNode {
  switch (field) {
    case 'title':
      return <span>{value.title}</span>;
    case 'body':
      return value.body.trim() ? <pre className="conflict-text">{value.body}</pre> : <span className="muted">Empty</span>;
    case 'occurredOn':
      return <span>{formatLongDay(value.occurredOn)}</span>;
    case 'dimensions':
      return <span>{value.dimensions.length ? value.dimensions.map((d) => dimensionLabel(d)).join(', ') : <span className="muted">None</span>}</span>;
    case 'impact':
      return <span>{impactLabel(value.impact)}</span>;
    case 'metrics':
      return value.metrics.length ? (
        <ul className="plain-list">
          {value.metrics.map((m, i) => (
            <li key={i}>{metricText(m)}</li>
          ))}
        </ul>
      ) : (
        <span className="muted">None</span>
      );
    case 'teams':
      return <span>{value.teams.length ? value.teams.join(', ') : <span className="muted">None</span>}</span>;
    case 'links':
      return value.links.length ? (
        <ul className="plain-list">
          {value.links.map((l) => (
            <li key={l} className="break">
              {l}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">None</span>
      );
    case 'audience':
      return <span>{audienceSummary(value.audience).label}</span>;
  }
}

/** My draft moved onto the saved version: the fields I changed, the rest as saved. */
function rebase(draft: EvidenceDraft, base: Evidence, theirs: Evidence): EvidenceDraft {
  const mineChanged = changedFields(valuesOf(draft).values, base);
  const next = draftOf(theirs);
  const out: Record<string, unknown> = { ...next };
  for (const f of mineChanged) out[f] = draft[f];
  return out as unknown as EvidenceDraft;
}

function ConflictPanel({
  mine,
  base,
  theirs,
  pending,
  onKeepMine,
  onTakeTheirs,
  onMerge,
  timeZone,
}: {
  mine: Pick<Evidence, EditableField>;
  /** The version the edit started from. */
  base: Evidence;
  theirs: Evidence;
  pending: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onMerge(): void;
  timeZone: string | null;
}) {
  const fields = changedFields(mine, theirs);
  const mineChanged = changedFields(mine, base);
  const theirsChanged = changedFields(theirs, base);
  const who = (f: EditableField) =>
    mineChanged.includes(f) && theirsChanged.includes(f) ? 'Changed by both' : mineChanged.includes(f) ? 'You changed this' : 'Changed in the saved version';
  const overlap = mineChanged.filter((f) => theirsChanged.includes(f) && fields.includes(f));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-title" tabIndex={-1} ref={headingRef}>
        <TriangleAlert size={18} aria-hidden="true" /> This entry changed while you were editing
      </h2>
      <p>
        A newer version was saved at {formatTimeIn(theirs.updatedAt, timeZone)}. Nothing is lost: here are both versions
        {fields.length ? ' where they differ' : ''}.{' '}
        {overlap.length
          ? `You both changed ${overlap.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}: choose which to keep, or merge by hand.`
          : 'You changed different fields, so keeping your changes keeps theirs too.'}
      </p>
      {fields.length === 0 ? (
        <p className="muted">Your edit and the saved version are the same.</p>
      ) : (
        <div className="conflict-table" role="table" aria-label="Your version and the saved version">
          <div className="conflict-row conflict-head" role="row">
            <span role="columnheader">Field</span>
            <span role="columnheader">Your version</span>
            <span role="columnheader">Saved version</span>
          </div>
          {fields.map((f) => (
            <div key={f} className="conflict-row" role="row">
              <span role="rowheader" className="conflict-field">
                {FIELD_LABELS[f]}
                <span className="conflict-who">{who(f)}</span>
              </span>
              <div role="cell" className="conflict-cell conflict-mine">
                <span className="conflict-cell-label" aria-hidden="true">
                  Yours
                </span>
                <FieldValue field={f} value={mine} />
              </div>
              <div role="cell" className="conflict-cell conflict-theirs">
                <span className="conflict-cell-label" aria-hidden="true">
                  Saved
                </span>
                <FieldValue field={f} value={theirs} />
              </div>
            </div>
          ))}
        </div>
      )}
      <div className="form-actions conflict-actions">
        <button type="button" className="btn" onClick={onTakeTheirs} disabled={pending}>
          Use the saved version
        </button>
        <button type="button" className="btn" onClick={onMerge} disabled={pending}>
          <GitMerge size={16} aria-hidden="true" /> Merge by hand
        </button>
        <button type="button" className="btn btn-primary" onClick={onKeepMine} disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Keep my changes'}
        </button>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------- the page

export default function EvidenceDetail() {
  const { id = '' } = useParams();
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const { teams } = useTeams();

  const loaded = useAsync<Loaded>(
    async (signal) => {
      const answer = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`, { signal });
      return { evidence: answer.data, etag: answer.etag };
    },
    [id],
  );
  const current = loaded.data;
  const owners = usePeopleById([current && current.evidence.ownerId !== me.id ? current.evidence.ownerId : null]);

  const [editing, setEditing] = useState<{ draft: EvidenceDraft; base: Loaded } | null>(null);
  const [stored, setStored] = useState<StoredDraft | null>(() => readStoredDraft(id));
  const [conflict, setConflict] = useState<Loaded | null>(null);
  const [reference, setReference] = useState<Evidence | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [metricProblems, setMetricProblems] = useState<MetricProblem[]>([]);
  const [pending, setPending] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setStored(readStoredDraft(id));
    setEditing(null);
    setConflict(null);
    setReference(null);
  }, [id]);

  // Keep the draft in this browser while editing.
  useEffect(() => {
    if (!editing) return;
    const timer = window.setTimeout(() => {
      const changed = changedFields(valuesOf(editing.draft).values, editing.base.evidence).length > 0;
      writeStoredDraft(id, changed ? { draft: editing.draft, etag: editing.base.etag, savedAt: new Date().toISOString() } : null);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [editing, id]);

  useEffect(() => {
    if (current) document.title = `${current.evidence.title} · staffpath`;
  }, [current]);

  const isOwner = current?.evidence.ownerId === me.id;

  const startEditing = useCallback(
    (draft?: EvidenceDraft, base?: Loaded) => {
      if (!current) return;
      preloadMarkdown();
      setEditing({ draft: draft ?? draftOf(current.evidence), base: base ?? current });
      setSaveError(null);
      setMetricProblems([]);
      window.setTimeout(() => titleRef.current?.focus(), 0);
    },
    [current],
  );

  function stopEditing() {
    setEditing(null);
    setConflict(null);
    setReference(null);
    setSaveError(null);
    setMetricProblems([]);
    setStored(null);
    writeStoredDraft(id, null);
  }

  async function send(patch: Record<string, unknown>, etag: string | null) {
    const answer = await api.full.patch<Evidence>(`/evidence/${encodeURIComponent(id)}`, patch, etag ? { headers: { 'If-Match': etag } } : {});
    loaded.setData({ evidence: answer.data, etag: answer.etag });
    stopEditing();
    evidenceChanged();
    toast({ message: 'Saved.' });
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!editing || pending) return;
    const { values, problems } = valuesOf(editing.draft);
    setMetricProblems(problems);
    if (problems.length) return;
    const fields = changedFields(values, editing.base.evidence);
    if (!fields.length) {
      stopEditing();
      toast({ message: 'No changes to save.', tone: 'info' });
      return;
    }
    setPending(true);
    setSaveError(null);
    try {
      await send(patchOf(values, fields), editing.base.etag);
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        try {
          const fresh = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`);
          setConflict({ evidence: fresh.data, etag: fresh.etag });
        } catch (inner) {
          setSaveError(inner);
        }
      } else {
        setSaveError(e);
      }
    } finally {
      setPending(false);
    }
  }

  async function keepMine() {
    if (!editing || !conflict) return;
    const { values } = valuesOf(editing.draft);
    // My changes (against the version I started from), applied on top of the saved version.
    const fields = changedFields(values, editing.base.evidence).filter((f) => differs(f, values, conflict.evidence));
    setPending(true);
    setSaveError(null);
    try {
      if (!fields.length) {
        loaded.setData(conflict);
        stopEditing();
        toast({ message: 'Both versions were the same; nothing to save.', tone: 'info' });
      } else {
        await send(patchOf(values, fields), conflict.etag);
      }
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        // Changed yet again: show the newest version.
        const fresh = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`).catch(() => null);
        if (fresh) setConflict({ evidence: fresh.data, etag: fresh.etag });
      } else {
        setSaveError(e);
      }
    } finally {
      setPending(false);
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    loaded.setData(conflict);
    stopEditing();
    toast({ message: 'Showing the saved version. Your edit was discarded.', tone: 'info' });
  }

  function mergeByHand() {
    if (!editing || !conflict) return;
    // Continue from the saved version with my changes on top; the next Save applies to it.
    setEditing({ draft: rebase(editing.draft, editing.base.evidence, conflict.evidence), base: conflict });
    loaded.setData(conflict);
    setReference(conflict.evidence);
    setConflict(null);
    window.setTimeout(() => titleRef.current?.focus(), 0);
  }

  async function remove() {
    if (!current) return;
    const entry = current.evidence;
    setPending(true);
    try {
      await api.delete(`/evidence/${encodeURIComponent(entry.id)}`, current.etag ? { headers: { 'If-Match': current.etag } } : {});
      evidenceChanged();
      navigate('/evidence');
      toast({
        message: `Moved “${entry.title.length > 50 ? `${entry.title.slice(0, 49)}…` : entry.title}” to the trash.`,
        action: {
          label: 'Undo',
          onClick: () => {
            api
              .post(`/evidence/${encodeURIComponent(entry.id)}/restore`)
              .then(() => {
                evidenceChanged();
                toast({ message: `Restored “${entry.title}”.` });
              })
              .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
          },
        },
      });
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        loaded.reload();
        toast({ message: 'This entry changed since you opened it. Have a look at the new version, then delete again if you still want to.', tone: 'error' });
      } else {
        toast({ message: errorMessage(e), tone: 'error' });
      }
    } finally {
      setPending(false);
    }
  }

  function onFormKey(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  }

  // ---------------------------------------------------------------- states

  if (loaded.loading && !current) {
    return (
      <div className="page page-narrow">
        <Loading label="Loading the entry…" />
      </div>
    );
  }

  if (!current) {
    const missing = isApiError(loaded.error) && loaded.error.status === 404;
    return (
      <div className="page page-narrow">
        <PageHeader title={missing ? 'Entry not found' : 'Could not load the entry'} />
        <EmptyState
          title={missing ? 'This entry does not exist, or you cannot see it' : errorMessage(loaded.error)}
          action={
            <div className="empty-actions">
              <Link to="/evidence" className="btn">
                <ArrowLeft size={16} aria-hidden="true" /> Back to evidence
              </Link>
              {missing && (
                <Link to="/evidence?deleted=true" className="btn">
                  <Trash2 size={16} aria-hidden="true" /> Look in the trash
                </Link>
              )}
              {!missing && (
                <button type="button" className="btn" onClick={loaded.reload}>
                  Try again
                </button>
              )}
            </div>
          }
        >
          {missing && <p>Entries you delete stay in the trash for 30 days.</p>}
        </EmptyState>
      </div>
    );
  }

  const entry = current.evidence;
  const ownerName = isOwner ? null : owners.get(entry.ownerId)?.name ?? '…';
  const problems = problemsOf(saveError, FIELDS);

  // ---------------------------------------------------------------- editing

  if (editing) {
    const draft = editing.draft;
    const set = (patch: Partial<EvidenceDraft>) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e));
    return (
      <div className="page ev-detail">
        <Link to="/evidence" className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> Evidence
        </Link>
        <PageHeader title="Edit entry" documentTitle={`Edit: ${entry.title}`} />
        {conflict && (
          <ConflictPanel
            mine={valuesOf(draft).values}
            base={editing.base.evidence}
            theirs={conflict.evidence}
            pending={pending}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
            onMerge={mergeByHand}
            timeZone={me.timeZone}
          />
        )}
        {reference && (
          <details className="reference" open>
            <summary>The saved version, for reference while you merge</summary>
            <dl className="reference-list">
              {changedFields(valuesOf(draft).values, reference).map((f) => (
                <div key={f}>
                  <dt>{FIELD_LABELS[f]}</dt>
                  <dd>
                    <FieldValue field={f} value={reference} />
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        <form className="form ev-edit card" onSubmit={save} onKeyDown={onFormKey} noValidate aria-label="Edit entry">
          <FormError message={problems.form} />
          <Field label="Title" error={problems.field('title')}>
            <input ref={titleRef} value={draft.title} maxLength={300} onChange={(e) => set({ title: e.target.value })} autoComplete="off" />
          </Field>
          <div className="form-grid">
            <Field label="Date" error={problems.field('occurredOn')}>
              <input type="date" value={draft.occurredOn} onChange={(e) => set({ occurredOn: e.target.value })} />
            </Field>
            <Field label="Impact" error={problems.field('impact')}>
              <ImpactSelect value={draft.impact} onChange={(impact) => set({ impact })} />
            </Field>
          </div>
          <MarkdownEditor value={draft.body} onChange={(body) => set({ body })} rows={12} label="Details" error={problems.field('body')} placeholder="The context, what you did, who it helped, what changed." />
          <DimensionToggles value={draft.dimensions} onChange={(dimensions) => set({ dimensions })} error={problems.field('dimensions')} />
          <MetricEditor rows={draft.metrics} onChange={(metrics) => set({ metrics })} problems={metricProblems} />
          <div className="form-grid">
            <Field label="Teams" hint="Enter after each one." error={problems.field('teams')}>
              <TagInput values={draft.teams} onChange={(t) => set({ teams: t })} suggestions={teams.map((t) => t.name)} placeholder="Payments, Platform…" itemLabel="team" />
            </Field>
            <Field label="Links" hint="Pull requests, documents, dashboards." error={problems.field('links')}>
              <TagInput values={draft.links} onChange={(links) => set({ links })} placeholder="https://…" itemLabel="link" validate={validateLink} />
            </Field>
          </div>
          <AudiencePicker value={draft.audience} onChange={(audience) => set({ audience })} error={problems.field('audience')} />
          <div className="form-actions ev-edit-actions">
            <span className="muted small grow">Your draft is kept in this browser until you save or cancel.</span>
            <button type="button" className="btn" onClick={stopEditing} disabled={pending}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={pending || Boolean(conflict)} aria-busy={pending}>
              {pending ? 'Saving…' : 'Save changes'}
            </button>
          </div>
        </form>
      </div>
    );
  }

  // ---------------------------------------------------------------- reading

  const resumable = stored && isOwner ? stored : null;

  return (
    <div className="page ev-detail">
      <Link to="/evidence" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Evidence
      </Link>
      {resumable && (
        <div className="notice notice-warning resume" role="status">
          <TriangleAlert size={16} aria-hidden="true" />
          <span className="grow">You have unsaved changes to this entry from {formatTimeIn(resumable.savedAt, me.timeZone)}.</span>
          <button type="button" className="btn btn-small" onClick={() => startEditing(resumable.draft, { evidence: entry, etag: resumable.etag })}>
            Resume editing
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => {
              writeStoredDraft(id, null);
              setStored(null);
            }}
          >
            Discard
          </button>
        </div>
      )}
      <PageHeader
        title={entry.title}
        documentTitle={entry.title}
        description={
          <span className="ev-detail-sub">
            <time dateTime={entry.occurredOn}>{formatLongDay(entry.occurredOn)}</time>
            <span aria-hidden="true">·</span>
            <AudienceBadge audience={entry.audience} />
            {ownerName && (
              <>
                <span aria-hidden="true">·</span>
                <span>Logged by {ownerName}</span>
              </>
            )}
          </span>
        }
        actions={
          isOwner ? (
            <>
              <button type="button" className="btn" onClick={() => startEditing()} disabled={pending}>
                <Pencil size={16} aria-hidden="true" /> Edit
              </button>
              <button type="button" className="btn btn-danger-quiet" onClick={() => void remove()} disabled={pending}>
                <Trash2 size={16} aria-hidden="true" /> Delete
              </button>
            </>
          ) : undefined
        }
      />
      <div className="ev-detail-grid">
        <div className="card ev-body">
          <MarkdownView source={entry.body} empty={isOwner ? 'No details yet. Edit the entry to add the context, what you did and what changed.' : 'No details.'} />
        </div>
        <aside className="ev-facts card" aria-label="About this entry">
          <dl className="facts">
            <div>
              <dt>Dimensions</dt>
              <dd>{entry.dimensions.length ? <DimensionChips ids={entry.dimensions} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Impact</dt>
              <dd>{entry.impact ? <ImpactBadge impact={entry.impact} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Metrics</dt>
              <dd>{entry.metrics.length ? <MetricList metrics={entry.metrics} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Teams</dt>
              <dd>
                {entry.teams.length ? (
                  <span className="chips">
                    {entry.teams.map((t) => (
                      <span key={t} className="chip">
                        {t}
                      </span>
                    ))}
                  </span>
                ) : (
                  <span className="muted">None</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Links</dt>
              <dd>{entry.links.length ? <LinkList links={entry.links} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Visible to</dt>
              <dd>
                <AudienceBadge audience={entry.audience} />
                <span className="muted small block">{audienceSummary(entry.audience).description}</span>
              </dd>
            </div>
            <div>
              <dt>Logged</dt>
              <dd className="small">
                {formatTimeIn(entry.createdAt, me.timeZone)}
                {entry.source !== 'manual' && <span className="muted"> · from {entry.source === 'git' ? 'git' : 'an import'}</span>}
                {entry.updatedAt !== entry.createdAt && <span className="muted block">Changed {formatTimeIn(entry.updatedAt, me.timeZone)}</span>}
              </dd>
            </div>
          </dl>
        </aside>
      </div>
    </div>
  );
}
