/** The words of documents: kinds with what each is for, statuses, and the moves each status allows. */
import type { DocumentKind, DocumentStatus } from '../../api/types.js';

export interface KindInfo {
  value: DocumentKind;
  label: string;
  /** One line: what this kind of document is for. */
  description: string;
  /** A title someone might give one. */
  example: string;
}

export const KINDS: KindInfo[] = [
  { value: 'design-doc', label: 'Design doc', description: 'How you will build something: goals, the design, alternatives, risks and the rollout.', example: 'Move session storage from Redis to PostgreSQL' },
  { value: 'rfc', label: 'RFC', description: 'A proposal for others to weigh in on before a change that reaches beyond your team.', example: 'Adopt OpenTelemetry for tracing across services' },
  { value: 'adr', label: 'ADR', description: 'One architecture decision, its context and its consequences, recorded for later readers.', example: 'Use event sourcing for the billing ledger' },
  { value: 'migration-plan', label: 'Migration plan', description: 'From the current state to the target in phases, with rollback and verification.', example: 'Retire the monolith’s payments module' },
  { value: 'trade-off', label: 'Trade-off summary', description: 'Options weighed against criteria in a decision matrix, and the choice with its reason.', example: 'Managed Kafka or self-hosted?' },
  { value: 'incident-review', label: 'Incident review', description: 'What happened, its impact, contributing factors and the follow-ups, without blame.', example: 'Checkout outage on 3 March' },
  { value: 'roadmap-input', label: 'Roadmap input', description: 'A problem worth funding, a proposal, its cost and what it unlocks.', example: 'A shared feature-flag service for every team' },
];

export function kindLabel(kind: DocumentKind): string {
  return KINDS.find((k) => k.value === kind)?.label ?? kind;
}

export const STATUSES: { value: DocumentStatus; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'superseded', label: 'Superseded' },
  { value: 'abandoned', label: 'Abandoned' },
];

export function statusLabel(status: DocumentStatus): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

/** Title and body may change only while the document is open. */
export const isEditable = (status: DocumentStatus): boolean => status === 'draft' || status === 'in-review';

/** Why a final document is read-only, in one sentence. */
export function readOnlyReason(status: DocumentStatus): string {
  switch (status) {
    case 'approved':
      return 'This document is approved, so its text is final. To change the decision, write a new document and mark this one superseded.';
    case 'rejected':
      return 'This document was rejected, so its text is kept as it was decided.';
    case 'superseded':
      return 'A newer document superseded this one; its text is kept as it was.';
    case 'abandoned':
      return 'This document was abandoned; its text is kept as it was left.';
    default:
      return '';
  }
}

export interface Move {
  to: DocumentStatus;
  label: string;
  /** Asked once before the move, when the move is hard to undo. */
  confirm?: string;
  tone?: 'primary' | 'danger';
}

/** The moves the lifecycle allows from each status, as the owner's buttons. */
export const MOVES: Record<DocumentStatus, Move[]> = {
  draft: [
    { to: 'in-review', label: 'Send for review', tone: 'primary' },
    { to: 'abandoned', label: 'Abandon', confirm: 'An abandoned document stays readable but can no longer be edited or reviewed.', tone: 'danger' },
  ],
  'in-review': [
    { to: 'approved', label: 'Approve', tone: 'primary', confirm: 'Approving makes the text final. Reviewers can no longer change their verdicts.' },
    { to: 'rejected', label: 'Reject', confirm: 'A rejected document is kept as it is and can no longer be edited.', tone: 'danger' },
    { to: 'draft', label: 'Back to draft' },
    { to: 'abandoned', label: 'Abandon', confirm: 'An abandoned document stays readable but can no longer be edited or reviewed.', tone: 'danger' },
  ],
  approved: [
    { to: 'superseded', label: 'Mark superseded…' },
    { to: 'abandoned', label: 'Abandon', confirm: 'An abandoned document stays readable but its decision no longer stands.', tone: 'danger' },
  ],
  rejected: [],
  superseded: [],
  abandoned: [],
};
