/** Influence (rows, high at the top) by interest (columns): where each stakeholder sits, and who is not placed. */
import type { RiskGrade, Stakeholder } from '../../api/types.js';
import { GRADES } from './labels.js';

const ADVICE: Record<string, string> = {
  'high-high': 'Manage closely',
  'high-low': 'Keep satisfied',
  'low-high': 'Keep informed',
  'low-low': 'Monitor',
};

export function InfluenceGrid({ items, nameOf, Heading }: { items: Stakeholder[]; nameOf(s: Stakeholder): string; Heading: 'h3' | 'h4' }) {
  const rows = [...GRADES].reverse();
  const at = (influence: RiskGrade, interest: RiskGrade) => items.filter((s) => s.influence === influence && s.interest === interest);
  const unplaced = items.filter((s) => !s.influence || !s.interest);
  return (
    <div className="sh-block">
      <Heading className="sh-block-title">Influence and interest</Heading>
      <p className="small muted">Place each stakeholder with the two selects in their row. High influence and high interest: involve them closely.</p>
      <div className="sh-table-wrap">
        <table className="sh-grid">
          <caption className="visually-hidden">Stakeholders by influence (rows) and interest (columns)</caption>
          <thead>
            <tr>
              <td />
              {GRADES.map((g) => (
                <th key={g.value} scope="col">
                  Interest {g.label.toLowerCase()}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.value}>
                <th scope="row">Influence {r.label.toLowerCase()}</th>
                {GRADES.map((c) => {
                  const here = at(r.value, c.value);
                  const advice = ADVICE[`${r.value}-${c.value}`];
                  return (
                    <td key={c.value} className={advice ? 'sh-grid-corner' : undefined}>
                      {advice && <span className="sh-grid-advice">{advice}</span>}
                      {here.length > 0 && (
                        <ul className="plain-list">
                          {here.map((s) => (
                            <li key={s.id}>{nameOf(s)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unplaced.length > 0 && (
        <p className="small">
          <span className="muted">Not placed: </span>
          {unplaced.map(nameOf).join(', ')}
        </p>
      )}
    </div>
  );
}
