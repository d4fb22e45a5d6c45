/** Write a comment: on a section (a new thread) or as a reply to a thread (its section is the thread's). */
import { MessageSquarePlus, Reply } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { DOCUMENT_LIMITS } from '../../../shared/staff-work-limits.js';
import { Select } from '../controls/index.js';
import { Field, FormError, problemsOf } from '../Form.js';
import type { DocumentCommentsState } from './useDocumentComments.js';

export interface CommentFormProps {
  state: DocumentCommentsState;
  /** The headings to choose from (a new thread); omitted for a reply. */
  sections?: readonly string[];
  /** A reply: the thread's first comment and its section. */
  replyTo?: { id: string; section: string; author: string };
  onDone?(): void;
}

export function CommentForm({ state, sections, replyTo, onDone }: CommentFormProps) {
  const [section, setSection] = useState(sections?.[0] ?? '');
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [bodyProblem, setBodyProblem] = useState<string | undefined>();
  const problems = problemsOf(error, ['section', 'body']);
  const chosen = sections?.includes(section) ? section : (sections?.[0] ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setBodyProblem(replyTo ? 'Write your reply first.' : 'Write your comment first.');
      return;
    }
    setBodyProblem(undefined);
    setPending(true);
    setError(null);
    try {
      await state.add(replyTo ? { section: replyTo.section, body: body.trim(), parentId: replyTo.id } : { section: chosen, body: body.trim() });
      setBody('');
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={replyTo ? 'dr-reply-form' : 'dr-comment-form'} onSubmit={submit} noValidate aria-label={replyTo ? `Reply to ${replyTo.author}` : 'New comment'}>
      <FormError message={problems.form} />
      {!replyTo && (
        <Field label="Section" error={problems.field('section')}>
          <Select value={chosen} options={(sections ?? []).map((s) => ({ value: s, label: s }))} onChange={setSection} />
        </Field>
      )}
      <Field label={replyTo ? 'Reply' : 'Comment'} error={bodyProblem ?? problems.field('body')}>
        <textarea
          rows={replyTo ? 2 : 3}
          value={body}
          maxLength={DOCUMENT_LIMITS.comment}
          onChange={(e) => setBody(e.target.value)}
          placeholder={replyTo ? '' : 'What happens to in-flight requests during the cut-over?'}
          autoFocus={Boolean(replyTo)}
        />
      </Field>
      <div className="dr-form-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={pending} aria-busy={pending}>
          {replyTo ? <Reply size={14} aria-hidden="true" /> : <MessageSquarePlus size={14} aria-hidden="true" />} {replyTo ? 'Send reply' : 'Add comment'}
        </button>
        {onDone && replyTo && (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDone} disabled={pending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
