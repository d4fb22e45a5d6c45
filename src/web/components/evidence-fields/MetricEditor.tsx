import { Plus, X } from 'lucide-react';
import { useId } from 'react';
import { emptyMetricDraft, type MetricDraft, type MetricProblem } from './draft.js';

/** Metric rows: name, before, after, unit, change; each row's problems below it. */
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

