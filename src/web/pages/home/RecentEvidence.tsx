import { NotebookPen } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.js';
import { useCapture } from '../../app/capture.js';
import { DimensionChips } from '../../components/EvidenceBits.js';
import { formatDay, metricText } from '../../lib/evidence.js';
import type { RecentEvidenceState } from './useRecentEvidence.js';

/** Your five latest entries, or a first-entry prompt. */
export function RecentEvidence({ recent }: { recent: RecentEvidenceState }) {
  const capture = useCapture();
  return (
    <section className="card home-recent" aria-labelledby="recent-heading">
      <div className="section-head">
        <h2 id="recent-heading" className="card-title">
          Recent evidence
        </h2>
        {recent.items.length > 0 && (
          <Link to="/evidence" className="small">
            See all
          </Link>
        )}
      </div>
      {recent.error ? (
        <p className="muted">Your recent entries could not be loaded. {errorMessage(recent.error)}</p>
      ) : !recent.data ? (
        <p className="muted">Loading…</p>
      ) : recent.items.length === 0 ? (
        <div className="recent-empty">
          <p>
            Nothing logged yet. Start with one line about something you did recently, for example “Unblocked the search
            team's schema migration by pairing on the rollback plan”.
          </p>
          <button type="button" className="btn btn-small" onClick={() => capture.open()}>
            <NotebookPen size={14} aria-hidden="true" /> Log evidence
          </button>
        </div>
      ) : (
        <ul className="recent-list">
          {recent.items.map((e) => (
            <li key={e.id} className="recent-item">
              <div className="recent-main">
                <Link to={`/evidence/${encodeURIComponent(e.id)}`} className="recent-title">
                  {e.title}
                </Link>
                <time className="recent-date muted num" dateTime={e.occurredOn}>
                  {formatDay(e.occurredOn, recent.today)}
                </time>
              </div>
              {(e.dimensions.length > 0 || e.metrics.length > 0) && (
                <div className="recent-meta">
                  <DimensionChips ids={e.dimensions} />
                  {e.metrics[0] && <span className="muted small num">{metricText(e.metrics[0])}</span>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
