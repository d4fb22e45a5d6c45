/** Words for the review side of documents: verdicts, standing verdicts and who still has to answer. */
import type { Document, DocumentReview, DocumentReviewer } from '../../api/types.js';

export type Verdict = DocumentReview['verdict'];
export type Standing = DocumentReviewer['verdict'];
export type Why = Document['stillToAnswer'][number]['why'];

export const VERDICTS: { value: Verdict; label: string; hint: string }[] = [
  { value: 'approve', label: 'Approve', hint: 'You are happy for this to go ahead as written.' },
  { value: 'request-changes', label: 'Request changes', hint: 'Something must change before it is approved. Say what.' },
  { value: 'comment', label: 'Comment', hint: 'A thought or a question, with no verdict.' },
];

export const verdictLabel = (v: Verdict): string =>
  v === 'approve' ? 'Approved' : v === 'request-changes' ? 'Requested changes' : 'Commented';

export const standingLabel = (v: Standing): string =>
  v === 'approve' ? 'Approved' : v === 'request-changes' ? 'Changes requested' : 'No verdict yet';

export const roleLabel = (required: boolean): string => (required ? 'Required approver' : 'Reviewer');

/** "Ana has not approved yet", "Sam asked for changes"; for the reader, "You have not approved yet". */
export function stillToAnswerText(name: string, why: Why, isMe = false): string {
  if (isMe) return why === 'requested-changes' ? 'You asked for changes' : 'You have not approved yet';
  return why === 'requested-changes' ? `${name} asked for changes` : `${name} has not approved yet`;
}
