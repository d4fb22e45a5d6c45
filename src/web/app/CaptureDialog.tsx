/**
 * Quick capture: `c` anywhere → one line → Enter. "More" (or Shift+Enter) opens the rest
 * of the entry. Metrics mentioned in the text are suggested as chips to confirm.
 *
 * The draft survives closing the dialog (Escape, a click outside) until it is saved or
 * cleared, so nothing typed is lost.
 */
import { Check, ChevronDown, ChevronUp, Plus, Sparkles, X } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, errorMessage, getAll } from '../api/client.js';
import type { Evidence, Metric, Team } from '../api/types.js';
import { AudienceBadge, DimensionChips } from '../components/EvidenceBits.js';
import type { CapturePreset } from './capture.js';
import {
  AudiencePicker,
  DimensionToggles,
  draftMetrics,
  ImpactSelect,
  MarkdownEditor,
  metricToDraft,
  MetricEditor,
  TagInput,
  validateLink,
  type EvidenceDraft,
  type MetricProblem,
} from '../components/EvidenceFields.js';
import { Modal } from '../components/Dialog.js';
import { Field, FormError, problemsOf } from '../components/Form.js';
import { useToast } from '../components/Toast.js';
import { evidenceChanged, formatLongDay, metricText, metricValue, sameMetric, todayIn } from '../lib/evidence.js';
import { useMe } from './session.js';

const FIELDS = ['title', 'body', 'occurredOn', 'dimensions', 'impact', 'metrics', 'teams', 'links', 'audience'] as const;

function blankDraft(audience: EvidenceDraft['audience']): EvidenceDraft {
  return { title: '', body: '', occurredOn: '', dimensions: [], impact: null, metrics: [], teams: [], links: [], audience: [...audience] };
}

function isBlank(d: EvidenceDraft, defaultAudience: EvidenceDraft['audience']): boolean {
  return (
    !d.title.trim() &&
    !d.body.trim() &&
    !d.occurredOn &&
    !d.dimensions.length &&
    !d.impact &&
    !d.metrics.length &&
    !d.teams.length &&
    !d.links.length &&
    [...d.audience].sort().join() === [...defaultAudience].sort().join()
  );
}

export function CaptureDialog({ open, onOpenChange, preset }: { open: boolean; onOpenChange(open: boolean): void; preset?: CapturePreset | null }) {
  const me = useMe();
  const toast = useToast();
  const defaultAudience = me.defaultAudience ?? ['manager'];
  const [draft, setDraft] = useState<EvidenceDraft>(() => blankDraft(defaultAudience));
  const [audienceTouched, setAudienceTouched] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [metricProblems, setMetricProblems] = useState<MetricProblem[]>([]);
  const [suggestions, setSuggestions] = useState<Metric[]>([]);
  const [dismissed, setDismissed] = useState<Metric[]>([]);
  const [teams, setTeams] = useState<Team[] | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyId = 'capture-body';

  const today = todayIn(me.timeZone);
  const set = (patch: Partial<EvidenceDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // Follow the person's default audience until they choose one for this entry.
  const defaultKey = defaultAudience.join(',');
  useEffect(() => {
    if (!audienceTouched) setDraft((d) => ({ ...d, audience: defaultKey ? (defaultKey.split(',') as EvidenceDraft['audience']) : [] }));
  }, [defaultKey, audienceTouched]);

  // Opened from a readiness gap: tag the entry with that dimension.
  useEffect(() => {
    const extra = preset?.dimensions ?? [];
    if (!open || !extra.length) return;
    setDraft((d) => ({ ...d, dimensions: [...new Set([...d.dimensions, ...extra])] }));
  }, [open, preset]);

  // Suggested metrics, from the text as it is typed.
  const text = `${draft.title}\n${draft.body}`.trim();
  useEffect(() => {
    if (!open) return;
    if (!/\d/.test(text)) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .post<{ metrics: Metric[] }>('/evidence/suggest-metrics', { text }, { signal: controller.signal })
        .then((answer) => {
          if (!controller.signal.aborted) setSuggestions(answer.metrics ?? []);
        })
        .catch(() => {
          // Suggestions are a help, not a requirement: stay quiet when they fail.
        });
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  // Organisation teams, suggested in the teams box.
  useEffect(() => {
    if (!expanded || teams) return;
    let cancelled = false;
    getAll<Team>('/teams')
      .then((all) => {
        if (!cancelled) setTeams(all);
      })
      .catch(() => {
        if (!cancelled) setTeams([]);
      });
    return () => {
      cancelled = true;
    };
  }, [expanded, teams]);

  const confirmed = draftMetrics(draft.metrics).metrics;
  const offered = suggestions.filter((s) => !confirmed.some((c) => sameMetric(c, s)) && !dismissed.some((d) => sameMetric(d, s)));

  function confirmMetric(m: Metric) {
    set({ metrics: [...draft.metrics.filter((r) => r.name.trim() || r.before || r.after || r.change), metricToDraft(m)] });
    // The chip goes away; Enter should still save, so the title line takes focus again.
    if (!expanded) titleRef.current?.focus();
  }

  function reset() {
    setDraft(blankDraft(defaultAudience));
    setAudienceTouched(false);
    setExpanded(false);
    setError(null);
    setMetricProblems([]);
    setSuggestions([]);
    setDismissed([]);
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (pending) return;
    const title = draft.title.trim();
    if (!title) {
      setError({ local: true });
      titleRef.current?.focus();
      return;
    }
    const { metrics, problems } = draftMetrics(draft.metrics);
    setMetricProblems(problems);
    if (problems.length) {
      setExpanded(true);
      return;
    }
    const body: Record<string, unknown> = {
      title,
      occurredOn: draft.occurredOn || today,
      body: draft.body,
      dimensions: draft.dimensions,
      impact: draft.impact,
      metrics,
      teams: draft.teams,
      links: draft.links,
    };
    if (audienceTouched) body.audience = draft.audience;
    setPending(true);
    setError(null);
    try {
      const created = await api.post<Evidence>('/evidence', body);
      reset();
      onOpenChange(false);
      evidenceChanged();
      toast({
        message: `Logged “${created.title.length > 60 ? `${created.title.slice(0, 59)}…` : created.title}”.`,
        action: {
          label: 'Undo',
          onClick: () => {
            api
              .delete(`/evidence/${encodeURIComponent(created.id)}`)
              .then(() => {
                evidenceChanged();
                toast({ message: 'Entry moved to the trash.', tone: 'info' });
              })
              .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
          },
        },
      });
    } catch (e) {
      setError(e);
      const problems = problemsOf(e, FIELDS);
      if (FIELDS.some((f) => f !== 'title' && problems.field(f))) setExpanded(true);
    } finally {
      setPending(false);
    }
  }

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      setExpanded(true);
      window.setTimeout(() => document.getElementById(bodyId)?.focus(), 0);
    }
  }

  function onAnyKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  }

  const localTitleError = error && typeof error === 'object' && 'local' in error ? 'Write what you did, in one line.' : undefined;
  const problems = localTitleError ? problemsOf(null, FIELDS) : problemsOf(error, FIELDS);
  const titleError = localTitleError ?? problems.field('title');
  const blank = isBlank(draft, defaultAudience);

  return (
    <Modal
      open={open}
      onOpenChange={(o) => !pending && onOpenChange(o)}
      title="Log evidence"
      description={expanded ? undefined : 'One line is enough; details can wait.'}
      className={`modal-capture ${expanded ? 'modal-capture-expanded' : ''}`}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        titleRef.current?.focus();
      }}
    >
      <form className="form capture" onSubmit={save} onKeyDown={onAnyKey} noValidate>
        <FormError message={localTitleError ? null : problems.form} />
        <Field label="What did you do?" error={titleError} className="capture-title">
          <input
            ref={titleRef}
            value={draft.title}
            onChange={(e) => {
              set({ title: e.target.value });
              if (localTitleError) setError(null);
            }}
            onKeyDown={onTitleKey}
            placeholder="Cut checkout p99 from 800 ms to 200 ms"
            autoComplete="off"
            enterKeyHint="done"
            maxLength={300}
          />
        </Field>

        {(offered.length > 0 || (!expanded && confirmed.length > 0)) && (
          <div className="capture-metrics">
            {offered.length > 0 && (
              <div className="suggested" aria-live="polite">
                <span className="suggested-label">
                  <Sparkles size={14} aria-hidden="true" /> Metrics in your text
                </span>
                <ul className="chips" aria-label="Suggested metrics">
                  {offered.map((m, i) => (
                    <li key={`${metricText(m)}-${i}`} className="suggestion">
                      <button type="button" className="suggestion-add" onClick={() => confirmMetric(m)} aria-label={`Add suggested metric: ${metricText(m)}`}>
                        <Plus size={13} aria-hidden="true" />
                        <span className="metric-name">{m.name}</span>
                        <span className="num">{metricValue(m)}</span>
                      </button>
                      <button type="button" className="suggestion-dismiss" aria-label={`Dismiss suggestion ${metricText(m)}`} onClick={() => setDismissed((d) => [...d, m])}>
                        <X size={12} aria-hidden="true" />
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {!expanded && confirmed.length > 0 && (
              <ul className="chips" aria-label="Metrics to save">
                {draft.metrics.map((row) => {
                  const m = draftMetrics([row]).metrics[0];
                  if (!m) return null;
                  return (
                    <li key={row.key} className="metric-chip">
                      <Check size={13} aria-hidden="true" />
                      <span className="metric-name">{m.name}</span>
                      <span className="num">{metricValue(m)}</span>
                      <button type="button" className="tag-remove" aria-label={`Remove metric ${metricText(m)}`} onClick={() => set({ metrics: draft.metrics.filter((r) => r.key !== row.key) })}>
                        <X size={12} aria-hidden="true" />
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}

        {expanded && (
          <div className="capture-more">
            <MarkdownEditor
              id={bodyId}
              value={draft.body}
              onChange={(body) => set({ body })}
              label="Details"
              rows={5}
              placeholder="The context, what you did, who it helped, what changed."
              error={problems.field('body')}
            />
            <div className="form-grid">
              <Field label="When" error={problems.field('occurredOn')}>
                <input type="date" value={draft.occurredOn || today} max="9999-12-31" onChange={(e) => set({ occurredOn: e.target.value })} />
              </Field>
              <Field label="Impact" error={problems.field('impact')}>
                <ImpactSelect value={draft.impact} onChange={(impact) => set({ impact })} />
              </Field>
            </div>
            <DimensionToggles value={draft.dimensions} onChange={(dimensions) => set({ dimensions })} error={problems.field('dimensions')} />
            <MetricEditor rows={draft.metrics} onChange={(metrics) => set({ metrics })} problems={metricProblems} />
            <Field label="Teams" hint="Teams this helped or involved. Enter after each one." error={problems.field('teams')}>
              <TagInput values={draft.teams} onChange={(t) => set({ teams: t })} suggestions={(teams ?? []).map((t) => t.name)} placeholder="Payments, Platform…" itemLabel="team" />
            </Field>
            <Field label="Links" hint="Pull requests, documents, dashboards." error={problems.field('links')}>
              <TagInput values={draft.links} onChange={(links) => set({ links })} placeholder="https://…" itemLabel="link" validate={validateLink} />
            </Field>
            <AudiencePicker
              value={draft.audience}
              onChange={(audience) => {
                setAudienceTouched(true);
                set({ audience });
              }}
              error={problems.field('audience')}
            />
          </div>
        )}

        {!expanded && (
          <p className="capture-facts">
            <span>{draft.occurredOn && draft.occurredOn !== today ? formatLongDay(draft.occurredOn) : 'Today'}</span>
            <span aria-hidden="true">·</span>
            <AudienceBadge audience={draft.audience} />
            {draft.dimensions.length > 0 && (
              <>
                <span aria-hidden="true">·</span>
                <DimensionChips ids={draft.dimensions} />
              </>
            )}
          </p>
        )}

        <div className="capture-foot">
          <button type="button" className="btn btn-ghost btn-small" aria-expanded={expanded} onClick={() => setExpanded((x) => !x)}>
            {expanded ? <ChevronUp size={14} aria-hidden="true" /> : <ChevronDown size={14} aria-hidden="true" />}
            {expanded ? 'Fewer details' : 'More details'}
          </button>
          <span className="capture-hint hide-narrow" aria-hidden="true">
            <kbd className="kbd">Enter</kbd> save · <kbd className="kbd">Shift</kbd>
            <kbd className="kbd">Enter</kbd> more
          </span>
          <span className="grow" />
          {!blank && (
            <button type="button" className="btn btn-ghost btn-small" onClick={reset} disabled={pending}>
              Clear
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
