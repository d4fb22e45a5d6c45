/**
 * The review side of a document: its reviewers and their standing verdicts, who the approval
 * still waits for, the review deadline, every review given, and — for a reviewer while the
 * document is in review — the verdict form.
 */
import { useId } from 'react';
import type { Document } from '../../api/types.js';
import { AddReviewer } from './AddReviewer.js';
import { ReviewDeadline } from './ReviewDeadline.js';
import { ReviewerList } from './ReviewerList.js';
import { ReviewHistory } from './ReviewHistory.js';
import { StillToAnswer } from './StillToAnswer.js';
import { useDocumentReview } from './useDocumentReview.js';
import { VerdictForm } from './VerdictForm.js';
import './documents-review.css';

export interface ReviewPanelProps {
  document: Document;
  /** Level of the panel's heading (its parts take the next one). */
  headingLevel?: 2 | 3;
}

export function ReviewPanel({ document, headingLevel = 2 }: ReviewPanelProps) {
  const state = useDocumentReview(document);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const final = !['draft', 'in-review'].includes(document.status);
  return (
    <section className="card dr-panel" aria-labelledby={titleId}>
      <div className="dr-panel-head">
        <Heading id={titleId} className="dr-panel-title">
          Review <span className="muted num">({document.reviewers.length})</span>
        </Heading>
      </div>
      <ReviewDeadline document={document} state={state} />
      <ReviewerList state={state} reviewers={document.reviewers} />
      {state.isOwner && !final && <AddReviewer document={document} state={state} />}
      <StillToAnswer document={document} state={state} Heading={Sub} />
      <VerdictForm document={document} state={state} Heading={Sub} />
      <ReviewHistory state={state} Heading={Sub} />
    </section>
  );
}
