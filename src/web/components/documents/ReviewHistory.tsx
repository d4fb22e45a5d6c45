/** Every review given on the document, oldest first: who, the verdict, what they wrote, on which revision, when. */
import { MessageSquareText } from 'lucide-react';
import { errorMessage } from '../../api/client.js';
import { Avatar, Time } from '../bits.js';
import { FormError } from '../Form.js';
import { MarkdownView } from '../MarkdownView.js';
import { verdictLabel } from './labels.js';
import type { DocumentReviewState } from './useDocumentReview.js';

export function ReviewHistory({ state, Heading }: { state: DocumentReviewState; Heading: 'h3' | 'h4' }) {
  const { reviews } = state;
  const items = reviews.data ?? [];
  return (
    <div className="dr-history">
      <Heading className="dr-sub">
        Reviews <span className="muted num">({items.length})</span>
      </Heading>
      {reviews.error ? <FormError message={errorMessage(reviews.error)} /> : null}
      {reviews.loading ? (
        <p className="small muted">Loading…</p>
      ) : items.length === 0 ? (
        <div className="dr-empty small">
          <MessageSquareText size={16} aria-hidden="true" />
          <p>No reviews yet. Each verdict appears here with what the reviewer wrote — for example “Approve: the rollback plan answers my concern.”</p>
        </div>
      ) : (
        <ol className="plain-list dr-reviews" aria-label="Reviews, oldest first">
          {items.map((r) => {
            const name = state.nameOf(r.reviewerId);
            return (
              <li key={r.id} className="dr-review">
                <div className="dr-review-head">
                  <Avatar name={state.people.get(r.reviewerId)?.name ?? name} size={20} />
                  <span className="dr-review-name">{name}</span>
                  <span className={`dr-review-verdict dr-review-${r.verdict}`}>{verdictLabel(r.verdict)}</span>
                  <span className="muted small num">on revision {r.revision}</span>
                  <span className="muted small">
                    <Time value={r.createdAt} />
                  </span>
                </div>
                {r.body.trim() ? <MarkdownView source={r.body} className="dr-review-body" /> : null}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
