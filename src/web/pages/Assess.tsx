/**
 * Rate someone (or yourself) on the framework: one row per dimension with a level, "between
 * this and the next level", a note and links to evidence.
 *
 *   /framework/assess/me?kind=self
 *   /framework/assess/<personId>?kind=manager|peer
 *
 * Drafts save by themselves a moment after each change (and with "Save draft"); sharing is
 * final and asks once. Problems from the server (`/ratings/2/level`) show beside the field.
 */
import { ArrowLeft, Link2, Plus, Search, Send, Trash2, TriangleAlert, X } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError, errorMessage, isApiError } from '../api/client.js';
import type { Assessment, AssessmentKind, Dimension, Evidence, EvidenceListItem, Page, Person, RatingInput } from '../api/types.js';
import { useMe } from '../app/session.js';
import { Loading, PageHeader, Time } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { FormError } from '../components/Form.js';
import { useToast } from '../components/Toast.js';
import { isAssessmentKind, KIND_LABELS, latestShared } from '../lib/assessments.js';
import { formatDay, todayIn } from '../lib/evidence.js';
import { formatDate } from '../lib/format.js';
import { useFramework, type LevelInfo } from '../lib/framework.js';
import { useAsync, useDebounced } from '../lib/hooks.js';

interface RowDraft {
  level: string;
  towards: boolean;
  note: string;
  evidenceIds: string[];
}

type Rows = Record<string, RowDraft>;

const EMPTY_ROW: RowDraft = { level: '', towards: false, note: '', evidenceIds: [] };
const AUTOSAVE_MS = 1500;

function rowsFrom(assessment: Assessment | null, levels: LevelInfo[]): Rows {
  const rows: Rows = {};
  for (const r of assessment?.ratings ?? []) {
    const rank = levels.findIndex((l) => l.id === r.level);
    rows[r.dimension] = { level: r.level, towards: Boolean(r.towards) && rank >= 0 && rank < levels.length - 1, note: r.note, evidenceIds: [...r.evidenceIds] };
  }
  return rows;
}

/** The ratings to send, in framework order, and which dimension each index is. */
function ratingsOf(rows: Rows, dimensions: Dimension[], levels: LevelInfo[]): { ratings: RatingInput[]; order: string[] } {
  const ratings: RatingInput[] = [];
  const order: string[] = [];
  for (const d of dimensions) {
    const row = rows[d.id];
    if (!row?.level) continue;
    const rank = levels.findIndex((l) => l.id === row.level);
    const next = rank >= 0 ? levels[rank + 1] : undefined;
    ratings.push({ dimension: d.id, level: row.level, towards: row.towards && next ? next.id : null, note: row.note, evidenceIds: row.evidenceIds });
    order.push(d.id);
  }
  return { ratings, order };
}

/** Server problems per dimension and field, from pointers such as `/ratings/2/level`. */
function problemsByDimension(error: unknown, order: string[]): { byField: Map<string, string>; form: string | null } {
  const byField = new Map<string, string>();
  if (!error) return { byField, form: null };
  if (!(error instanceof ApiError)) return { byField, form: errorMessage(error) };
  const loose: string[] = [];
  for (const e of error.errors) {
    const m = /^\/ratings\/(\d+)(?:\/(\w+))?/.exec(e.pointer);
    const dim = m ? order[Number(m[1])] : undefined;
    if (dim) byField.set(`${dim}/${m?.[2] ?? 'level'}`, e.message);
    else loose.push(e.message);
  }
  const form = byField.size === 0 ? error.detail : loose.length ? loose.join(' ') : null;
  return { byField, form };
}

// ---------------------------------------------------------------- evidence links

function EvidencePicker({
  ownerId,
  dimension,
  value,
  onChange,
  titles,
  remember,
}: {
  ownerId: string;
  dimension: Dimension;
  value: string[];
  onChange(ids: string[]): void;
  titles: Map<string, string>;
  remember(items: Evidence[]): void;
}) {
  const me = useMe();
  const today = todayIn(me.timeZone);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 200);
  const id = useId();
  const results = useAsync(
    async (signal) => {
      if (!open) return [] as EvidenceListItem[];
      const page = await api.get<Page<EvidenceListItem>>('/evidence', {
        query: query ? { owner: ownerId, q: query, limit: 8 } : { owner: ownerId, dimension: dimension.id, limit: 8 },
        signal,
      });
      remember(page.items);
      return page.items;
    },
    [open, query, ownerId, dimension.id],
  );
  const shown = (results.data ?? []).filter((e) => !value.includes(e.id));
  return (
    <div className="as-evidence">
      {value.length > 0 && (
        <ul className="as-evidence-chosen" aria-label={`Evidence linked to ${dimension.name}`}>
          {value.map((eid) => (
            <li key={eid} className="tag">
              <Link2 size={12} aria-hidden="true" />
              <Link to={`/evidence/${encodeURIComponent(eid)}`} className="tag-text">
                {titles.get(eid) ?? 'Evidence entry'}
              </Link>
              <button type="button" className="tag-remove" aria-label={`Unlink ${titles.get(eid) ?? 'evidence entry'}`} onClick={() => onChange(value.filter((x) => x !== eid))}>
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {!open ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(true)} disabled={value.length >= 20}>
          <Plus size={14} aria-hidden="true" /> Link evidence
        </button>
      ) : (
        <div className="as-evidence-search">
          <div className="searchbox">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              Search evidence for {dimension.name}
            </label>
            <Search size={16} aria-hidden="true" className="searchbox-icon" />
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              autoFocus
              placeholder={`Search entries (showing recent ${dimension.name.toLowerCase()} ones)`}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setOpen(false);
                  setQ('');
                }
              }}
              autoComplete="off"
            />
          </div>
          <ul className="as-evidence-results" aria-label="Matching evidence" aria-busy={results.loading}>
            {shown.map((e) => (
              <li key={e.id}>
                <button type="button" className="as-evidence-result" onClick={() => onChange([...value, e.id])} aria-label={`Link “${e.title}”`}>
                  <Plus size={14} aria-hidden="true" />
                  <span className="grow">{e.title}</span>
                  <span className="muted small num">{formatDay(e.occurredOn, today)}</span>
                </button>
              </li>
            ))}
            {!results.loading && shown.length === 0 && (
              <li className="muted small as-evidence-empty">{query ? `No entries match “${query}”.` : `No ${dimension.name.toLowerCase()} entries to link yet; search for others.`}</li>
            )}
          </ul>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setOpen(false);
              setQ('');
            }}
          >
            Done
          </button>
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- one dimension

function DimensionRow({
  dimension,
  levels,
  row,
  onChange,
  problems,
  ownerId,
  titles,
  remember,
}: {
  dimension: Dimension;
  levels: LevelInfo[];
  row: RowDraft;
  onChange(row: RowDraft): void;
  problems: Map<string, string>;
  ownerId: string;
  titles: Map<string, string>;
  remember(items: Evidence[]): void;
}) {
  const id = useId();
  const rank = levels.findIndex((l) => l.id === row.level);
  const next = rank >= 0 ? levels[rank + 1] : undefined;
  const levelError = problems.get(`${dimension.id}/level`) ?? problems.get(`${dimension.id}/dimension`);
  const towardsError = problems.get(`${dimension.id}/towards`);
  const noteError = problems.get(`${dimension.id}/note`);
  const evidenceError = problems.get(`${dimension.id}/evidenceIds`);
  const at = row.level ? dimension.levels[row.level] : undefined;
  return (
    <fieldset className={`card as-row ${levelError || towardsError || noteError || evidenceError ? 'as-row-invalid' : ''}`}>
      <legend className="as-legend">{dimension.name}</legend>
      <p className="muted small as-summary">{dimension.summary}</p>
      <div className="as-level-fields">
        <div className={`field ${levelError ? 'field-invalid' : ''}`}>
          <label htmlFor={`${id}-level`} className="field-label">
            Level
          </label>
          <select
            id={`${id}-level`}
            value={row.level}
            aria-invalid={levelError ? true : undefined}
            aria-describedby={levelError ? `${id}-level-error` : undefined}
            onChange={(e) => {
              const level = e.target.value;
              const r = levels.findIndex((l) => l.id === level);
              onChange({ ...row, level, towards: row.towards && r >= 0 && r < levels.length - 1 });
            }}
          >
            <option value="">Not rated</option>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {levelError && (
            <p id={`${id}-level-error`} className="field-error">
              <TriangleAlert size={14} aria-hidden="true" />
              {levelError}
            </p>
          )}
        </div>
        <div className={`as-towards ${towardsError ? 'field-invalid' : ''}`}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={row.towards && Boolean(next)}
              disabled={!next}
              onChange={(e) => onChange({ ...row, towards: e.target.checked })}
              aria-describedby={`${id}-towards-hint${towardsError ? ` ${id}-towards-error` : ''}`}
              aria-invalid={towardsError ? true : undefined}
            />
            Between this and the next level
          </label>
          <p id={`${id}-towards-hint`} className="field-hint">
            {next ? `${levels[rank]?.name} → ${next.name}: some of ${next.name} already, not all of it.` : row.level ? 'This is the highest level.' : 'Choose a level first.'}
          </p>
          {towardsError && (
            <p id={`${id}-towards-error`} className="field-error">
              <TriangleAlert size={14} aria-hidden="true" />
              {towardsError}
            </p>
          )}
        </div>
      </div>
      {at && (
        <details className="as-expectation">
          <summary>What {levels[rank]?.name} means for {dimension.name.toLowerCase()}</summary>
          <p>{at.description}</p>
          <ul>
            {at.signals.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <div className={`field ${noteError ? 'field-invalid' : ''}`}>
        <label htmlFor={`${id}-note`} className="field-label">
          Note
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={4000}
          value={row.note}
          placeholder="Why this level: the work that shows it, or what is missing."
          onChange={(e) => onChange({ ...row, note: e.target.value })}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
        />
        {noteError && (
          <p id={`${id}-note-error`} className="field-error">
            <TriangleAlert size={14} aria-hidden="true" />
            {noteError}
          </p>
        )}
      </div>
      <EvidencePicker ownerId={ownerId} dimension={dimension} value={row.evidenceIds} onChange={(evidenceIds) => onChange({ ...row, evidenceIds })} titles={titles} remember={remember} />
      {evidenceError && (
        <p className="field-error">
          <TriangleAlert size={14} aria-hidden="true" />
          {evidenceError}
        </p>
      )}
    </fieldset>
  );
}

// ---------------------------------------------------------------- the page

type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error' };

export default function AssessPage() {
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const { personId = 'me' } = useParams();
  const [params, setParams] = useSearchParams();
  const isMe = personId === 'me' || personId === me.id;
  const subjectId = isMe ? me.id : personId;
  const { framework, levels } = useFramework();
  const dimensions = useMemo(() => framework?.definition.dimensions ?? [], [framework]);

  const other = useAsync(async (signal) => (isMe ? null : api.get<Person>(`/people/${encodeURIComponent(subjectId)}`, { signal })), [subjectId, isMe]);
  const subject = isMe ? me : (other.data ?? null);
  const asked = params.get('kind');
  const kind: AssessmentKind = isMe ? 'self' : isAssessmentKind(asked) && asked !== 'self' ? asked : subject?.managerId === me.id ? 'manager' : 'peer';
  const kindMismatch = isMe && asked !== null && asked !== 'self';

  const existing = useAsync(
    (signal) => api.get<Page<Assessment>>('/assessments', { query: { subject: isMe ? 'me' : subjectId }, signal }),
    [subjectId, isMe],
  );

  const [rows, setRows] = useState<Rows>({});
  const [draft, setDraft] = useState<Assessment | null>(null);
  const [startedFrom, setStartedFrom] = useState<Assessment | null>(null);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [confirmShare, setConfirmShare] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const draftRef = useRef<Assessment | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const lastSent = useRef<string>('');

  // Pick up my draft of this kind, or start from my last shared one.
  const key = `${subjectId}/${kind}/${framework?.id ?? ''}`;
  useEffect(() => {
    if (!existing.data || !framework || loadedKey === key) return;
    const mine = existing.data.items.filter((a) => a.authorId === me.id && a.kind === kind);
    const open = [...mine].reverse().find((a) => a.status === 'draft') ?? null;
    const lastShared = latestShared(mine, kind);
    // Start from the last shared one only when it was made against this framework.
    const base = open ?? (lastShared?.frameworkId === framework.id ? lastShared : null);
    draftRef.current = open;
    setDraft(open);
    setStartedFrom(open ? null : base);
    setRows(rowsFrom(base, levels));
    lastSent.current = open ? JSON.stringify(ratingsOf(rowsFrom(open, levels), dimensions, levels).ratings) : '';
    setSaveState(open ? { kind: 'saved', at: open.updatedAt } : { kind: 'idle' });
    setError(null);
    setLoadedKey(key);
  }, [existing.data, framework, key, loadedKey, me.id, kind, levels, dimensions]);

  // Titles of linked entries that were not found through the search.
  const remember = useCallback((items: Evidence[]) => {
    setTitles((t) => {
      const copy = new Map(t);
      for (const e of items) copy.set(e.id, e.title);
      return copy;
    });
  }, []);
  const linked = Object.values(rows).flatMap((r) => r.evidenceIds);
  const missing = linked.filter((eid) => !titles.has(eid)).sort().join(',');
  useEffect(() => {
    if (!missing) return;
    let cancelled = false;
    void Promise.all(
      missing.split(',').map((eid) =>
        api
          .get<Evidence>(`/evidence/${encodeURIComponent(eid)}`)
          .then((e) => [eid, e.title] as const)
          .catch(() => [eid, 'An entry you cannot see'] as const),
      ),
    ).then((pairs) => {
      if (cancelled) return;
      setTitles((t) => {
        const copy = new Map(t);
        for (const [eid, title] of pairs) copy.set(eid, title);
        return copy;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [missing]);

  const { ratings, order } = ratingsOf(rows, dimensions, levels);
  const payload = JSON.stringify(ratings);
  const problems = problemsByDimension(error, order);
  const wrongFramework = Boolean(draft && framework && draft.frameworkId !== framework.id);

  /** Save the current ratings (creating the draft the first time); calls run one after another. */
  const save = useCallback(
    (body: RatingInput[], quiet: boolean): Promise<Assessment | null> => {
      const run = async (): Promise<Assessment | null> => {
        const sent = JSON.stringify(body);
        const current = draftRef.current;
        if (current && sent === lastSent.current) return current;
        setSaveState({ kind: 'saving' });
        try {
          const saved = current
            ? await api.patch<Assessment>(`/assessments/${encodeURIComponent(current.id)}`, { ratings: body })
            : await api.post<Assessment>('/assessments', { subjectId: isMe ? 'me' : subjectId, kind, ratings: body });
          draftRef.current = saved;
          lastSent.current = sent;
          setDraft(saved);
          setError(null);
          setSaveState({ kind: 'saved', at: saved.updatedAt });
          return saved;
        } catch (e) {
          setError(e);
          setSaveState({ kind: 'error' });
          if (!quiet) throw e;
          return null;
        }
      };
      const next = chain.current.then(run, run);
      chain.current = next.catch(() => {});
      return next;
    },
    [isMe, subjectId, kind],
  );

  // Drafts save themselves a moment after the last change.
  const debounced = useDebounced(payload, AUTOSAVE_MS);
  useEffect(() => {
    if (loadedKey !== key || wrongFramework) return;
    if (debounced !== payload) return;
    if (debounced === lastSent.current) return;
    if (!draftRef.current && ratings.length === 0) return;
    void save(JSON.parse(debounced) as RatingInput[], true);
  }, [debounced, payload, save, loadedKey, key, ratings.length, wrongFramework]);

  useEffect(() => {
    if (loadedKey === key && payload !== lastSent.current && (draftRef.current || ratings.length)) setSaveState({ kind: 'dirty' });
  }, [payload, loadedKey, key, ratings.length]);

  const setRow = (dimension: string, row: RowDraft) => setRows((r) => ({ ...r, [dimension]: row }));

  async function saveNow(event?: FormEvent) {
    event?.preventDefault();
    if (!ratings.length && !draftRef.current) {
      setError(new ApiError({ status: 400, code: 'local', detail: 'Rate at least one dimension before saving.' }));
      return;
    }
    try {
      await save(ratings, false);
      toast({ message: 'Draft saved. Only you can see it until you share it.' });
    } catch {
      // shown beside the fields
    }
  }

  async function share() {
    const saved = await save(ratings, false);
    if (!saved) throw new Error('Nothing to share yet.');
    const shared = await api.post<Assessment>(`/assessments/${encodeURIComponent(saved.id)}/share`);
    draftRef.current = null;
    toast({ message: `${KIND_LABELS[shared.kind]} shared with ${isMe ? 'your managers' : `${subject?.name ?? 'them'} and their managers`}.` });
    navigate(isMe ? '/framework#assessments-heading' : `/framework?person=${encodeURIComponent(subjectId)}#assessments-heading`);
  }

  async function remove() {
    const current = draftRef.current;
    if (!current) return;
    await chain.current;
    await api.delete(`/assessments/${encodeURIComponent(current.id)}`);
    draftRef.current = null;
    lastSent.current = '';
    setDraft(null);
    setStartedFrom(null);
    setRows({});
    setError(null);
    setSaveState({ kind: 'idle' });
    toast({ message: 'Draft deleted.', tone: 'info' });
  }

  const firstName = subject ? (subject.name.split(/\s+/)[0] ?? subject.name) : '';
  const back = isMe ? '/framework' : `/framework?person=${encodeURIComponent(subjectId)}`;
  const title = isMe ? 'Rate yourself' : subject ? `Assess ${subject.name}` : 'Assess';
  const rated = ratings.length;

  if (!isMe && other.error) {
    return (
      <div className="page page-narrow">
        <PageHeader title="Assess" />
        <FormError message={isApiError(other.error) && other.error.status === 404 ? 'That person does not exist, or you cannot see them.' : errorMessage(other.error)} />
      </div>
    );
  }

  return (
    <div className="page as-page">
      <Link to={back} className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> {isMe ? 'Framework' : `${subject?.name ?? 'Their'} framework`}
      </Link>
      <PageHeader
        title={title}
        documentTitle={title}
        description={
          isMe
            ? 'Where you stand on each dimension, in your own view. It stays a private draft until you share it with your managers.'
            : `A ${kind} assessment of ${firstName} on the same rubric. It stays your private draft until you share it with ${firstName} and their managers.`
        }
      />

      {!framework || !existing.data || (!isMe && !subject) || loadedKey !== key ? (
        existing.error ? <FormError message={errorMessage(existing.error)} /> : <Loading label="Loading the form…" />
      ) : (
        <form className="as-form" onSubmit={saveNow} noValidate aria-label={title}>
          {kindMismatch && (
            <div className="notice notice-warning" role="status">
              <TriangleAlert size={16} aria-hidden="true" />
              <span>You rate yourself with a self-assessment; managers and peers rate you with theirs.</span>
            </div>
          )}
          {!isMe && (
            <div className="segmented as-kind" role="group" aria-label="Kind of assessment">
              {(['manager', 'peer'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="segmented-item"
                  aria-pressed={kind === k}
                  onClick={() =>
                    setParams(
                      (current) => {
                        const copy = new URLSearchParams(current);
                        copy.set('kind', k);
                        return copy;
                      },
                      { replace: true },
                    )
                  }
                >
                  {k === 'manager' ? 'As their manager' : 'As a peer'}
                </button>
              ))}
            </div>
          )}
          <p className="muted small as-meta">
            {framework.name} · version {framework.version}
            {draft ? (
              <>
                {' '}
                · draft started <Time value={draft.createdAt} />
              </>
            ) : startedFrom?.sharedAt ? (
              <> · starting from your assessment shared on {formatDate(startedFrom.sharedAt)}</>
            ) : null}
          </p>
          {wrongFramework && (
            <div className="notice notice-warning" role="status">
              <TriangleAlert size={16} aria-hidden="true" />
              <span>This draft was started against another version of the framework. Delete it to start again with the current one.</span>
            </div>
          )}
          <FormError message={problems.form} />

          <div className="as-rows">
            {dimensions.map((d) => (
              <DimensionRow
                key={d.id}
                dimension={d}
                levels={levels}
                row={rows[d.id] ?? EMPTY_ROW}
                onChange={(row) => setRow(d.id, row)}
                problems={problems.byField}
                ownerId={isMe ? 'me' : subjectId}
                titles={titles}
                remember={remember}
              />
            ))}
          </div>

          <div className="as-actions">
            <span className="as-status muted small" aria-live="polite">
              {rated} of {dimensions.length} rated ·{' '}
              {saveState.kind === 'saving'
                ? 'Saving…'
                : saveState.kind === 'dirty'
                  ? 'Unsaved changes'
                  : saveState.kind === 'error'
                    ? 'Not saved'
                    : saveState.kind === 'saved'
                      ? 'Draft saved'
                      : 'Not saved yet'}
            </span>
            <span className="grow" />
            {draft && (
              <button type="button" className="btn btn-danger-quiet" onClick={() => setConfirmDelete(true)}>
                <Trash2 size={16} aria-hidden="true" /> Delete draft
              </button>
            )}
            <button type="submit" className="btn" disabled={saveState.kind === 'saving'}>
              Save draft
            </button>
            <button type="button" className="btn btn-primary" disabled={rated === 0 || wrongFramework} onClick={() => setConfirmShare(true)}>
              <Send size={16} aria-hidden="true" /> Share…
            </button>
          </div>
        </form>
      )}

      <ConfirmDialog
        open={confirmShare}
        onOpenChange={setConfirmShare}
        tone="primary"
        title={`Share this ${KIND_LABELS[kind].toLowerCase()}?`}
        description={
          <>
            Sharing makes it final: it can no longer be edited, and it becomes visible to {isMe ? 'you and your managers' : `${firstName} and their managers`}. To change your view later,
            start a new one. {rated < dimensions.length ? `${dimensions.length - rated} of ${dimensions.length} dimensions are not rated.` : 'Every dimension is rated.'}
          </>
        }
        confirmLabel="Share"
        onConfirm={share}
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this draft?"
        description="The ratings and notes in it are gone for good. Shared assessments are not affected."
        confirmLabel="Delete draft"
        onConfirm={remove}
      />
    </div>
  );
}
