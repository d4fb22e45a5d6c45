/** One thread: the first comment, its replies, resolve or reopen, and a reply form. */
import { CircleCheck, Reply, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { DocumentComment } from '../../api/types.js';
import { Avatar, Time } from '../bits.js';
import { FormError } from '../Form.js';
import { MarkdownView } from '../MarkdownView.js';
import type { Thread } from './comment-groups.js';
import { CommentForm } from './CommentForm.js';
import type { DocumentCommentsState } from './useDocumentComments.js';

function CommentBody({ comment, state }: { comment: DocumentComment; state: DocumentCommentsState }) {
  const name = state.nameOf(comment.authorId);
  return (
    <div className="dr-comment">
      <div className="dr-comment-head">
        <Avatar name={state.people.get(comment.authorId)?.name ?? name} size={20} />
        <span className="dr-comment-author">{name}</span>
        <span className="muted small">
          <Time value={comment.createdAt} />
        </span>
      </div>
      <MarkdownView source={comment.body} className="dr-comment-body" />
    </div>
  );
}

export function CommentThread({ thread, state, showSection }: { thread: Thread; state: DocumentCommentsState; showSection?: boolean }) {
  const { root, replies } = thread;
  const [replying, setReplying] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const author = state.nameOf(root.authorId);

  async function toggleResolved() {
    setPending(true);
    setError(null);
    try {
      await state.resolve(root, !root.resolved);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <li className={`dr-thread ${root.resolved ? 'dr-thread-resolved' : ''}`} aria-label={`Comment by ${author}${root.resolved ? ', resolved' : ''}`}>
      {showSection && <p className="small muted dr-thread-section">On “{root.section}”</p>}
      {root.resolved && (
        <p className="small dr-thread-state">
          <CircleCheck size={14} aria-hidden="true" /> Resolved{root.resolvedById ? ` by ${state.nameOf(root.resolvedById)}` : ''}
        </p>
      )}
      <CommentBody comment={root} state={state} />
      {replies.length > 0 && (
        <ol className="plain-list dr-replies" aria-label={`Replies to ${author}`}>
          {replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} state={state} />
            </li>
          ))}
        </ol>
      )}
      <FormError message={error ? errorMessage(error) : null} />
      {state.canComment && (
        <>
          {replying ? (
            <CommentForm state={state} replyTo={{ id: root.id, section: root.section, author }} onDone={() => setReplying(false)} />
          ) : (
            <div className="dr-thread-actions">
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setReplying(true)}>
                <Reply size={14} aria-hidden="true" /> Reply<span className="visually-hidden"> to {author}</span>
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => void toggleResolved()} disabled={pending} aria-busy={pending}>
                {root.resolved ? <RotateCcw size={14} aria-hidden="true" /> : <CircleCheck size={14} aria-hidden="true" />}
                {root.resolved ? ' Reopen' : ' Resolve'}
                <span className="visually-hidden"> the comment by {author}</span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
