/** A document's status in words (colour only repeats what the words say). */
import type { DocumentStatus } from '../../api/types.js';
import { statusLabel } from './labels.js';

const TONE: Record<DocumentStatus, string> = {
  draft: '',
  'in-review': 'badge-accent',
  approved: 'badge-success',
  rejected: 'badge-danger',
  superseded: 'badge-muted',
  abandoned: 'badge-muted',
};

export function StatusBadge({ status }: { status: DocumentStatus }) {
  return (
    <span className={`badge ${TONE[status]}`}>
      <span className="visually-hidden">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
