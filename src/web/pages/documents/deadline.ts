/** A review deadline in words: "Review by 3 May", "Due today", "Overdue since 3 May". */
import { formatLongDay } from '../../lib/evidence.js';

export interface DeadlineText {
  text: string;
  overdue: boolean;
}

export function deadlineText(deadline: string | null, today: string, open: boolean): DeadlineText | null {
  if (!deadline) return null;
  const day = formatLongDay(deadline);
  if (!open) return { text: `Review deadline was ${day}`, overdue: false };
  if (deadline < today) return { text: `Overdue: review was due ${day}`, overdue: true };
  if (deadline === today) return { text: 'Review due today', overdue: false };
  return { text: `Review by ${day}`, overdue: false };
}
