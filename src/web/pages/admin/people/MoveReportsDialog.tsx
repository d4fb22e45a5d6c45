/** "Move their reports…": everyone who reports to this person moves to another manager (or to none). */
import { useEffect, useState } from 'react';
import { api } from '../../../api/client.js';
import type { Person } from '../../../api/types.js';
import { Field } from '../../../components/Form.js';
import { PersonPicker } from '../../../components/PersonPicker.js';
import { useToast } from '../../../components/Toast.js';
import { PersonFormDialog } from './PersonFormDialog.js';

export function MoveReportsDialog({ person, onClose, onMoved }: { person: Person | null; onClose(): void; onMoved(): void }) {
  const toast = useToast();
  const [to, setTo] = useState<string | null>(null);
  const [toName, setToName] = useState<string | null>(null);
  useEffect(() => {
    setTo(null);
    setToName(null);
  }, [person]);

  return (
    <PersonFormDialog
      person={person}
      onClose={onClose}
      title={`Move ${person?.name ?? ''}'s reports`}
      description="Everyone who reports to them will report to the person you choose. Useful when a manager leaves."
      fields={['toManagerId']}
      run={async (p) => {
        const answer = await api.post<{ moved: number }>(`/people/${encodeURIComponent(p.id)}/move-reports`, { toManagerId: to });
        const n = answer?.moved ?? 0;
        toast({
          message: n === 0 ? `${p.name} had no reports to move.` : `Moved ${n} ${n === 1 ? 'person' : 'people'} to ${toName ?? 'no manager'}.`,
        });
        onMoved();
      }}
      submitLabel="Move reports"
      pendingLabel="Moving…"
    >
      {(problems) => (
        <Field label="New manager" error={problems.field('toManagerId')}>
          <PersonPicker
            value={to}
            onChange={(id, p) => {
              setTo(id);
              setToName(p?.name ?? null);
            }}
            noneLabel="No manager"
            exclude={person ? [person.id] : []}
          />
        </Field>
      )}
    </PersonFormDialog>
  );
}
