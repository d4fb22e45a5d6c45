/**
 * Above the fold of quick capture: the metrics found in the text (add or dismiss each) and,
 * while the details are folded, the metrics that will be saved.
 */
import { Check, Plus, Sparkles, X } from 'lucide-react';
import type { Metric } from '../../api/types.js';
import { draftMetrics, type MetricDraft } from '../../components/EvidenceFields.js';
import { metricText, metricValue } from '../../lib/evidence.js';

export function MetricChips({
  offered,
  rows,
  showConfirmed,
  onAdd,
  onDismiss,
  onRemove,
}: {
  offered: Metric[];
  rows: MetricDraft[];
  /** Whether to list the rows to be saved (only while the details are folded). */
  showConfirmed: boolean;
  onAdd(metric: Metric): void;
  onDismiss(metric: Metric): void;
  onRemove(key: number): void;
}) {
  return (
    <div className="capture-metrics">
      {offered.length > 0 && (
        <div className="suggested" aria-live="polite">
          <span className="suggested-label">
            <Sparkles size={14} aria-hidden="true" /> Metrics in your text
          </span>
          <ul className="chips" aria-label="Suggested metrics">
            {offered.map((m, i) => (
              <li key={`${metricText(m)}-${i}`} className="suggestion">
                <button type="button" className="suggestion-add" onClick={() => onAdd(m)} aria-label={`Add suggested metric: ${metricText(m)}`}>
                  <Plus size={13} aria-hidden="true" />
                  <span className="metric-name">{m.name}</span>{' '}
                  <span className="num">{metricValue(m)}</span>
                </button>
                <button type="button" className="suggestion-dismiss" aria-label={`Dismiss suggestion ${metricText(m)}`} onClick={() => onDismiss(m)}>
                  <X size={12} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {showConfirmed && (
        <ul className="chips" aria-label="Metrics to save">
          {rows.map((row) => {
            const m = draftMetrics([row]).metrics[0];
            if (!m) return null;
            return (
              <li key={row.key} className="metric-chip">
                <Check size={13} aria-hidden="true" />
                <span className="metric-name">{m.name}</span>
                <span className="num">{metricValue(m)}</span>
                <button type="button" className="tag-remove" aria-label={`Remove metric ${metricText(m)}`} onClick={() => onRemove(row.key)}>
                  <X size={12} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
