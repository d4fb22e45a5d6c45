/** Every assessment of the person the viewer can see, newest first, each expandable. */
import { ChevronRight } from 'lucide-react';
import { Link } from 'react-router';
import type { Assessment, Dimension, Person } from '../../api/types.js';
import { usePeopleById } from '../../data/people.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import { KIND_LABELS, ratingText } from '../../lib/assessments.js';
import { formatDate } from '../../lib/format.js';

export function AssessmentHistory({
  items,
  levels,
  dimensions,
  me,
  subjectId,
}: {
  items: Assessment[];
  levels: readonly LevelInfo[];
  dimensions: Dimension[];
  me: Person;
  subjectId: string;
}) {
  const authors = usePeopleById(items.map((a) => a.authorId));
  const dimensionName = (id: string) => dimensions.find((d) => d.id === id)?.name ?? `${id} (not in this framework)`;
  return (
    <div className="fw-history">
      <h3 className="fw-h3" id="history-heading">
        History
      </h3>
      <ol className="fw-history-list" aria-labelledby="history-heading">
        {items.map((a) => {
          const author = a.authorId === me.id ? 'you' : (authors.get(a.authorId)?.name ?? '…');
          const when = a.sharedAt ?? a.updatedAt;
          return (
            <li key={a.id}>
              <details className="fw-history-item">
                <summary>
                  <ChevronRight size={14} aria-hidden="true" className="fw-history-chevron" />
                  <span className="strong">{KIND_LABELS[a.kind]}</span>
                  <span className="muted"> by {author}</span>
                  {a.status === 'draft' ? <span className="badge">Draft</span> : <span className="badge badge-accent">Shared</span>}
                  <span className="muted small num fw-history-date">
                    {a.status === 'draft' ? 'last saved ' : 'shared '}
                    {formatDate(when)}
                  </span>
                </summary>
                <div className="fw-history-body">
                  <p className="muted small">
                    Against version {a.frameworkVersion} of the framework ({a.frameworkKey}). {a.ratings.length} of {dimensions.length} dimensions rated.
                  </p>
                  {a.ratings.length > 0 && (
                    <dl className="fw-ratings">
                      {a.ratings.map((r) => (
                        <div key={r.dimension}>
                          <dt>{dimensionName(r.dimension)}</dt>
                          <dd>
                            <span className="strong">{ratingText(levels, r)}</span>
                            {r.note && <p className="fw-note">{r.note}</p>}
                            {r.evidenceIds.length > 0 && (
                              <ul className="fw-evidence-links" aria-label="Evidence">
                                {r.evidenceIds.map((id, i) => (
                                  <li key={id}>
                                    <Link to={`/evidence/${encodeURIComponent(id)}`}>Evidence {i + 1}</Link>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {a.status === 'draft' && a.authorId === me.id && (
                    <Link className="btn btn-small" to={`/framework/assess/${a.subjectId === me.id ? 'me' : encodeURIComponent(subjectId)}?kind=${a.kind}`}>
                      Continue this draft
                    </Link>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
