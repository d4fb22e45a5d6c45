import { RotateCcw } from 'lucide-react';
import { useId } from 'react';
import type { PlanStepState } from '../../api/types.js';

/** Who decided the step's state: staffpath's detector, or the person. */
function stepSource(step: PlanStepState): string {
  if (step.manual === true) return 'Ticked by you';
  if (step.automatic && step.manual === false) return 'Un-ticked by you';
  if (!step.automatic) return 'Manual';
  return step.detected ? 'Detected' : 'Automatic';
}

export function PlanStep({ step, index, busy, onSet }: { step: PlanStepState; index: number; busy: boolean; onSet(done: boolean | null): void }) {
  const id = useId();
  const overridden = step.automatic && step.manual !== null;
  return (
    <li className={`plan-step ${step.done ? 'plan-step-done' : ''}`}>
      <input
        type="checkbox"
        id={`${id}-check`}
        className="plan-check"
        checked={step.done}
        aria-busy={busy}
        onChange={(e) => {
          if (!busy) onSet(e.target.checked);
        }}
        aria-describedby={`${id}-desc ${id}-how`}
      />
      <div className="plan-text">
        <label htmlFor={`${id}-check`} className="plan-title">
          <span className="plan-number num" aria-hidden="true">
            {index + 1}.
          </span>{' '}
          {step.title}
        </label>
        <p id={`${id}-desc`} className="plan-description">
          {step.description}
        </p>
        <p id={`${id}-how`} className="plan-how">
          <span className={`badge ${step.automatic && step.manual === null && step.detected ? 'badge-success' : ''}`}>{stepSource(step)}</span>{' '}
          {step.automatic ? (
            step.manual === null ? (
              step.detected ? (
                (step.reason ?? 'staffpath saw this happen.')
              ) : (
                <>
                  {step.how}
                  {step.reason && <span className="plan-reason"> {step.reason}</span>}
                </>
              )
            ) : (
              <>
                Your tick overrides what staffpath sees ({step.detected ? 'it sees this done' : 'it does not see this yet'}).{' '}
                <button type="button" className="link-button" disabled={busy} onClick={() => onSet(null)}>
                  <RotateCcw size={12} aria-hidden="true" /> Let staffpath decide
                </button>
              </>
            )
          ) : (
            step.how
          )}
        </p>
      </div>
      {overridden && <span className="visually-hidden">(overridden by you)</span>}
    </li>
  );
}
