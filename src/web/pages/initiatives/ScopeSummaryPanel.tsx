/** Beside the canvas: what the server counted, the verdict in words and the reasons behind it. */
import type { ScopeSummary } from '../../api/types.js';
import { useFramework } from '../../data/framework.js';
import { ScopeVerdict } from './ScopeVerdict.js';

export function ScopeSummaryPanel({ summary }: { summary: ScopeSummary }) {
  const { levelName } = useFramework();
  const counts: [string, number][] = [
    ['Organisation teams affected', summary.teams],
    ['Of them, beyond your own', summary.outsideTeams],
    ['One-way decisions', summary.oneWayDecisions],
    ['Open high risks', summary.openHighRisks],
  ];
  return (
    <aside className="in-summary" aria-labelledby="in-summary-title">
      <h3 id="in-summary-title" className="in-question-title">
        Scope summary
      </h3>
      <p className="in-summary-verdict" role="status">
        <ScopeVerdict summary={summary} />
      </p>
      <dl className="in-counts">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="num">{n}</dd>
          </div>
        ))}
      </dl>
      {summary.reasons.length > 0 && (
        <ul className="in-reasons small" aria-label={`Why it reads this way against ${levelName(summary.level)}`}>
          {summary.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
