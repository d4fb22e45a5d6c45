/**
 * A reviewer's answer while the document is in review: approve, request changes or comment, with
 * a body (required when asking for changes). The owner never sees it; outside review it says why.
 */
import { Send } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { Document } from '../../api/types.js';
import { DOCUMENT_LIMITS } from '../../../shared/staff-work-limits.js';
import { Field, FieldSet, FormError, problemsOf } from '../Form.js';
import { useToast } from '../Toast.js';
import { VERDICTS, type Verdict } from './labels.js';
import type { DocumentReviewState } from './useDocumentReview.js';
import { VerdictMark } from './VerdictMark.js';

const DONE: Record<Verdict, string> = {
  approve: 'Approved. The author can see your review.',
  'request-changes': 'Changes requested. The author can see what you asked for.',
  comment: 'Comment sent.',
};

export function VerdictForm({ document, state, Heading }: { document: Document; state: DocumentReviewState; Heading: 'h3' | 'h4' }) {
  const toast = useToast();
  const name = useId();
  const [verdict, setVerdict] = useState<Verdict>('approve');
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [bodyProblem, setBodyProblem] = useState<string | undefined>();
  const problems = problemsOf(error, ['verdict', 'body']);
  if (!state.mine || state.isOwner) return null;

  if (!state.inReview) {
    return (
      <div className="dr-verdict-form">
        <Heading className="dr-sub">Your review</Heading>
        <p className="small muted">
          {document.status === 'draft' ? 'Reviews open when the author sends it for review.' : 'This document is no longer in review, so it takes no more verdicts.'}
        </p>
      </div>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (verdict === 'request-changes' && !body.trim()) {
      setBodyProblem('Say what needs to change, so the author can act on it.');
      return;
    }
    setBodyProblem(undefined);
    setPending(true);
    setError(null);
    try {
      await state.review({ verdict, body: body.trim() });
      setBody('');
      toast({ message: DONE[verdict] });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="dr-verdict-form" onSubmit={submit} noValidate aria-label="Your review">
      <Heading className="dr-sub">Your review</Heading>
      <p className="small dr-verdict-standing">
        Your standing verdict: <VerdictMark verdict={state.mine.verdict} />
      </p>
      <FormError message={problems.form} />
      <FieldSet legend="Verdict" error={problems.field('verdict')}>
        {VERDICTS.map((v) => (
          <label key={v.value} className="checkbox dr-verdict-choice">
            <input type="radio" name={name} value={v.value} checked={verdict === v.value} onChange={() => setVerdict(v.value)} />
            <span>
              {v.label}
              <span className="field-hint">{v.hint}</span>
            </span>
          </label>
        ))}
      </FieldSet>
      <Field
        label={verdict === 'request-changes' ? 'What needs to change' : 'Your review (optional)'}
        error={bodyProblem ?? problems.field('body')}
        hint="Markdown works. Anchor remarks about one section as comments on that section."
      >
        <textarea rows={4} value={body} maxLength={DOCUMENT_LIMITS.review} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
        <Send size={14} aria-hidden="true" /> {pending ? 'Sending…' : 'Send review'}
      </button>
    </form>
  );
}
