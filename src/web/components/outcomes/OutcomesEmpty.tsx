/** What belongs in an empty list of outcomes, with examples, and the way to add the first one. */
import { Target } from 'lucide-react';
import type { ReactNode } from 'react';

export function OutcomesEmpty({ headingLevel, forInitiative, action, who = 'me' }: { headingLevel: 2 | 3 | 4; forInitiative: boolean; action?: ReactNode; who?: 'me' | 'reports' }) {
  const Heading = `h${headingLevel}` as const;
  if (who === 'reports') {
    return (
      <div className="empty oc-empty">
        <Heading className="empty-title">No outcomes from your reports</Heading>
        <div className="empty-body">
          <p>Outcomes your reports share with their manager appear here, with their charts and progress.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="empty oc-empty">
      <div className="empty-icon" aria-hidden="true">
        <Target size={28} />
      </div>
      <Heading className="empty-title">{forInitiative ? 'No outcome measures this initiative yet' : 'No outcomes yet'}</Heading>
      <div className="empty-body">
        <p>
          Outcomes are numbers leadership cares about: p99 latency of checkout, monthly cloud cost of the data platform, hours from
          commit to production. Give the value before the work and the one you aim for, then record measurements as they come in.
        </p>
        {forInitiative && <p>An outcome added here is linked to this initiative.</p>}
      </div>
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}
