/** "Add a person": a dialog with every field of a person and an initial password. */
import { useEffect, type FormEvent } from 'react';
import { api } from '../../../api/client.js';
import type { Person, Team } from '../../../api/types.js';
import { DialogClose, Modal } from '../../../components/Dialog.js';
import { FormError } from '../../../components/Form.js';
import { emptyDraft, PersonFields } from '../../../components/PersonFields.js';
import { useFramework } from '../../../data/framework.js';
import { createBody } from './personDraft.js';
import { usePersonForm } from './usePersonForm.js';

export function CreatePersonDialog({
  open,
  onOpenChange,
  teams,
  onCreated,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  teams: Team[];
  onCreated(person: Person): void;
}) {
  const defaultLevel = useFramework().defaultTargetLevel();
  const { draft, setDraft, set, setError, pending, formRef, valid, save, problems } = usePersonForm(() => emptyDraft(defaultLevel), 'create');

  useEffect(() => {
    if (open) {
      setDraft(emptyDraft(defaultLevel));
      setError(null);
    }
  }, [open, defaultLevel, setDraft, setError]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid()) return;
    await save(async () => {
      const person = await api.post<Person>('/people', createBody(draft));
      onCreated(person);
      onOpenChange(false);
    });
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Add a person"
      description="They can sign in with this email and password straight away."
      className="modal-wide"
    >
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <PersonFields draft={draft} set={set} problems={problems} teams={teams} mode="create" />
        <div className="modal-actions">
          <DialogClose className="btn" type="button">
            Cancel
          </DialogClose>
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Adding…' : 'Add person'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
