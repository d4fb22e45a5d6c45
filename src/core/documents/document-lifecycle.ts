/**
 * The lifecycle of a document (issue 10; PRODUCT.md §9 "Documents"), pure so the service, the
 * importers and the web agree on it:
 *
 *   draft ──► in-review ──► approved ──► superseded (by a linked newer document)
 *     ▲           │   └───► rejected        └──► abandoned
 *     └───────────┘ (withdrawn for rework)
 *   draft and in-review may also be abandoned.
 *
 * Any other move is `illegal_transition` (409). Approving also needs the review rule
 * (review-rules.ts): every required approver approved, no request-changes outstanding.
 */
export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'rejected', 'superseded', 'abandoned'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  draft: ['in-review', 'abandoned'],
  'in-review': ['approved', 'rejected', 'draft', 'abandoned'],
  approved: ['superseded', 'abandoned'],
  rejected: [],
  superseded: [],
  abandoned: [],
};

/** Statuses in which a document's stakeholders are still chased and its reviews still open. */
export const OPEN_STATUSES: readonly DocumentStatus[] = ['draft', 'in-review'];

export type TransitionProblem =
  | { code: 'illegal_transition'; message: string }
  | { code: 'validation_failed'; pointer: '/supersededBy'; message: string };

/** Why `from → to` may not happen, or null when it may (the approval rule is checked apart). */
export function transitionProblem(from: DocumentStatus, to: DocumentStatus, opts: { supersededBy?: string | null; selfId?: string } = {}): TransitionProblem | null {
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from];
    return {
      code: 'illegal_transition',
      message: allowed.length
        ? `A document that is ${from} can move to ${allowed.join(' or ')}, not to ${to}.`
        : `A document that is ${from} is final; it cannot move to ${to}.`,
    };
  }
  if (to === 'superseded') {
    if (!opts.supersededBy) return { code: 'validation_failed', pointer: '/supersededBy', message: 'Name the newer document that supersedes this one.' };
    if (opts.supersededBy === opts.selfId) return { code: 'validation_failed', pointer: '/supersededBy', message: 'A document cannot supersede itself.' };
  } else if (opts.supersededBy) {
    return { code: 'validation_failed', pointer: '/supersededBy', message: 'Only a move to superseded names a newer document.' };
  }
  return null;
}
