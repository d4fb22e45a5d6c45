/** A standing verdict in words, with an icon (the words carry the meaning; colour only helps). */
import { CircleCheck, CircleDashed, CircleAlert } from 'lucide-react';
import { standingLabel, type Standing } from './labels.js';

export function VerdictMark({ verdict }: { verdict: Standing }) {
  const Icon = verdict === 'approve' ? CircleCheck : verdict === 'request-changes' ? CircleAlert : CircleDashed;
  const tone = verdict === 'approve' ? 'dr-verdict-approved' : verdict === 'request-changes' ? 'dr-verdict-changes' : 'dr-verdict-none';
  return (
    <span className={`dr-verdict ${tone}`}>
      <Icon size={14} aria-hidden="true" />
      {standingLabel(verdict)}
    </span>
  );
}
