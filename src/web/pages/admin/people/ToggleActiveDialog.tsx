/** "Deactivate…" / "Reactivate…": one confirmation, worded for the way the switch goes. */
import type { Person } from '../../../api/types.js';
import { ConfirmDialog } from '../../../components/Dialog.js';

export function ToggleActiveDialog({
  person,
  onClose,
  onConfirm,
}: {
  person: Person | null;
  onClose(): void;
  onConfirm(person: Person): Promise<void>;
}) {
  return (
    <ConfirmDialog
      open={person !== null}
      onOpenChange={(o) => !o && onClose()}
      title={person?.active ? `Deactivate ${person.name}?` : `Reactivate ${person?.name ?? ''}?`}
      description={
        person?.active
          ? "They won't be able to sign in until you reactivate them. Nothing they wrote is deleted."
          : 'They will be able to sign in again with their current password.'
      }
      confirmLabel={person?.active ? 'Deactivate' : 'Reactivate'}
      tone={person?.active ? 'danger' : 'primary'}
      onConfirm={async () => {
        if (person) await onConfirm(person);
      }}
    />
  );
}
