/** The owner asks someone to review: a person from the directory, optionally as a required approver. */
import { UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { Document } from '../../api/types.js';
import { Field, FormError, problemsOf } from '../Form.js';
import { PersonPicker } from '../PersonPicker.js';
import type { DocumentReviewState } from './useDocumentReview.js';

export function AddReviewer({ document, state }: { document: Document; state: DocumentReviewState }) {
  const [personId, setPersonId] = useState<string | null>(null);
  const [required, setRequired] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = problemsOf(error, ['personId']);
  const exclude = [document.ownerId, ...document.reviewers.map((r) => r.personId)];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) {
      setError(new Error('Choose who should review.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      await state.addReviewer(personId, required);
      setPersonId(null);
      setRequired(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="dr-add" onSubmit={submit} noValidate aria-label="Add a reviewer">
      <FormError message={problems.form} />
      <div className="dr-add-fields">
        <Field label="Reviewer" error={problems.field('personId')}>
          <PersonPicker value={personId} onChange={(id) => setPersonId(id)} exclude={exclude} />
        </Field>
        <label className="checkbox dr-add-required">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
          <span>Required approver</span>
        </label>
        <button type="submit" className="btn" disabled={pending} aria-busy={pending}>
          <UserPlus size={14} aria-hidden="true" /> Add reviewer
        </button>
      </div>
      <p className="field-hint">A required approver must approve before the document can be approved; other reviewers advise.</p>
    </form>
  );
}
