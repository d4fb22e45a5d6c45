/** What an outcome is, in a short list beside its chart: direction, baseline, target, impact, initiative, audience, owner. */
import { Link } from 'react-router';
import type { Outcome } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { Time } from '../../components/bits.js';
import { AUDIENCES, impactLabel } from '../../lib/evidence.js';
import { usePeopleById } from '../../data/people.js';
import { DIRECTION_LABELS, formatValue } from '../../components/outcomes/outcomeText.js';
import { useInitiativeTitle } from '../../components/outcomes/useOutcomes.js';

function audienceText(audience: Outcome['audience']): string {
  if (!audience.length) return 'Only its owner';
  return AUDIENCES.filter((a) => audience.includes(a.id))
    .map((a) => a.long)
    .join('; ');
}

export function OutcomeFacts({ outcome }: { outcome: Outcome }) {
  const me = useMe();
  const mine = outcome.ownerId === me.id;
  const owner = usePeopleById([mine ? null : outcome.ownerId]).get(outcome.ownerId);
  const initiativeTitle = useInitiativeTitle(outcome.initiativeId);
  return (
    <section className="card" aria-labelledby="oc-facts-title">
      <h2 id="oc-facts-title" className="card-title">
        About this outcome
      </h2>
      <dl className="oc-facts">
        <dt>Direction</dt>
        <dd>{DIRECTION_LABELS[outcome.direction]}</dd>
        <dt>Baseline</dt>
        <dd className="num">{formatValue(outcome.baseline, outcome.unit)}</dd>
        <dt>Target</dt>
        <dd className="num">{formatValue(outcome.target, outcome.unit)}</dd>
        <dt>Unit</dt>
        <dd>{outcome.unit || <span className="muted">None</span>}</dd>
        <dt>Impact</dt>
        <dd>{impactLabel(outcome.impact)}</dd>
        <dt>Initiative</dt>
        <dd>
          {outcome.initiativeId ? (
            <Link to={`/initiatives/${outcome.initiativeId}`}>{initiativeTitle ?? 'Open the initiative'}</Link>
          ) : (
            <span className="muted">None</span>
          )}
        </dd>
        <dt>Who can see it</dt>
        <dd>{audienceText(outcome.audience)}</dd>
        <dt>Owner</dt>
        <dd>{mine ? 'You' : (owner?.name ?? '…')}</dd>
        <dt>Updated</dt>
        <dd>
          <Time value={outcome.updatedAt} />
        </dd>
      </dl>
    </section>
  );
}
