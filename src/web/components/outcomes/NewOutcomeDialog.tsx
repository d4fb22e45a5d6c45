/** "New outcome": what is measured, its unit and direction, baseline and target, impact, initiative, audience. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { Outcome } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useInvalidate } from '../../data/invalidate.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { DialogClose, Modal } from '../Dialog.js';
import { FormError, problemsOf } from '../Form.js';
import { useToast } from '../Toast.js';
import { OutcomeFields } from './OutcomeFields.js';
import { emptyDraft, OUTCOME_FIELDS, readDraft, type OutcomeDraft } from './outcomeDraft.js';

export function NewOutcomeDialog({
  open,
  onOpenChange,
  initiativeId,
  onCreated,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Fixed by the page (an initiative's outcomes); otherwise the form offers my initiatives. */
  initiativeId?: string | undefined;
  onCreated?(outcome: Outcome): void;
}) {
  const me = useMe();
  const toast = useToast();
  const invalidate = useInvalidate();
  const [draft, setDraft] = useState<OutcomeDraft>(() => emptyDraft(initiativeId, me.defaultAudience));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  // A fresh form each time it opens (the audience starts as my default one).
  const audienceKey = me.defaultAudience.join(',');
  useEffect(() => {
    if (!open) return;
    setDraft(emptyDraft(initiativeId, audienceKey ? (audienceKey.split(',') as OutcomeDraft['audience']) : []));
    setError(null);
  }, [open, initiativeId, audienceKey]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const read = readDraft(draft);
    if (!read.ok) return setError(read.error);
    setPending(true);
    setError(null);
    try {
      const created = await api.post<Outcome>('/outcomes', read.body);
      void invalidate.outcomes();
      toast({ message: `Outcome added: ${created.name}.` });
      onOpenChange(false);
      onCreated?.(created);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, OUTCOME_FIELDS);
  return (
    <Modal
      open={open}
      onOpenChange={(o) => !pending && onOpenChange(o)}
      title="New outcome"
      description="A number that shows the work mattered, measured before and after."
      className="modal-wide"
    >
      <form ref={formRef} onSubmit={submit} noValidate className="form" aria-label="New outcome">
        <FormError message={problems.form} />
        <OutcomeFields draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} problems={problems} initiativeFixed={Boolean(initiativeId)} />
        <div className="modal-actions">
          <DialogClose className="btn" type="button" disabled={pending}>
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Adding…' : 'Add outcome'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
