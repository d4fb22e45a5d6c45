import { FileText } from 'lucide-react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { Document, Page } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { keys } from '../../data/keys.js';
import { usePeopleById } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';
import { todayIn } from '../../lib/evidence.js';
import { deadlineText } from '../documents/deadline.js';

/** "Reviews waiting on you": documents in review that still wait for your verdict (five at most). Nothing when there are none. */
export function ReviewsWaiting() {
  const me = useMe();
  const query = useApiQuery(keys.documents.list({ reviewer: 'me', waiting: true, limit: 5, for: 'home' }), (signal) =>
    api.get<Page<Document>>('/documents', { query: { reviewer: 'me', waiting: true, limit: 5 }, signal }),
  );
  const items = query.data?.items ?? [];
  const owners = usePeopleById(items.map((d) => d.ownerId));
  if (items.length === 0) return null;
  const today = todayIn(me.timeZone);
  return (
    <section className="card home-nudge" aria-labelledby="reviews-waiting-heading">
      <FileText size={20} aria-hidden="true" className="home-nudge-icon" />
      <div className="grow">
        <h2 id="reviews-waiting-heading" className="home-nudge-title">
          Reviews waiting on you
        </h2>
        <ul className="home-nudge-list">
          {items.map((d) => {
            const deadline = deadlineText(d.reviewDeadline, today, true);
            return (
              <li key={d.id}>
                <Link to={`/documents/${encodeURIComponent(d.id)}`}>
                  {d.key} {d.title}
                </Link>{' '}
                <span className="muted">
                  — {owners.get(d.ownerId)?.name ?? '…'}
                  {deadline ? `, ${deadline.text.charAt(0).toLowerCase()}${deadline.text.slice(1)}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="small">
          <Link to="/documents?reviewer=me&waiting=true">Open the review inbox</Link>
        </p>
      </div>
    </section>
  );
}
