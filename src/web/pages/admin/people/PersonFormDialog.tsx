/** A small form in a dialog about one person; open while `person` is set, closed once `run` succeeds. */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../api/client.js';
import type { Person } from '../../../api/types.js';
import { DialogClose, Modal } from '../../../components/Dialog.js';
import { FormError, problemsOf, type FormProblems } from '../../../components/Form.js';

export function PersonFormDialog({
  person,
  onClose,
  title,
  description,
  fields,
  check,
  run,
  submitLabel,
  pendingLabel,
  children,
}: {
  person: Person | null;
  onClose(): void;
  title: string;
  description: string;
  fields: readonly string[];
  /** A problem found before asking the server, if any. */
  check?(): ApiError | null;
  run(person: Person): Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  children(problems: FormProblems): ReactNode;
}) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    setError(null);
  }, [person]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    const local = check?.();
    if (local) return setError(local);
    setPending(true);
    try {
      await run(person);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, fields);
  return (
    <Modal open={person !== null} onOpenChange={(o) => !o && onClose()} title={title} description={description}>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        {children(problems)}
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
