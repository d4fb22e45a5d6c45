/** "Get set up": the first things to do, with the ones already done ticked. */
import { ArrowRight, Circle, CircleCheck } from 'lucide-react';
import { Link } from 'react-router';
import type { Person } from '../../api/types.js';

interface Step {
  id: string;
  label: string;
  detail: string;
  to: string;
  done: boolean;
}

export function setupSteps(me: Person): Step[] {
  return [
    {
      id: 'profile',
      label: 'Set your time zone and week start',
      detail: 'So weekly reminders and summaries land on the right day.',
      to: '/settings#profile',
      done: me.timeZone === Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    {
      id: 'audience',
      label: 'Choose who sees your entries by default',
      detail: 'Your manager, your mentors, the whole organisation — or nobody.',
      to: '/settings#profile',
      done: false,
    },
    ...(me.role === 'admin'
      ? [
          { id: 'people', label: 'Add your colleagues', detail: 'Create accounts and set who reports to whom.', to: '/admin/people', done: false },
          { id: 'teams', label: 'Create your teams', detail: 'Teams make cross-team reach visible later on.', to: '/admin/teams', done: false },
        ]
      : []),
    {
      id: 'token',
      label: 'Connect the command line',
      detail: 'Create a personal access token for the staffpath CLI or your scripts.',
      to: '/settings#tokens',
      done: false,
    },
  ];
}

export function SetupSteps({ me }: { me: Person }) {
  return (
    <section className="card home-steps" aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="card-title">
        Get set up
      </h2>
      <ul className="steps">
        {setupSteps(me).map((step) => (
          <li key={step.id} className={`step ${step.done ? 'step-done' : ''}`}>
            {step.done ? (
              <CircleCheck size={18} aria-hidden="true" className="step-icon step-icon-done" />
            ) : (
              <Circle size={18} aria-hidden="true" className="step-icon" />
            )}
            <div className="step-text">
              <Link to={step.to} className="step-link">
                {step.label}
                {step.done && <span className="visually-hidden"> (done)</span>}
              </Link>
              <span className="step-detail">{step.detail}</span>
            </div>
            {step.done ? <span className="badge badge-success">Done</span> : <ArrowRight size={16} aria-hidden="true" className="step-arrow" />}
          </li>
        ))}
      </ul>
    </section>
  );
}
