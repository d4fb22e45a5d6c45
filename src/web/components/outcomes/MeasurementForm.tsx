/** "Record a measurement": value, date (today by default) and an optional note, in one row under the chart. */
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.js';
import type { Measurement, NewMeasurement, Outcome } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useInvalidate } from '../../data/invalidate.js';
import { todayIn } from '../../lib/evidence.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { OUTCOME_LIMITS } from '../../../shared/staff-work-limits.js';
import { DateInput } from '../controls/index.js';
import { parseNumber } from '../evidence-fields/draft.js';
import { Field, FormError, problemsOf } from '../Form.js';
import { useToast } from '../Toast.js';
import { formatValue } from './outcomeText.js';
import './outcomes.css';

const FIELDS = ['value', 'measuredOn', 'note'] as const;

export function MeasurementForm({ outcome }: { outcome: Outcome }) {
  const me = useMe();
  const toast = useToast();
  const invalidate = useInvalidate();
  const today = todayIn(me.timeZone);
  const [value, setValue] = useState('');
  const [measuredOn, setMeasuredOn] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(formRef, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const n = parseNumber(value);
    if (n === null || Number.isNaN(n)) {
      const message = n === null ? 'Give the measured value as a number.' : 'Write the value as a number, such as 420 or 12.5.';
      return setError(new ApiError({ status: 400, code: 'validation_failed', detail: message, errors: [{ pointer: '/value', message }] }));
    }
    setPending(true);
    setError(null);
    const body: NewMeasurement = { value: n, measuredOn, ...(note.trim() ? { note: note.trim() } : {}) };
    try {
      await api.post<Measurement>(`/outcomes/${encodeURIComponent(outcome.id)}/measurements`, body);
      // Cleared at once, and only what is still what was sent: the next value may already be
      // typed while the chart reloads, and it must not be wiped.
      setValue((v) => (v === value ? '' : v));
      setNote((t) => (t === note ? '' : t));
      valueRef.current?.focus();
      toast({ message: `Recorded ${formatValue(n, outcome.unit)}.` });
      void invalidate.outcomes();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, FIELDS);
  const unit = outcome.unit.trim();
  return (
    <form ref={formRef} className="form oc-record" onSubmit={submit} noValidate aria-label={`Record a measurement of ${outcome.name}`}>
      <FormError message={problems.form} />
      <div className="oc-record-row">
        <Field label={unit ? `Value (${unit})` : 'Value'} error={problems.field('value')} className="oc-record-value">
          <input ref={valueRef} value={value} inputMode="decimal" onChange={(e) => setValue(e.target.value)} autoComplete="off" className="num" />
        </Field>
        <Field label="Measured on" error={problems.field('measuredOn')} className="oc-record-date">
          <DateInput value={measuredOn} max={today} onChange={setMeasuredOn} />
        </Field>
        <Field label="Note" hint="Optional." error={problems.field('note')} className="oc-record-note">
          <input value={note} maxLength={OUTCOME_LIMITS.note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />
        </Field>
        <div className="oc-record-submit">
          <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
            {pending ? 'Recording…' : 'Record'}
          </button>
        </div>
      </div>
    </form>
  );
}
