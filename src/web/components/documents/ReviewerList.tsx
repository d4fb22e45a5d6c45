/** The reviewers of a document: who, in which role, their standing verdict; the owner makes them required or removes them. */
import { UserMinus, UserRoundSearch } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { DocumentReviewer } from '../../api/types.js';
import { Avatar } from '../bits.js';
import { ConfirmDialog } from '../Dialog.js';
import { FormError } from '../Form.js';
import { roleLabel } from './labels.js';
import type { DocumentReviewState } from './useDocumentReview.js';
import { VerdictMark } from './VerdictMark.js';

function ReviewerRow({ reviewer, state, onRemove }: { reviewer: DocumentReviewer; state: DocumentReviewState; onRemove(): void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = state.nameOf(reviewer.personId);

  async function toggleRequired(required: boolean) {
    setPending(true);
    setError(null);
    try {
      await state.addReviewer(reviewer.personId, required);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="dr-reviewer">
      <div className="dr-reviewer-who">
        <Avatar name={state.people.get(reviewer.personId)?.name ?? name} size={24} />
        <span className="dr-reviewer-name">{name}</span>
        <span className={`badge ${reviewer.required ? 'badge-accent' : ''}`}>{roleLabel(reviewer.required)}</span>
      </div>
      <VerdictMark verdict={reviewer.verdict} />
      {state.isOwner && (
        <div className="dr-reviewer-actions">
          <label className="checkbox small">
            <input type="checkbox" checked={reviewer.required} disabled={pending} onChange={(e) => void toggleRequired(e.target.checked)} />
            <span>
              Required<span className="visually-hidden"> approver: {name}</span>
            </span>
          </label>
          <button type="button" className="btn btn-small btn-ghost" onClick={onRemove} aria-label={`Remove ${name} as reviewer`}>
            <UserMinus size={14} aria-hidden="true" /> Remove
          </button>
        </div>
      )}
      {error ? <div className="dr-row-error"><FormError message={errorMessage(error)} /></div> : null}
    </li>
  );
}

export function ReviewerList({ state, reviewers }: { state: DocumentReviewState; reviewers: DocumentReviewer[] }) {
  const [removing, setRemoving] = useState<DocumentReviewer | null>(null);
  const removingName = removing ? state.nameOf(removing.personId) : '';
  if (reviewers.length === 0) {
    return (
      <div className="dr-empty small">
        <UserRoundSearch size={16} aria-hidden="true" />
        <p>
          {state.isOwner
            ? 'No reviewers yet. Ask the people whose yes you need — for example the owner of the service you change, as a required approver — and one or two colleagues for a second view.'
            : 'No reviewers yet.'}
        </p>
      </div>
    );
  }
  return (
    <>
      <ul className="plain-list dr-reviewers" aria-label="Reviewers">
        {reviewers.map((r) => (
          <ReviewerRow key={r.personId} reviewer={r} state={state} onRemove={() => setRemoving(r)} />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Remove ${removingName} as reviewer?`}
        description="They will no longer see this document, its revisions, reviews or comments, unless its audience includes them."
        confirmLabel="Remove reviewer"
        onConfirm={async () => {
          if (removing) await state.removeReviewer(removing.personId);
        }}
      />
    </>
  );
}
