/**
 * The quick-capture form's state: the draft (kept while the dialog is closed, until it is
 * saved or cleared), whether the details are open, the metric suggestions, and saving — which
 * tells the query cache that evidence changed and offers an Undo.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Evidence, Metric } from '../../api/types.js';
import { draftMetrics, metricToDraft, type EvidenceDraft, type MetricProblem } from '../../components/EvidenceFields.js';
import { problemsOf } from '../../components/Form.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { sameMetric, todayIn } from '../../lib/evidence.js';
import type { CapturePreset } from '../capture.js';
import { useMe } from '../session.js';
import { blankDraft, CAPTURE_FIELDS, isBlank } from './draft.js';
import { useMetricSuggestions } from './useMetricSuggestions.js';

const shortTitle = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title);

export function useCaptureForm({ open, preset, onSaved }: { open: boolean; preset: CapturePreset | null | undefined; onSaved(): void }) {
  const me = useMe();
  const toast = useToast();
  const invalidate = useInvalidate();
  const defaultAudience = me.defaultAudience ?? ['manager'];
  const [draft, setDraft] = useState<EvidenceDraft>(() => blankDraft(defaultAudience));
  const [audienceTouched, setAudienceTouched] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [metricProblems, setMetricProblems] = useState<MetricProblem[]>([]);
  const [dismissed, setDismissed] = useState<Metric[]>([]);
  const titleRef = useRef<HTMLInputElement>(null);

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

  const suggestions = useMetricSuggestions(`${draft.title}\n${draft.body}`.trim(), open);
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
    setDismissed([]);
  }

  function undo(created: Evidence) {
    api
      .delete(`/evidence/${encodeURIComponent(created.id)}`)
      .then(async () => {
        await invalidate.evidence();
        toast({ message: 'Entry moved to the trash.', tone: 'info' });
      })
      .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
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
      onSaved();
      void invalidate.evidence();
      toast({ message: `Logged “${shortTitle(created.title)}”.`, action: { label: 'Undo', onClick: () => undo(created) } });
    } catch (e) {
      setError(e);
      const fieldProblems = problemsOf(e, CAPTURE_FIELDS);
      if (CAPTURE_FIELDS.some((f) => f !== 'title' && fieldProblems.field(f))) setExpanded(true);
    } finally {
      setPending(false);
    }
  }

  const localTitleError = error && typeof error === 'object' && 'local' in error ? 'Write what you did, in one line.' : undefined;
  const problems = localTitleError ? problemsOf(null, CAPTURE_FIELDS) : problemsOf(error, CAPTURE_FIELDS);

  return {
    draft,
    set,
    today,
    titleRef,
    expanded,
    setExpanded,
    pending,
    metricProblems,
    problems,
    localTitleError,
    titleError: localTitleError ?? problems.field('title'),
    clearTitleError: () => {
      if (localTitleError) setError(null);
    },
    blank: isBlank(draft, defaultAudience),
    confirmed,
    offered,
    confirmMetric,
    dismissMetric: (m: Metric) => setDismissed((d) => [...d, m]),
    chooseAudience: (audience: EvidenceDraft['audience']) => {
      setAudienceTouched(true);
      set({ audience });
    },
    reset,
    save,
  };
}

export type CaptureForm = ReturnType<typeof useCaptureForm>;
