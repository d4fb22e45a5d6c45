/** How a stakeholder's stance moved: each stance with when it was recorded, oldest first. */
import type { Stakeholder } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { formatTimeIn } from '../../lib/evidence.js';
import { stanceLabel } from './labels.js';

export function StanceHistory({ stakeholder, name }: { stakeholder: Stakeholder; name: string }) {
  const me = useMe();
  const history = stakeholder.history;
  return (
    <details className="sh-history">
      <summary className="small">
        History <span className="num">({history.length})</span>
      </summary>
      <ol className="sh-timeline" aria-label={`Stance history of ${name}`}>
        {history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <span className="sh-stance-word">{stanceLabel(h.stance)}</span>{' '}
            <time className="small muted" dateTime={h.at}>
              {formatTimeIn(h.at, me.timeZone)}
            </time>
          </li>
        ))}
      </ol>
    </details>
  );
}
