import { CircleAlert, CircleCheck, CircleDashed, type LucideIcon } from 'lucide-react';
import type { ReadinessStatus } from '../api/types.js';
import { STATUS_LABELS } from '../lib/assessments.js';

const STATUS_ICONS: Record<ReadinessStatus, LucideIcon> = {
  strong: CircleCheck,
  developing: CircleDashed,
  gap: CircleAlert,
};

/** A readiness status: colour, an icon and a word (colour is never the only signal). */
export function StatusBadge({ status, size = 14 }: { status: ReadinessStatus; size?: number }) {
  const Icon = STATUS_ICONS[status];
  return (
    <span className={`status status-${status}`}>
      <Icon size={size} aria-hidden="true" />
      <span>{STATUS_LABELS[status]}</span>
    </span>
  );
}

export function StatusIcon({ status, size = 16 }: { status: ReadinessStatus; size?: number }) {
  const Icon = STATUS_ICONS[status];
  return <Icon size={size} aria-hidden="true" className={`status-icon status-icon-${status}`} />;
}
