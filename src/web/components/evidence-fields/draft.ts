/**
 * An evidence entry as it is being written: text fields as typed, metrics as rows of text,
 * and the pure steps between that draft and the API's shapes.
 */
import type { AudienceMember, Evidence, Impact, Metric } from '../../api/types.js';

export interface MetricDraft {
  key: number;
  name: string;
  unit: string;
  before: string;
  after: string;
  change: string;
}

export interface EvidenceDraft {
  title: string;
  body: string;
  occurredOn: string;
  dimensions: string[];
  impact: Impact | null;
  metrics: MetricDraft[];
  teams: string[];
  links: string[];
  audience: AudienceMember[];
  /** The initiative the entry names (the entry editor's; the quick capture leaves it out). */
  initiativeId?: string | null;
}

/**
 * A key for a metric row that no other row in this page has: a random safe integer, so no
 * counter has to live at module level.
 */
export function nextMetricKey(): number {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return (high & 0x1fffff) * 0x100000000 + low;
}

export function metricToDraft(m: Metric): MetricDraft {
  const s = (n: number | null) => (n === null ? '' : String(n));
  return { key: nextMetricKey(), name: m.name, unit: m.unit ?? '', before: s(m.before), after: s(m.after), change: s(m.change) };
}

export function emptyMetricDraft(): MetricDraft {
  return { key: nextMetricKey(), name: '', unit: '', before: '', after: '', change: '' };
}

/** `1,5` and `1 200` are read as numbers too; `''` is null; anything else is NaN. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!t) return null;
  const normalised = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t.replace(/,(?=\d{3}\b)/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised) ? Number(normalised) : Number.NaN;
}

export interface MetricProblem {
  index: number;
  field: 'name' | 'before' | 'after' | 'change' | 'row';
  message: string;
}

/** The metrics as the API wants them, or what is wrong with them. Blank rows are dropped. */
export function draftMetrics(rows: MetricDraft[]): { metrics: Metric[]; problems: MetricProblem[] } {
  const metrics: Metric[] = [];
  const problems: MetricProblem[] = [];
  rows.forEach((row, index) => {
    const blank = !row.name.trim() && !row.unit.trim() && !row.before.trim() && !row.after.trim() && !row.change.trim();
    if (blank) return;
    const before = parseNumber(row.before);
    const after = parseNumber(row.after);
    const change = parseNumber(row.change);
    let ok = true;
    if (!row.name.trim()) {
      problems.push({ index, field: 'name', message: 'Name the metric.' });
      ok = false;
    }
    for (const [field, value] of [['before', before], ['after', after], ['change', change]] as const) {
      if (value !== null && Number.isNaN(value)) {
        problems.push({ index, field, message: 'Use a number.' });
        ok = false;
      }
    }
    if (ok && before === null && after === null && change === null) {
      problems.push({ index, field: 'row', message: 'Give at least one of before, after or change.' });
      ok = false;
    }
    if (ok) metrics.push({ name: row.name.trim(), unit: row.unit.trim() || null, before, after, change });
  });
  return { metrics, problems };
}

export function draftOf(e: Evidence): EvidenceDraft {
  return {
    title: e.title,
    body: e.body,
    occurredOn: e.occurredOn,
    dimensions: [...e.dimensions],
    impact: e.impact,
    metrics: e.metrics.map(metricToDraft),
    teams: [...e.teams],
    links: [...e.links],
    audience: [...e.audience],
    initiativeId: e.initiativeId,
  };
}
