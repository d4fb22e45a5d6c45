/** "Ask for a peer assessment": choose a colleague, add a message, send the request. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { Modal, DialogClose } from '../../components/Dialog.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { PersonPicker } from '../../components/PersonPicker.js';
import { useToast } from '../../components/Toast.js';
import { ASSESSMENT_LIMITS } from '../../../shared/assessment-limits.js';

export function PeerRequestDialog({ open, onOpenChange, me }: { open: boolean; onOpenChange(open: boolean): void; me: Person }) {
  const toast = useToast();
  const [personId, setPersonId] = useState<string | null>(null);
  const [personName, setPersonName] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const problems = problemsOf(error, ['personId', 'message']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) {
      setError({ local: true });
      return;
    }
    setPending(true);
    setError(null);
    try {
      await api.post('/assessments/requests', { personId, ...(message.trim() ? { message: message.trim() } : {}) });
      toast({ message: `Asked ${personName} for a peer assessment.` });
      setPersonId(null);
      setMessage('');
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const localError = error && typeof error === 'object' && 'local' in error ? 'Choose a colleague to ask.' : undefined;
  return (
    <Modal
      open={open}
      onOpenChange={(o) => {
        if (pending) return;
        if (!o) setError(null);
        onOpenChange(o);
      }}
      title="Ask for a peer assessment"
      description="A colleague rates you on the same rubric. They get a notification with a link to the form; what they share is visible to you and your managers."
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormError message={localError ? null : problems.form} />
        <Field label="Colleague" error={localError ?? problems.field('personId')}>
          <PersonPicker
            value={personId}
            onChange={(id, person) => {
              setPersonId(id);
              setPersonName(person?.name ?? '');
              setError(null);
            }}
            exclude={[me.id]}
            placeholder="Choose a colleague…"
          />
        </Field>
        <Field label="Message (optional)" hint="What you would like their view on, e.g. “how I ran the checkout migration RFC”." error={problems.field('message')}>
          <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={3} maxLength={ASSESSMENT_LIMITS.peerRequestMessage} />
        </Field>
        <div className="modal-actions">
          <DialogClose className="btn" disabled={pending}>
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Sending…' : 'Send request'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
