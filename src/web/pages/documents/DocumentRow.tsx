/** One document in the list: key, title, kind, status, owner, when it changed, its review deadline and who still has to answer. */
import { Link } from 'react-router';
import type { Document } from '../../api/types.js';
import { Time } from '../../components/bits.js';
import { deadlineText } from './deadline.js';
import { kindLabel } from './labels.js';
import { StatusBadge } from './StatusBadge.js';

export function DocumentRow({ doc, ownerName, today }: { doc: Document; ownerName: string; today: string }) {
  const inReview = doc.status === 'in-review';
  const deadline = deadlineText(doc.reviewDeadline, today, inReview);
  const waiting = doc.stillToAnswer.length;
  return (
    <li className="list-row dc-row">
      <div className="dc-row-main">
        <h2 className="dc-row-title">
          <span className="dc-key num">{doc.key}</span>{' '}
          <Link to={`/documents/${encodeURIComponent(doc.id)}`}>{doc.title}</Link>
        </h2>
        <p className="dc-row-meta small muted">
          <span>{kindLabel(doc.kind)}</span>
          <span>{ownerName}</span>
          <span>
            Updated <Time value={doc.updatedAt} />
          </span>
          {deadline && <span className={deadline.overdue ? 'dc-overdue' : undefined}>{deadline.text}</span>}
          {inReview && (
            <span className="num">{waiting === 0 ? 'Everyone required has answered' : `${waiting} still to answer`}</span>
          )}
        </p>
      </div>
      <div className="dc-row-aside">
        <StatusBadge status={doc.status} />
      </div>
    </li>
  );
}
