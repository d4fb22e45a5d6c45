/**
 * Comments anchored to the document's section headings: threads grouped by section in the
 * document's order (threads on headings that are gone gathered at the end), replies, resolve and
 * reopen, resolved threads behind "Show resolved (n)", and a form for a new comment. The owner
 * and reviewers comment; everyone else who can see the document reads.
 */
import { MessagesSquare } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Document } from '../../api/types.js';
import { FormError } from '../Form.js';
import { groupComments, type Thread } from './comment-groups.js';
import { CommentForm } from './CommentForm.js';
import { CommentThread } from './CommentThread.js';
import { useDocumentComments, type DocumentCommentsState } from './useDocumentComments.js';
import './documents-review.css';

export interface CommentsPanelProps {
  document: Document;
  /** The body's section headings, in document order. */
  sections: string[];
  headingLevel?: 2 | 3;
}

function Group({ title, threads, state, Sub, orphaned }: { title: string; threads: Thread[]; state: DocumentCommentsState; Sub: 'h3' | 'h4'; orphaned?: boolean }) {
  return (
    <div className="dr-group">
      <Sub className="dr-sub dr-group-title">
        {title} <span className="muted num">({threads.length})</span>
      </Sub>
      <ul className="plain-list dr-threads" aria-label={`Comments on ${title}`}>
        {threads.map((t) => (
          <CommentThread key={t.root.id} thread={t} state={state} showSection={orphaned} />
        ))}
      </ul>
    </div>
  );
}

export function CommentsPanel({ document, sections, headingLevel = 2 }: CommentsPanelProps) {
  const state = useDocumentComments(document);
  const [showResolved, setShowResolved] = useState(false);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  // A heading written twice is one place to comment on.
  const headings = useMemo(() => [...new Set(sections)], [sections]);
  const groups = useMemo(() => groupComments(state.items, headings, showResolved), [state.items, headings, showResolved]);
  const withThreads = groups.sections.filter((g) => g.threads.length > 0);
  const nothingShown = withThreads.length === 0 && groups.orphaned.length === 0;

  return (
    <section className="card dr-panel" aria-labelledby={titleId}>
      <div className="dr-panel-head">
        <Heading id={titleId} className="dr-panel-title">
          Comments <span className="muted num">({groups.openCount} open)</span>
        </Heading>
        {groups.resolvedCount > 0 && (
          <button type="button" className="btn btn-small btn-ghost" aria-pressed={showResolved} onClick={() => setShowResolved((s) => !s)}>
            {showResolved ? `Hide resolved (${groups.resolvedCount})` : `Show resolved (${groups.resolvedCount})`}
          </button>
        )}
      </div>
      {state.list.error ? <FormError message={errorMessage(state.list.error)} /> : null}
      {state.list.loading ? (
        <p className="small muted">Loading…</p>
      ) : nothingShown ? (
        <div className="dr-empty small">
          <MessagesSquare size={16} aria-hidden="true" />
          <p>
            {groups.resolvedCount > 0
              ? 'Every comment is resolved.'
              : 'No comments yet. A comment belongs to one section — for example on “Rollout”: “What happens to in-flight requests during the cut-over?”'}
          </p>
        </div>
      ) : (
        <>
          {withThreads.map((g) => (
            <Group key={g.section} title={g.section} threads={g.threads} state={state} Sub={Sub} />
          ))}
          {groups.orphaned.length > 0 && <Group title="Sections no longer in the document" threads={groups.orphaned} state={state} Sub={Sub} orphaned />}
        </>
      )}
      {state.canComment ? (
        headings.length > 0 ? (
          <CommentForm state={state} sections={headings} />
        ) : (
          <p className="small muted">Comments are anchored to a section. Give the document a heading (a line starting with ##) to comment on it.</p>
        )
      ) : (
        <p className="small muted">Only the author and the reviewers comment on this document.</p>
      )}
    </section>
  );
}
