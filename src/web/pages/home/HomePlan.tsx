/** The practical path to Staff, as steps to tick (some tick themselves). */
import { errorMessage } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { PlanStep } from './PlanStep.js';
import { usePlan } from './usePlan.js';

export function HomePlan({ me }: { me: Person }) {
  const plan = usePlan(me);
  const data = plan.data;
  return (
    <section className="card home-plan" aria-labelledby="plan-heading">
      <div className="section-head">
        <h2 id="plan-heading" className="card-title">
          Your plan
        </h2>
        {data && (
          <span className="plan-progress-text num" aria-live="polite">
            {data.done} of {data.total} done
          </span>
        )}
      </div>
      {plan.error ? (
        <p className="muted">Your plan could not be loaded. {errorMessage(plan.error)}</p>
      ) : !data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <progress className="plan-progress" max={data.total} value={data.done} aria-label={`${data.done} of ${data.total} steps done`} />
          <p className="muted small plan-intro">The practical path most engineers follow on the way to Staff. Tick a step when it is done; some tick themselves.</p>
          <ol className="plan-steps">
            {data.steps.map((step, i) => (
              <PlanStep key={step.id} step={step} index={i} busy={plan.busy === step.id} onSet={(done) => void plan.setStep(step, done)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
