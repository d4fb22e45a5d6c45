/** One proposal: what it suggests, where it came from, and the two decisions. */
import { Link } from 'react-router';
import type { EvidenceProposal } from '../../../api/types.js';
import { DimensionChips } from '../../../components/EvidenceBits.js';
import { formatDay, sourceOrigin } from '../../../lib/evidence.js';

function Origin({ proposal }: { proposal: EvidenceProposal }) {
  const from = `From ${sourceOrigin(proposal.source)}`;
  if (proposal.documentId) return <Link to={`/documents/${encodeURIComponent(proposal.documentId)}`}>{from}</Link>;
  return <>{from}</>;
}

export function ProposalItem({
  proposal,
  today,
  pending,
  onAccept,
  onDismiss,
}: {
  proposal: EvidenceProposal;
  today: string;
  pending: boolean;
  onAccept(): void;
  onDismiss(): void;
}) {
  const headingId = `proposal-${proposal.id}`;
  return (
    <li className="proposal" aria-labelledby={headingId}>
      <div className="proposal-main">
        <h3 id={headingId} className="proposal-title">
          {proposal.title}
        </h3>
        <p className="proposal-facts muted small">
          <Origin proposal={proposal} /> · <time dateTime={proposal.occurredOn}>{formatDay(proposal.occurredOn, today)}</time>
        </p>
        <DimensionChips ids={proposal.dimensions} />
      </div>
      <div className="proposal-actions">
        <button type="button" className="btn" onClick={onDismiss} disabled={pending} aria-describedby={headingId}>
          Dismiss
        </button>
        <button type="button" className="btn btn-primary" onClick={onAccept} disabled={pending} aria-describedby={headingId}>
          Accept…
        </button>
      </div>
    </li>
  );
}
