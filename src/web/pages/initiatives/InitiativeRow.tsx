/** One initiative in the list: title, status, target date, the scope verdict, its counts and its stakeholders. */
import { Link } from 'react-router';
import type { Initiative } from '../../api/types.js';
import { formatLongDay } from '../../lib/evidence.js';
import { ScopeVerdict } from './ScopeVerdict.js';
import { StatusChip } from './StatusChip.js';

export function InitiativeRow({ item, ownerName }: { item: Initiative; ownerName?: string | undefined }) {
  const teams = item.scopeSummary.teams;
  const { total, stale, stillToAnswer } = item.stakeholderSummary;
  return (
    <li className="list-row in-row">
      <div className="in-row-main">
        <h2 className="in-row-title">
          <Link to={`/initiatives/${encodeURIComponent(item.id)}`}>{item.title}</Link>
        </h2>
        <p className="in-row-meta small muted">
          {ownerName && <span>{ownerName}</span>}
          <span>{item.targetOn ? <>Target <time dateTime={item.targetOn}>{formatLongDay(item.targetOn)}</time></> : 'No target date'}</span>
          <span className="num">
            {teams} {teams === 1 ? 'team' : 'teams'} affected
          </span>
          <span className="num">
            {total === 0
              ? 'No stakeholders yet'
              : `${total} ${total === 1 ? 'stakeholder' : 'stakeholders'}${stillToAnswer ? `, ${stillToAnswer} still to answer` : ''}${stale ? `, ${stale} stale` : ''}`}
          </span>
        </p>
      </div>
      <div className="in-row-aside">
        <StatusChip status={item.status} />
        <ScopeVerdict summary={item.scopeSummary} />
      </div>
    </li>
  );
}
