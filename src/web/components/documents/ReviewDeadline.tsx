/** The review deadline: shown to everyone; the owner sets, changes or clears it (saved with If-Match). */
import { CalendarClock } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { Document } from '../../api/types.js';
import { todayIn, epochDay } from '../../../shared/dates.js';
import { DateInput } from '../controls/index.js';
import { Field, FormError, problemsOf } from '../Form.js';
import { useToast } from '../Toast.js';
import { formatDate } from '../../lib/format.js';
import type { DocumentReviewState } from './useDocumentReview.js';

function dueWords(deadline: string, today: string, inReview: boolean): string | null {
  if (!inReview) return null;
  const days = epochDay(deadline) - epochDay(today);
  if (days < 0) return days === -1 ? 'Passed yesterday' : `Passed ${-days} days ago`;
  if (days === 0) return 'Due today';
  return days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
}

export function ReviewDeadline({ document, state }: { document: Document; state: DocumentReviewState }) {
  const toast = useToast();
  const saved = document.reviewDeadline ?? '';
  const [value, setValue] = useState(saved);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = problemsOf(error, ['reviewDeadline']);
  useEffect(() => setValue(saved), [saved]);

  const today = todayIn(state.me.timeZone);
  const due = saved ? dueWords(saved, today, document.status === 'in-review') : null;
  const final = !['draft', 'in-review'].includes(document.status);

  async function save(next: string | null, event?: FormEvent) {
    event?.preventDefault();
    setPending(true);
    setError(null);
    try {
      await state.setDeadline(next);
      toast({ message: next ? `Review deadline set to ${formatDate(next)}.` : 'Review deadline cleared.' });
    } catch (e) {
      setValue(saved);
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const shown = (
    <p className="dr-deadline-shown">
      <CalendarClock size={14} aria-hidden="true" />
      {saved ? (
        <>
          <span>
            Review deadline: <time dateTime={saved} className="num">{formatDate(saved)}</time>
          </span>
          {due && <span className={`badge ${due.startsWith('Passed') ? 'badge-danger' : ''}`}>{due}</span>}
        </>
      ) : (
        <span className="muted">No review deadline.</span>
      )}
    </p>
  );

  if (!state.isOwner || final) return <div className="dr-deadline">{shown}</div>;
  return (
    <form className="dr-deadline" onSubmit={(e) => void save(value || null, e)} noValidate aria-label="Review deadline">
      {shown}
      <FormError message={problems.form} />
      <div className="dr-deadline-edit">
        <Field label="Review deadline" error={problems.field('reviewDeadline')} hint="When you would like every answer by.">
          <DateInput value={value} onChange={setValue} min={today} />
        </Field>
        <button type="submit" className="btn btn-small" disabled={pending || value === saved} aria-busy={pending}>
          Save deadline
        </button>
        {saved && (
          <button type="button" className="btn btn-small btn-ghost" disabled={pending} onClick={() => void save(null)}>
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
