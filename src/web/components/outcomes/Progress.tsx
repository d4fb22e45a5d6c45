/**
 * How far an outcome has come, in words and as a bar. The words carry the meaning (colour is
 * never the only signal): "No measurement yet" is never shown as 0%, a value past the target
 * says so, and one on the wrong side of the baseline keeps the bar empty beside the words.
 */
import type { Outcome } from '../../api/types.js';
import { directionText, formatValue, progressView } from './outcomeText.js';
import './outcome-chart.css';

export function OutcomeProgress({ outcome }: { outcome: Pick<Outcome, 'progress' | 'direction' | 'latest' | 'unit' | 'baseline' | 'target'> }) {
  const view = progressView(outcome.progress);
  return (
    <div className={`oc-progress oc-progress-${view.kind}`}>
      <div className="oc-progress-line">
        <span className="oc-progress-words strong">{view.words}</span>
        {outcome.latest && <span className="muted num">latest {formatValue(outcome.latest.value, outcome.unit)}</span>}
      </div>
      {view.kind !== 'none' && (
        <div className="oc-bar" aria-hidden="true">
          <span className="oc-bar-fill" style={{ width: `${Math.round(view.fill * 100)}%` }} />
        </div>
      )}
      <p className="muted small num oc-goal">
        {formatValue(outcome.baseline, outcome.unit)} → {formatValue(outcome.target, outcome.unit)} · {directionText(outcome.direction)}
      </p>
    </div>
  );
}
