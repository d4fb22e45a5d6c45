/**
 * The editing widgets of an evidence entry, shared by the quick-capture dialog ("More") and
 * the entry's in-place editor.
 */
import { Plus, X } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AudienceMember, Evidence, Impact, Metric } from '../api/types.js';
import { AUDIENCES, audienceSummary, IMPACTS, isHttpUrl, isKnownDimension, dimensionLabel } from '../lib/evidence.js';
import { useDimensions } from '../lib/framework.js';
import { AudienceBadge } from './EvidenceBits.js';
import { MarkdownView, preloadMarkdown } from './MarkdownView.js';

// ---------------------------------------------------------------- the draft

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
}

let metricKey = 1;

/** A key for a metric row that no other row in this page has. */
export function nextMetricKey(): number {
  return metricKey++;
}

export function metricToDraft(m: Metric): MetricDraft {
  const s = (n: number | null) => (n === null ? '' : String(n));
  return { key: metricKey++, name: m.name, unit: m.unit ?? '', before: s(m.before), after: s(m.after), change: s(m.change) };
}

export function emptyMetricDraft(): MetricDraft {
  return { key: metricKey++, name: '', unit: '', before: '', after: '', change: '' };
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
  };
}

// ---------------------------------------------------------------- dimensions

export function DimensionToggles({
  value,
  onChange,
  legend = 'Dimensions',
  error,
}: {
  value: string[];
  onChange(value: string[]): void;
  legend?: string;
  error?: string | undefined;
}) {
  const dimensions = useDimensions();
  const unmapped = value.filter((id) => !isKnownDimension(id));
  return (
    <fieldset className={`fieldset ${error ? 'field-invalid' : ''}`}>
      <legend className="field-label">{legend}</legend>
      <div className="toggle-chips">
        {dimensions.map((d) => {
          const on = value.includes(d.id);
          return (
            <label key={d.id} className={`toggle-chip ${on ? 'toggle-chip-on' : ''}`} title={d.summary}>
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((v) => v !== d.id))}
              />
              {d.name}
            </label>
          );
        })}
        {unmapped.map((id) => (
          <label key={id} className="toggle-chip toggle-chip-on" title="Not a dimension of the current framework; kept as it was">
            <input type="checkbox" checked onChange={() => onChange(value.filter((v) => v !== id))} />
            {dimensionLabel(id)} (unmapped)
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

// ---------------------------------------------------------------- impact

export function ImpactSelect({ id, value, onChange, ...aria }: { id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; value: Impact | null; onChange(value: Impact | null): void }) {
  return (
    <select id={id} {...aria} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as Impact | null)}>
      <option value="">None</option>
      {IMPACTS.map((i) => (
        <option key={i.id} value={i.id}>
          {i.label}
        </option>
      ))}
    </select>
  );
}

// ---------------------------------------------------------------- tags (teams, links)

export function TagInput({
  id,
  values,
  onChange,
  suggestions = [],
  placeholder,
  validate,
  itemLabel,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  values: string[];
  onChange(values: string[]): void;
  suggestions?: string[];
  placeholder?: string;
  /** A message when the text cannot be added. */
  validate?(text: string): string | null;
  /** "team", "link": for the remove buttons' labels. */
  itemLabel: string;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();
  const problemId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string): boolean {
    const value = raw.trim();
    if (!value) return true;
    const message = validate?.(value) ?? null;
    if (message) {
      setProblem(message);
      return false;
    }
    setProblem(null);
    if (!values.some((v) => v.toLowerCase() === value.toLowerCase())) onChange([...values, value]);
    setText('');
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || (event.key === ',' && itemLabel !== 'link')) {
      if (text.trim() || event.key === ',') {
        event.preventDefault();
        event.stopPropagation();
        add(text);
      } else if (event.key === 'Enter') {
        // An empty tag box: let Enter do nothing rather than submit half a form.
        event.preventDefault();
      }
    } else if (event.key === 'Backspace' && !text && values.length) {
      onChange(values.slice(0, -1));
    }
  }

  const open = suggestions.filter((s) => !values.some((v) => v.toLowerCase() === s.toLowerCase()));
  return (
    <div className="tag-field">
      <div className={`tag-input ${problem || invalid ? 'tag-input-invalid' : ''}`} onClick={() => inputRef.current?.focus()}>
        {values.length > 0 && (
          <ul className="tag-list" aria-label={`Chosen ${itemLabel}s`}>
            {values.map((v) => (
              <li key={v} className="tag">
                <span className="tag-text">{v}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove ${itemLabel} ${v}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onChange(values.filter((x) => x !== v));
                  }}
                >
                  <X size={12} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          id={id}
          value={text}
          list={open.length ? listId : undefined}
          placeholder={values.length ? '' : placeholder}
          aria-describedby={[describedBy, problem ? problemId : ''].filter(Boolean).join(' ') || undefined}
          aria-invalid={problem || invalid ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(null);
            // Choosing from the datalist replaces the text in one go: add it at once.
            const native = e.nativeEvent as InputEvent;
            if (native.inputType === undefined || native.inputType === 'insertReplacementText') {
              if (open.includes(e.target.value)) add(e.target.value);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) add(text);
          }}
        />
        {open.length > 0 && (
          <datalist id={listId}>
            {open.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
      </div>
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export const validateLink = (text: string): string | null => (isHttpUrl(text) ? null : 'Use a full http or https address, such as https://github.com/acme/api/pull/42.');

// ---------------------------------------------------------------- audience

export function AudiencePicker({ value, onChange, error }: { value: AudienceMember[]; onChange(value: AudienceMember[]): void; error?: string | undefined }) {
  const summary = audienceSummary(value);
  return (
    <fieldset className={`fieldset ${error ? 'field-invalid' : ''}`}>
      <legend className="field-label">Who can see it</legend>
      <div className="choices">
        {AUDIENCES.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(a.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, a.id] : value.filter((v) => v !== a.id))}
            />
            {a.long}
          </label>
        ))}
      </div>
      <p className="field-hint audience-hint">
        <AudienceBadge audience={value} /> {summary.description}
      </p>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

// ---------------------------------------------------------------- metrics

export function MetricEditor({
  rows,
  onChange,
  problems = [],
}: {
  rows: MetricDraft[];
  onChange(rows: MetricDraft[]): void;
  problems?: MetricProblem[];
}) {
  const baseId = useId();
  const set = (key: number, patch: Partial<MetricDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Metrics</legend>
      <p className="field-hint">Numbers that moved: before and after with a unit, or a change in percent.</p>
      {rows.length > 0 && (
        <ul className="metric-rows">
          {rows.map((row, index) => {
            const rowProblems = problems.filter((p) => p.index === index);
            const bad = (f: MetricProblem['field']) => rowProblems.some((p) => p.field === f);
            const id = `${baseId}-${row.key}`;
            return (
              <li key={row.key} className="metric-row">
                <div className="metric-row-fields">
                  <label className="metric-cell metric-cell-name">
                    <span className="metric-cell-label">Name</span>
                    <input id={`${id}-name`} value={row.name} aria-invalid={bad('name') || undefined} placeholder="checkout p99" onChange={(e) => set(row.key, { name: e.target.value })} />
                  </label>
                  <label className="metric-cell">
                    <span className="metric-cell-label">Before</span>
                    <input inputMode="decimal" value={row.before} aria-invalid={bad('before') || bad('row') || undefined} placeholder="800" onChange={(e) => set(row.key, { before: e.target.value })} />
                  </label>
                  <label className="metric-cell">
                    <span className="metric-cell-label">After</span>
                    <input inputMode="decimal" value={row.after} aria-invalid={bad('after') || bad('row') || undefined} placeholder="200" onChange={(e) => set(row.key, { after: e.target.value })} />
                  </label>
                  <label className="metric-cell">
                    <span className="metric-cell-label">Unit</span>
                    <input value={row.unit} placeholder="ms" onChange={(e) => set(row.key, { unit: e.target.value })} />
                  </label>
                  <label className="metric-cell">
                    <span className="metric-cell-label">Change %</span>
                    <input inputMode="decimal" value={row.change} aria-invalid={bad('change') || undefined} placeholder="−75" onChange={(e) => set(row.key, { change: e.target.value })} />
                  </label>
                  <button
                    type="button"
                    className="icon-button metric-remove"
                    aria-label={`Remove metric ${row.name || index + 1}`}
                    onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  >
                    <X size={14} aria-hidden="true" />
                  </button>
                </div>
                {rowProblems.length > 0 && (
                  <p className="field-error" role="alert">
                    {[...new Set(rowProblems.map((p) => p.message))].join(' ')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <button type="button" className="btn btn-small" onClick={() => onChange([...rows, emptyMetricDraft()])}>
          <Plus size={14} aria-hidden="true" /> Add a metric
        </button>
      </div>
    </fieldset>
  );
}

// ---------------------------------------------------------------- Markdown body

export function MarkdownEditor({
  id,
  value,
  onChange,
  label = 'Details',
  rows = 6,
  placeholder,
  onKeyDown,
  error,
}: {
  id?: string;
  value: string;
  onChange(value: string): void;
  label?: string;
  rows?: number;
  placeholder?: string;
  onKeyDown?(event: KeyboardEvent<HTMLTextAreaElement>): void;
  error?: string | undefined;
}) {
  const autoId = useId();
  const textId = id ?? `${autoId}-text`;
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const writeRef = useRef<HTMLButtonElement>(null);
  const previewRef = useRef<HTMLButtonElement>(null);

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = tab === 'write' ? 'preview' : 'write';
      setTab(next);
      (next === 'write' ? writeRef : previewRef).current?.focus();
    }
  }

  return (
    <div className={`field md-editor ${error ? 'field-invalid' : ''}`}>
      <div className="md-editor-head">
        <label htmlFor={textId} className="field-label" id={`${textId}-label`}>
          {label}
        </label>
        <div role="tablist" aria-label={`${label}: write or preview`} className="md-tabs">
          <button
            ref={writeRef}
            type="button"
            role="tab"
            id={`${autoId}-tab-write`}
            aria-selected={tab === 'write'}
            aria-controls={`${autoId}-panel-write`}
            tabIndex={tab === 'write' ? 0 : -1}
            className="md-tab"
            onClick={() => setTab('write')}
            onKeyDown={onTabKey}
          >
            Write
          </button>
          <button
            ref={previewRef}
            type="button"
            role="tab"
            id={`${autoId}-tab-preview`}
            aria-selected={tab === 'preview'}
            aria-controls={`${autoId}-panel-preview`}
            tabIndex={tab === 'preview' ? 0 : -1}
            className="md-tab"
            onMouseEnter={preloadMarkdown}
            onFocus={preloadMarkdown}
            onClick={() => setTab('preview')}
            onKeyDown={onTabKey}
          >
            Preview
          </button>
        </div>
      </div>
      <div role="tabpanel" id={`${autoId}-panel-write`} aria-labelledby={`${autoId}-tab-write`} hidden={tab !== 'write'}>
        <textarea
          id={textId}
          value={value}
          rows={rows}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="field-hint">Markdown: **bold**, lists with -, links as [text](https://…).</p>
      </div>
      <div role="tabpanel" id={`${autoId}-panel-preview`} aria-labelledby={`${autoId}-tab-preview`} hidden={tab !== 'preview'} className="md-preview" tabIndex={0}>
        {tab === 'preview' && <MarkdownView source={value} empty="Nothing to preview yet." />}
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
