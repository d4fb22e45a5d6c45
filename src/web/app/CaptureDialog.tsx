/**
 * Quick capture: `c` anywhere → one line → Enter. "More" (or Shift+Enter) opens the rest
 * of the entry. Metrics mentioned in the text are suggested as chips to confirm.
 *
 * The draft survives closing the dialog (Escape, a click outside) until it is saved or
 * cleared, so nothing typed is lost. The pieces live in ./capture/.
 */
import type { KeyboardEvent } from 'react';
import { Modal } from '../components/Dialog.js';
import { Field, FormError } from '../components/Form.js';
import type { CapturePreset } from './capture.js';
import { CaptureDetails } from './capture/CaptureDetails.js';
import { CaptureFacts } from './capture/CaptureFacts.js';
import { CaptureFoot } from './capture/CaptureFoot.js';
import { MetricChips } from './capture/MetricChips.js';
import { useCaptureForm } from './capture/useCaptureForm.js';
import { EVIDENCE_LIMITS } from '../../shared/evidence-limits.js';

const BODY_ID = 'capture-body';

export function CaptureDialog({ open, onOpenChange, preset }: { open: boolean; onOpenChange(open: boolean): void; preset?: CapturePreset | null }) {
  const form = useCaptureForm({ open, preset, onSaved: () => onOpenChange(false) });
  const { draft, set, expanded, setExpanded, titleRef, problems } = form;

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      setExpanded(true);
      window.setTimeout(() => document.getElementById(BODY_ID)?.focus(), 0);
    }
  }

  function onAnyKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void form.save();
    }
  }

  const showConfirmed = !expanded && form.confirmed.length > 0;

  return (
    <Modal
      open={open}
      onOpenChange={(o) => !form.pending && onOpenChange(o)}
      title="Log evidence"
      description={expanded ? undefined : 'One line is enough; details can wait.'}
      className={`modal-capture ${expanded ? 'modal-capture-expanded' : ''}`}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        titleRef.current?.focus();
      }}
    >
      <form className="form capture" onSubmit={form.save} onKeyDown={onAnyKey} noValidate>
        <FormError message={form.localTitleError ? null : problems.form} />
        <Field label="What did you do?" error={form.titleError} className="capture-title">
          <input
            ref={titleRef}
            value={draft.title}
            onChange={(e) => {
              set({ title: e.target.value });
              form.clearTitleError();
            }}
            onKeyDown={onTitleKey}
            placeholder="Cut checkout p99 from 800 ms to 200 ms"
            autoComplete="off"
            enterKeyHint="done"
            maxLength={EVIDENCE_LIMITS.title}
          />
        </Field>

        {(form.offered.length > 0 || showConfirmed) && (
          <MetricChips
            offered={form.offered}
            rows={draft.metrics}
            showConfirmed={showConfirmed}
            onAdd={form.confirmMetric}
            onDismiss={form.dismissMetric}
            onRemove={(key) => set({ metrics: draft.metrics.filter((r) => r.key !== key) })}
          />
        )}

        {expanded && (
          <CaptureDetails
            bodyId={BODY_ID}
            draft={draft}
            today={form.today}
            set={set}
            onAudience={form.chooseAudience}
            fieldError={problems.field}
            metricProblems={form.metricProblems}
          />
        )}

        {!expanded && <CaptureFacts draft={draft} today={form.today} />}

        <CaptureFoot expanded={expanded} onToggle={() => setExpanded((x) => !x)} blank={form.blank} pending={form.pending} onClear={form.reset} />
      </form>
    </Modal>
  );
}
