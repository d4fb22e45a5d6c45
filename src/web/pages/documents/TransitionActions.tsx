/**
 * The owner's moves for the document's status, as buttons. Hard-to-undo moves ask once; a
 * refusal (409 `approval_pending`: "still to answer: …") is shown in the server's words.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Document, DocumentStatus } from '../../api/types.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { FormError } from '../../components/Form.js';
import { MOVES, type Move } from './labels.js';
import { SupersedeDialog } from './SupersedeDialog.js';

export function TransitionActions({ doc, moving, onMove }: { doc: Document; moving: DocumentStatus | null; onMove(to: DocumentStatus, supersededBy?: string): Promise<void> }) {
  const [asking, setAsking] = useState<Move | null>(null);
  const [superseding, setSuperseding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moves = MOVES[doc.status];
  if (!moves.length) return null;

  async function run(move: Move) {
    setError(null);
    if (move.to === 'superseded') return setSuperseding(true);
    if (move.confirm) return setAsking(move);
    try {
      await onMove(move.to);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="dc-moves">
      <div className="dc-move-buttons" role="group" aria-label="Move the document">
        {moves.map((m) => (
          <button key={m.to} type="button" className={`btn ${m.tone === 'primary' ? 'btn-primary' : ''}`} onClick={() => void run(m)} disabled={moving !== null} aria-busy={moving === m.to}>
            {moving === m.to ? 'Working…' : m.label}
          </button>
        ))}
      </div>
      <FormError message={error} />
      {asking && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setAsking(null)}
          title={`${asking.label} ${doc.key}?`}
          description={asking.confirm}
          confirmLabel={asking.label}
          tone={asking.tone === 'danger' ? 'danger' : 'primary'}
          onConfirm={() => onMove(asking.to)}
        />
      )}
      <SupersedeDialog doc={doc} open={superseding} onOpenChange={setSuperseding} onSupersede={(newer) => onMove('superseded', newer)} />
    </div>
  );
}
