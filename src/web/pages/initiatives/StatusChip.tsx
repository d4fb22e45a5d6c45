/** An initiative's status in words; closed ones are quieter. */
import type { InitiativeStatus } from '../../api/types.js';
import { statusLabel } from './labels.js';

export function StatusChip({ status }: { status: InitiativeStatus }) {
  const tone = status === 'active' ? 'badge-accent' : status === 'done' ? 'badge-success' : status === 'dropped' ? 'badge-muted' : '';
  return (
    <span className={`badge ${tone}`}>
      <span className="visually-hidden">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
