/** "No contact for a while", in words and with an icon, never by colour alone. */
import { Clock } from 'lucide-react';
import type { Stakeholder } from '../../api/types.js';

export function StaleMark({ stakeholder, staleDays }: { stakeholder: Stakeholder; staleDays: number | null }) {
  if (!stakeholder.stale) return null;
  const text = stakeholder.lastContactOn ? `Stale: no contact in over ${staleDays ?? 'the set number of'} days` : 'Stale: never contacted';
  return (
    <span className="sh-stale small">
      <Clock size={13} aria-hidden="true" /> {text}
    </span>
  );
}
