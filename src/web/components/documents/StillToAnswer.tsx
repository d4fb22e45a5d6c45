/** Who the approval still waits for, in words, and "Ready to approve" when the rule allows it. */
import { CircleCheck, Hourglass } from 'lucide-react';
import type { Document } from '../../api/types.js';
import { stillToAnswerText } from './labels.js';
import type { DocumentReviewState } from './useDocumentReview.js';

export function StillToAnswer({ document, state, Heading }: { document: Document; state: DocumentReviewState; Heading: 'h3' | 'h4' }) {
  const ready = document.status === 'in-review' && document.mayApprove;
  return (
    <div className="dr-still">
      <Heading className="dr-sub">Still to answer</Heading>
      {document.stillToAnswer.length > 0 ? (
        <ul className="plain-list dr-still-list">
          {document.stillToAnswer.map((s) => (
            <li key={`${s.personId}-${s.why}`} className={s.why === 'requested-changes' ? 'dr-still-changes' : ''}>
              <Hourglass size={14} aria-hidden="true" /> {stillToAnswerText(state.nameOf(s.personId), s.why, s.personId === state.me.id)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">No one. {document.reviewers.some((r) => r.required) ? 'Every required approver has approved.' : 'No required approvers are named.'}</p>
      )}
      {ready && (
        <p className="dr-ready" role="status">
          <CircleCheck size={16} aria-hidden="true" /> Ready to approve
        </p>
      )}
    </div>
  );
}
