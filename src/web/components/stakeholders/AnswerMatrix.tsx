/**
 * "Who still has to answer": approvers who have not approved, and anyone concerned or blocking,
 * each with the next step in words.
 */
import type { Stakeholder } from '../../api/types.js';
import { roleLabel, stanceLabel } from './labels.js';

export function needsAnswer(s: Stakeholder): boolean {
  return (s.role === 'approver' && s.stance !== 'approved') || s.stance === 'blocking' || s.stance === 'concerned';
}

function nextStep(s: Stakeholder): string {
  if (s.stance === 'blocking') return 'Blocking: find out what would change their mind.';
  if (s.stance === 'concerned') return 'Concerned: answer the concern before it hardens.';
  if (s.stance === 'unaware') return 'Approval needed, and they have not been briefed yet.';
  return 'Approval still outstanding.';
}

export function AnswerMatrix({ items, nameOf, Heading }: { items: Stakeholder[]; nameOf(s: Stakeholder): string; Heading: 'h3' | 'h4' }) {
  const waiting = items.filter(needsAnswer);
  const approvers = items.filter((s) => s.role === 'approver').length;
  return (
    <div className="sh-block">
      <Heading className="sh-block-title">Who still has to answer</Heading>
      {waiting.length === 0 ? (
        <p className="small muted">
          {approvers === 0
            ? 'Nobody is listed as an approver yet. Who has to say yes before this can go ahead? Add them with the role “Approver”.'
            : 'Nobody is waiting on an answer: every approver has approved, and nobody is concerned or blocking.'}
        </p>
      ) : (
        <div className="sh-table-wrap">
          <table className="sh-table">
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Role</th>
                <th scope="col">Stance</th>
                <th scope="col">Next step</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{nameOf(s)}</th>
                  <td>{roleLabel(s.role)}</td>
                  <td>
                    <span className={`sh-stance sh-stance-${s.stance}`}>{stanceLabel(s.stance)}</span>
                  </td>
                  <td className="small">{nextStep(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
