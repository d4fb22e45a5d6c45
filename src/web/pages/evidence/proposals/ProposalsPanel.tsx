/**
 * "Proposed for you": evidence that someone else's action suggests (a document approved, a
 * review given), shown only to its owner and only while there are some. Each is accepted —
 * through the entry form, prefilled — or dismissed, with an Undo.
 *
 * `?proposals=1` (the notifications' link) brings the panel into view.
 */
import { Inbox } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { EvidenceProposal } from '../../../api/types.js';
import { useMe } from '../../../app/session.js';
import { todayIn } from '../../../lib/evidence.js';
import { AcceptProposalDialog } from './AcceptProposalDialog.js';
import { ProposalItem } from './ProposalItem.js';
import { PROPOSALS_PAGE, useProposalActions, useProposals } from './useProposals.js';
import './proposals.css';

export const PROPOSALS_PANEL_ID = 'proposed-for-you';

export function ProposalsPanel() {
  const me = useMe();
  const { items, more } = useProposals();
  const { dismiss } = useProposalActions();
  const [accepting, setAccepting] = useState<EvidenceProposal | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [params] = useSearchParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = params.get('proposals') === '1';
  const shown = items.length > 0;

  useEffect(() => {
    if (wanted && shown) headingRef.current?.scrollIntoView({ block: 'start' });
  }, [wanted, shown]);

  if (!shown) return null;

  async function onDismiss(p: EvidenceProposal) {
    setBusy(p.id);
    try {
      await dismiss(p);
    } finally {
      setBusy(null);
    }
  }

  const count = more ? `${PROPOSALS_PAGE}+` : String(items.length);
  return (
    <section className="card proposals" id={PROPOSALS_PANEL_ID} aria-labelledby="proposals-heading">
      <div className="proposals-head">
        <Inbox size={18} aria-hidden="true" />
        <h2 id="proposals-heading" ref={headingRef} tabIndex={-1} className="proposals-heading">
          Proposed for you <span className="muted">({count})</span>
        </h2>
      </div>
      <p className="muted small">
        Work others saw you do. Nothing enters your log until you accept it, and only you see these.
      </p>
      <ul className="proposals-list">
        {items.map((p) => (
          <ProposalItem key={p.id} proposal={p} today={todayIn(me.timeZone)} pending={busy === p.id} onAccept={() => setAccepting(p)} onDismiss={() => void onDismiss(p)} />
        ))}
      </ul>
      <AcceptProposalDialog proposal={accepting} onClose={() => setAccepting(null)} />
    </section>
  );
}
