import { Inbox } from 'lucide-react';
import { Link } from 'react-router';
import { useProposals, PROPOSALS_PAGE } from '../evidence/proposals/useProposals.js';

/**
 * The Home nudge when evidence has been proposed to you (a document approved, a review given):
 * how many, the first three, and the way to the panel that reviews them. Nothing when none.
 */
export function ProposalsCard() {
  const { items, more } = useProposals();
  if (items.length === 0) return null;
  const n = more ? `${PROPOSALS_PAGE} or more` : String(items.length);
  return (
    <section className="card home-nudge" aria-labelledby="proposals-card-heading">
      <Inbox size={20} aria-hidden="true" className="home-nudge-icon" />
      <div className="grow">
        <h2 id="proposals-card-heading" className="home-nudge-title">
          {n} {items.length === 1 && !more ? 'entry' : 'entries'} proposed for you
        </h2>
        <p className="muted">Work others saw you do. Nothing enters your log until you accept it.</p>
        <ul className="home-nudge-list">
          {items.slice(0, 3).map((p) => (
            <li key={p.id}>{p.title}</li>
          ))}
        </ul>
        <Link to="/evidence?proposals=1">Review them</Link>
      </div>
    </section>
  );
}
