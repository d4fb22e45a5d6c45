/** "New initiative": a title (and, if known already, the problem); creates it and opens its page. */
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import type { Initiative, NewInitiative } from '../../api/types.js';
import { DialogClose, Modal } from '../../components/Dialog.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { useInvalidate } from '../../data/invalidate.js';
import { INITIATIVE_LIMITS } from '../../../shared/staff-work-limits.js';

export function NewInitiativeDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const invalidate = useInvalidate();

  useEffect(() => {
    if (!open) return;
    setTitle('');
    setProblem('');
    setError(null);
  }, [open]);

  const problems = problemsOf(error, ['title', 'problem']);
  const empty = !title.trim();

  async function create(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (empty) {
      setError(new Error('Give the initiative a title.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const body: NewInitiative = { title: title.trim(), ...(problem.trim() ? { problem: problem.trim() } : {}) };
      const created = await api.post<Initiative>('/initiatives', body);
      void invalidate.initiatives();
      onOpenChange(false);
      navigate(`/initiatives/${encodeURIComponent(created.id)}`);
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
      title="New initiative"
      description="Name the problem you mean to solve. You can fill in the rest on its page."
    >
      <form className="form" onSubmit={create} noValidate>
        <FormError message={problems.form} />
        <Field label="Title" error={problems.field('title')} hint="For example: “Cut checkout latency for every payment team”.">
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={INITIATIVE_LIMITS.title} autoComplete="off" autoFocus />
        </Field>
        <Field label="Problem (optional)" error={problems.field('problem')}>
          <textarea value={problem} onChange={(e) => setProblem(e.target.value)} rows={3} maxLength={INITIATIVE_LIMITS.text} placeholder="What is wrong today, and for whom?" />
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
