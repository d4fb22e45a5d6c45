/** Delete an outcome and its measurements, after one confirmation. */
import { flushSync } from 'react-dom';
import { api } from '../../api/client.js';
import type { Outcome } from '../../api/types.js';
import { useInvalidate } from '../../data/invalidate.js';
import { ConfirmDialog } from '../Dialog.js';
import { useToast } from '../Toast.js';

export function DeleteOutcomeDialog({
  outcome,
  etag,
  open,
  onOpenChange,
  onGone,
  onDeleted,
}: {
  outcome: Outcome;
  /** Guard the delete with the version read, when the page has it. */
  etag?: string | null;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** A page showing only this outcome stops asking for it (the answer would be a 404), before lists reload. */
  onGone?(): void;
  /** After it is gone: go elsewhere. */
  onDeleted?(): void;
}) {
  const toast = useToast();
  const invalidate = useInvalidate();
  const count = outcome.measurements.length;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete "${outcome.name}"?`}
      description={
        count
          ? `The outcome and its ${count} ${count === 1 ? 'measurement' : 'measurements'} are deleted for good. Evidence that mentions it stays.`
          : 'The outcome is deleted for good. Evidence that mentions it stays.'
      }
      confirmLabel="Delete outcome"
      onConfirm={async () => {
        await api.delete(`/outcomes/${encodeURIComponent(outcome.id)}`, etag ? { headers: { 'If-Match': etag } } : {});
        if (onGone) flushSync(onGone);
        void invalidate.outcomes();
        toast({ message: `Deleted "${outcome.name}".` });
        onDeleted?.();
      }}
    />
  );
}
