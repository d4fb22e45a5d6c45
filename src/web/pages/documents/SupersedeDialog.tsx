/** "Mark superseded…": pick the newer document (one of yours) that replaces this one. */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Document, Page } from '../../api/types.js';
import { Select } from '../../components/controls/index.js';
import { DialogClose, Modal } from '../../components/Dialog.js';
import { Field, FormError } from '../../components/Form.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';

export function SupersedeDialog({ doc, open, onOpenChange, onSupersede }: { doc: Document; open: boolean; onOpenChange(o: boolean): void; onSupersede(newerId: string): Promise<void> }) {
  const [choice, setChoice] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = useApiQuery(keys.documents.list({ owner: 'me', for: 'supersede' }), (signal) =>
    api.get<Page<Document>>('/documents', { query: { owner: ['me'], limit: 100 }, signal }),
    { enabled: open },
  );
  const options = (mine.data?.items ?? []).filter((d) => d.id !== doc.id && d.createdAt >= doc.createdAt && d.status !== 'superseded');
  useEffect(() => {
    if (open) {
      setChoice('');
      setError(null);
    }
  }, [open]);

  async function confirm() {
    if (!choice) {
      setError('Pick the document that replaces this one.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSupersede(choice);
      onOpenChange(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal open={open} onOpenChange={(o) => !pending && onOpenChange(o)} title={`Supersede ${doc.key}`} description="Readers of this document will be pointed to the newer one, and the newer one links back here.">
      <FormError message={error} />
      {mine.loading ? (
        <p className="muted">Loading your documents…</p>
      ) : options.length === 0 ? (
        <p className="muted">You have no newer document to point to. Write the document with the new decision first, then come back here.</p>
      ) : (
        <Field label="Superseded by">
          <Select value={choice} options={[{ value: '', label: 'Choose a document…' }, ...options.map((d) => ({ value: d.id, label: `${d.key} — ${d.title}` }))]} onChange={setChoice} />
        </Field>
      )}
      <div className="modal-actions">
        <DialogClose className="btn" disabled={pending}>
          Cancel
        </DialogClose>
        <button type="button" className="btn btn-primary" onClick={confirm} disabled={pending || options.length === 0} aria-busy={pending}>
          {pending ? 'Working…' : 'Mark superseded'}
        </button>
      </div>
    </Modal>
  );
}
