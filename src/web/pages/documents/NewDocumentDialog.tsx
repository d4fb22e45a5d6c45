/** "New document": a kind (each with what it is for) and a title; the server fills in the kind's template, then the editor opens. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import type { Document, DocumentKind, NewDocument } from '../../api/types.js';
import { DialogClose, Modal } from '../../components/Dialog.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { useInvalidate } from '../../data/invalidate.js';
import { DOCUMENT_LIMITS } from '../../../shared/staff-work-limits.js';
import { KINDS } from './labels.js';

export function NewDocumentDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const [kind, setKind] = useState<DocumentKind>('design-doc');
  const [title, setTitle] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const groupId = useId();

  useEffect(() => {
    if (!open) return;
    setTitle('');
    setError(null);
  }, [open]);

  const problems = problemsOf(error, ['title', 'kind']);
  const chosen = KINDS.find((k) => k.value === kind) ?? KINDS[0]!;

  async function create(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!title.trim()) {
      setError(new Error('Give the document a title.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const body: NewDocument = { kind, title: title.trim() };
      const created = await api.post<Document>('/documents', body);
      void invalidate.documents();
      onOpenChange(false);
      navigate(`/documents/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal
      open={open}
      onOpenChange={(o) => !pending && onOpenChange(o)}
      title="New document"
      description="Pick what you are writing. It starts from a template with the sections that kind needs."
      className="modal-wide"
    >
      <form className="form" onSubmit={create} noValidate>
        <FormError message={problems.form} />
        <fieldset className="dc-kinds" aria-describedby={`${groupId}-hint`}>
          <legend className="field-label">Kind</legend>
          <p id={`${groupId}-hint`} className="visually-hidden">
            Each kind comes with its own template.
          </p>
          {KINDS.map((k) => (
            <label key={k.value} className={`dc-kind ${k.value === kind ? 'dc-kind-on' : ''}`}>
              <input type="radio" name={`${groupId}-kind`} value={k.value} checked={k.value === kind} onChange={() => setKind(k.value)} />
              <span className="dc-kind-text">
                <span className="dc-kind-label">{k.label}</span>
                <span className="small muted">{k.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label="Title" error={problems.field('title')} hint={`For example: “${chosen.example}”.`}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={DOCUMENT_LIMITS.title} autoComplete="off" />
        </Field>
        <div className="modal-actions">
          <DialogClose className="btn" disabled={pending}>
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Creating…' : 'Create and open'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
