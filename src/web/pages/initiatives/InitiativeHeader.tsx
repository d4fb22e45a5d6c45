/** The page's head: title, status (a Select that saves for the owner), dates, who can see it, edit and delete. */
import { ArrowLeft, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.js';
import type { Initiative, InitiativeStatus } from '../../api/types.js';
import { PageHeader } from '../../components/bits.js';
import { Select } from '../../components/controls/index.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { AudienceBadge } from '../../components/EvidenceBits.js';
import { useToast } from '../../components/Toast.js';
import { usePeopleById } from '../../data/people.js';
import { formatLongDay } from '../../lib/evidence.js';
import { STATUSES } from './labels.js';
import { StatusChip } from './StatusChip.js';
import type { InitiativeState } from './useInitiative.js';

function Dates({ initiative: i }: { initiative: Initiative }) {
  if (!i.startOn && !i.targetOn) return <span>No dates yet</span>;
  return (
    <span>
      {i.startOn ? <>Starts <time dateTime={i.startOn}>{formatLongDay(i.startOn)}</time></> : 'No start date'}
      {' · '}
      {i.targetOn ? <>target <time dateTime={i.targetOn}>{formatLongDay(i.targetOn)}</time></> : 'no target date'}
    </span>
  );
}

export function InitiativeHeader({ initiative, state, editing, onEdit }: { initiative: Initiative; state: InitiativeState; editing: boolean; onEdit(): void }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [statusBusy, setStatusBusy] = useState(false);
  const owner = usePeopleById([state.isOwner ? null : initiative.ownerId]).get(initiative.ownerId);

  async function changeStatus(status: InitiativeStatus) {
    setStatusBusy(true);
    try {
      const outcome = await state.save({ status });
      if (outcome === 'saved') toast({ message: `Status: ${STATUSES.find((s) => s.value === status)?.label ?? status}.` });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setStatusBusy(false);
    }
  }

  return (
    <>
      <Link to="/initiatives" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Initiatives
      </Link>
      <PageHeader
        title={initiative.title}
        documentTitle={initiative.title}
        description={
          <span className="in-head-sub">
            {!state.isOwner && <span>By {owner?.name ?? '…'}</span>}
            <Dates initiative={initiative} />
            <AudienceBadge audience={initiative.audience} />
          </span>
        }
        actions={
          <>
            {state.isOwner ? (
              <Select className="in-status" aria-label="Status" value={initiative.status} options={STATUSES} onChange={(s) => void changeStatus(s)} disabled={statusBusy} aria-busy={statusBusy} />
            ) : (
              <StatusChip status={initiative.status} />
            )}
            {state.isOwner && !editing && (
              <button type="button" className="btn" onClick={onEdit}>
                <Pencil size={16} aria-hidden="true" /> Edit details
              </button>
            )}
            {state.isOwner && (
              <button type="button" className="btn btn-danger-quiet" onClick={() => setConfirming(true)}>
                <Trash2 size={16} aria-hidden="true" /> Delete
              </button>
            )}
          </>
        }
      />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this initiative?"
        description="Its stakeholders are deleted with it. Its outcomes and evidence entries are kept, no longer linked to it. This cannot be undone."
        confirmLabel="Delete initiative"
        onConfirm={state.remove}
      />
    </>
  );
}
