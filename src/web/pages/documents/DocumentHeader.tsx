/** The editor's head: key, the title (editable while open), status, autosave state and the owner's moves. */
import { Link } from 'react-router';
import { useEffect } from 'react';
import { DOCUMENT_LIMITS } from '../../../shared/staff-work-limits.js';
import { kindLabel } from './labels.js';
import { SaveStatus } from './SaveStatus.js';
import { StatusBadge } from './StatusBadge.js';
import { TransitionActions } from './TransitionActions.js';
import type { DocumentState } from './useDocument.js';

export function DocumentHeader({ state }: { state: DocumentState }) {
  const { autosave, editable, isOwner } = state;
  const doc = autosave.base?.doc;
  const title = autosave.draft?.title ?? doc?.title ?? '';
  useEffect(() => {
    if (doc) document.title = `${doc.key} ${title} · staffpath`;
  }, [doc, title]);
  if (!doc) return null;
  return (
    <header className="page-header dc-header">
      <div className="page-header-text dc-header-text">
        <p className="dc-crumbs small muted">
          <Link to="/documents">Documents</Link> › <span className="num">{doc.key}</span> · {kindLabel(doc.kind)}
        </p>
        <h1 tabIndex={-1} className={editable ? 'visually-hidden' : undefined}>
          {doc.key} {doc.title}
        </h1>
        {editable && (
          <input
            className="dc-title-input"
            aria-label="Title"
            value={title}
            maxLength={DOCUMENT_LIMITS.title}
            onChange={(e) => autosave.change({ title: e.target.value })}
            aria-invalid={!title.trim()}
          />
        )}
        {editable && !title.trim() && <p className="field-error small">A document needs a title; the rest is saved meanwhile.</p>}
        <div className="dc-header-meta">
          <StatusBadge status={doc.status} />
          {editable && <SaveStatus save={autosave.save} dirty={autosave.dirty()} timeZone={state.me.timeZone} onRetry={() => void autosave.flush()} />}
          {!isOwner && <span className="small muted">You are reading this as a reviewer or a colleague; only its owner edits it.</span>}
        </div>
      </div>
      {isOwner && (
        <div className="page-actions">
          <TransitionActions doc={doc} moving={state.moving} onMove={state.transition} />
        </div>
      )}
    </header>
  );
}
