/**
 * Review and sign-off, pure (issue 10 item 4). A reviewer's standing verdict is their latest
 * `approve` or `request-changes`; a `comment` never changes it. A document may be approved when
 * every required approver's standing verdict is `approve` and nobody's is `request-changes`
 * (otherwise 409 `approval_pending`, saying who is still to answer).
 */
export const VERDICTS = ['approve', 'request-changes', 'comment'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ReviewerFact {
  personId: string;
  required: boolean;
}

export interface ReviewFact {
  reviewerId: string;
  verdict: Verdict;
  /** ISO time; reviews are compared by it (ties: the order given). */
  at: string;
}

/** Each reviewer's standing verdict: their latest approve or request-changes, if any. */
export function standingVerdicts(reviews: readonly ReviewFact[]): Map<string, 'approve' | 'request-changes'> {
  const out = new Map<string, { verdict: 'approve' | 'request-changes'; at: string }>();
  for (const r of reviews) {
    if (r.verdict === 'comment') continue;
    const seen = out.get(r.reviewerId);
    if (!seen || r.at >= seen.at) out.set(r.reviewerId, { verdict: r.verdict, at: r.at });
  }
  return new Map([...out].map(([id, v]) => [id, v.verdict]));
}

export interface StillToAnswer {
  personId: string;
  why: 'not-approved' | 'requested-changes';
}

/** Who still has to answer: required approvers without a standing approval, and anyone asking for changes. */
export function stillToAnswer(reviewers: readonly ReviewerFact[], reviews: readonly ReviewFact[]): StillToAnswer[] {
  const standing = standingVerdicts(reviews);
  const out: StillToAnswer[] = [];
  for (const r of reviewers) {
    const v = standing.get(r.personId);
    if (v === 'request-changes') out.push({ personId: r.personId, why: 'requested-changes' });
    else if (r.required && v !== 'approve') out.push({ personId: r.personId, why: 'not-approved' });
  }
  return out;
}

/** Whether the review rule lets the document be approved; the list says who holds it up. */
export function approvalState(reviewers: readonly ReviewerFact[], reviews: readonly ReviewFact[]): { mayApprove: boolean; pending: StillToAnswer[] } {
  const pending = stillToAnswer(reviewers, reviews);
  return { mayApprove: pending.length === 0, pending };
}
