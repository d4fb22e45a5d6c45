/** Edit an outcome (its owner): the same fields as "New outcome", saved with If-Match; a 412 shows both versions. */
import { useEffect, useRef, type FormEvent } from 'react';
import { useMe } from '../../app/session.js';
import { formatTimeIn, impactLabel } from '../../lib/evidence.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { ConflictView } from '../ConflictView.js';
import { DialogClose, Modal } from '../Dialog.js';
import { FormError, problemsOf } from '../Form.js';
import { Loading } from '../bits.js';
import { useMyInitiatives } from './InitiativeSelect.js';
import { OutcomeFields } from './OutcomeFields.js';
import { differs, OUTCOME_FIELD_LABELS, OUTCOME_FIELDS, readDraft, valuesOf, type OutcomeField, type OutcomeValues } from './outcomeDraft.js';
import { DIRECTION_LABELS, formatValue } from './outcomeText.js';
import { useOutcomeEditor, type Versioned } from './useOutcomeEditor.js';

function useValueText() {
  const initiatives = useMyInitiatives().data ?? [];
  return (field: OutcomeField, v: OutcomeValues): string => {
    switch (field) {
      case 'baseline':
      case 'target':
        return formatValue(v[field], v.unit);
      case 'direction':
        return DIRECTION_LABELS[v.direction];
      case 'impact':
        return impactLabel(v.impact);
      case 'initiativeId':
        return v.initiativeId ? (initiatives.find((i) => i.id === v.initiativeId)?.title ?? 'Another initiative') : 'None';
      case 'audience':
        return v.audience.length ? v.audience.join(', ') : 'Only you';
      default:
        return v[field] || '—';
    }
  };
}

export function EditOutcomeDialog({ outcomeId, onClose, onSaved }: { outcomeId: string | null; onClose(): void; onSaved?(saved: Versioned): void }) {
  const me = useMe();
  const editor = useOutcomeEditor((saved) => {
    if (saved) onSaved?.(saved);
    onClose();
  });
  const { base, draft, setDraft, conflict, error, pending } = editor;
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(formRef, error);
  const valueText = useValueText();
  const { start } = editor;

  useEffect(() => {
    if (outcomeId) void start(outcomeId);
    // `start` is a fresh closure each render; the outcome being opened is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcomeId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void editor.save();
  }

  const problems = problemsOf(error, OUTCOME_FIELDS);
  const read = draft ? readDraft(draft) : null;
  const mine = read?.ok ? valuesOf({ ...read.body, impact: read.body.impact ?? null, initiativeId: read.body.initiativeId ?? null, audience: read.body.audience ?? [] }) : null;
  return (
    <Modal open={outcomeId !== null} onOpenChange={(o) => !o && !pending && onClose()} title="Edit outcome" className="modal-wide">
      {!draft || !base ? (
        error ? <FormError message={problems.form} /> : <Loading label="Loading the outcome…" />
      ) : (
        <>
          {conflict && mine && (
            <ConflictView
              noun="outcome"
              fields={OUTCOME_FIELDS}
              labels={OUTCOME_FIELD_LABELS}
              differs={differs}
              renderValue={(f, v) => <span>{valueText(f, v)}</span>}
              mine={mine}
              base={valuesOf(base.outcome)}
              theirs={valuesOf(conflict.outcome)}
              savedAt={formatTimeIn(conflict.outcome.updatedAt, me.timeZone)}
              pending={pending}
              onKeepMine={() => void editor.keepMine()}
              onTakeTheirs={editor.takeTheirs}
              onMerge={editor.mergeByHand}
            />
          )}
          <form ref={formRef} onSubmit={submit} noValidate className="form" aria-label="Edit outcome">
            <FormError message={problems.form} />
            <OutcomeFields draft={draft} set={(patch) => setDraft((d) => (d ? { ...d, ...patch } : d))} problems={problems} nameRef={nameRef} initiativeFixed={false} />
            <div className="modal-actions">
              <DialogClose className="btn" type="button" disabled={pending}>
                Cancel
              </DialogClose>
              <button type="submit" className="btn btn-primary" disabled={pending || Boolean(conflict)} aria-busy={pending}>
                {pending ? 'Saving…' : 'Save changes'}
              </button>
            </div>
          </form>
        </>
      )}
    </Modal>
  );
}
