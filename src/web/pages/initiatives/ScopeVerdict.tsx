/** Whether the scope reads as the owner's target level: an icon and words, the first reason on hover. */
import { CircleCheck, CircleDashed } from 'lucide-react';
import type { ScopeSummary } from '../../api/types.js';
import { useFramework } from '../../data/framework.js';
import { verdictText } from './labels.js';

export function ScopeVerdict({ summary }: { summary: ScopeSummary }) {
  const { levelName } = useFramework();
  const Icon = summary.meetsLevel ? CircleCheck : CircleDashed;
  return (
    <span className={`in-verdict ${summary.meetsLevel ? 'in-verdict-meets' : ''}`} title={summary.reasons[0]?.text}>
      <Icon size={14} aria-hidden="true" />
      {verdictText(summary, levelName(summary.level))}
    </span>
  );
}
