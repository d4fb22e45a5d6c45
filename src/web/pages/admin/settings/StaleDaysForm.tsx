/** "Stakeholders become stale after N days without contact" (1–365), saved with a toast. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client.js';
import type { OrganisationSettings } from '../../../api/types.js';
import { Field, FormError, problemsOf } from '../../../components/Form.js';
import { useToast } from '../../../components/Toast.js';
import { useFocusFirstError } from '../../../lib/hooks.js';
import { STALE_DAYS } from './useOrganisationSettings.js';

function localProblem(text: string): ApiError | null {
  const n = Number(text.trim());
  if (text.trim() && Number.isInteger(n) && n >= STALE_DAYS.min && n <= STALE_DAYS.max) return null;
  const message = `Use a whole number of days from ${STALE_DAYS.min} to ${STALE_DAYS.max}.`;
  return new ApiError({ status: 400, code: 'validation_failed', detail: message, errors: [{ pointer: '/stakeholderStaleDays', message }] });
}

export function StaleDaysForm({ settings, save }: { settings: OrganisationSettings; save(patch: { stakeholderStaleDays: number }): Promise<OrganisationSettings> }) {
  const toast = useToast();
  const [days, setDays] = useState(String(settings.stakeholderStaleDays));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  useEffect(() => setDays(String(settings.stakeholderStaleDays)), [settings.stakeholderStaleDays]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const local = localProblem(days);
    if (local) return setError(local);
    const value = Number(days.trim());
    if (value === settings.stakeholderStaleDays) {
      setError(null);
      return toast({ message: 'No change to save.', tone: 'info' });
    }
    setPending(true);
    setError(null);
    try {
      const saved = await save({ stakeholderStaleDays: value });
      toast({ message: `Saved: stakeholders become stale after ${saved.stakeholderStaleDays} ${saved.stakeholderStaleDays === 1 ? 'day' : 'days'} without contact.` });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const problems = problemsOf(error, ['stakeholderStaleDays']);
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form form-narrow" aria-labelledby="stale-days-title">
      <FormError message={problems.form} />
      <Field
        label="Stakeholders become stale after this many days without contact"
        hint={`From ${STALE_DAYS.min} to ${STALE_DAYS.max} days. While an initiative or document is open, a stakeholder never contacted, or last contacted longer ago than this, is marked stale, so nobody goes unbriefed for long.`}
        error={problems.field('stakeholderStaleDays')}
      >
        <input type="number" inputMode="numeric" min={STALE_DAYS.min} max={STALE_DAYS.max} step={1} value={days} onChange={(e) => setDays(e.target.value)} className="num" />
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
