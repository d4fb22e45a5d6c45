/**
 * One document: its head (key, title, status, the owner's moves), the Markdown editor beside
 * its live preview with autosave, the linter's checks, and a side column of reviews, comments,
 * stakeholders and revisions. Final documents are read-only (preview only, with the reason).
 *
 * Keyboard: Ctrl/⌘+S saves at once; Escape leaves the editor. Pieces live in pages/documents/.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { EmptyState, Loading } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import type { EditorControl } from '../components/markdown-editor/index.js';
import { errorMessage } from '../api/client.js';
import { DocumentConflict } from './documents/DocumentConflict.js';
import { DocumentHeader } from './documents/DocumentHeader.js';
import { EditorPane } from './documents/EditorPane.js';
import { headingsOf } from './documents/headings.js';
import { readOnlyReason } from './documents/labels.js';
import { LintPanel } from './documents/LintPanel.js';
import { ReviewSide } from './documents/ReviewSide.js';
import { useLeaveGuard } from './documents/useLeaveGuard.js';
import { MatrixEditor } from '../components/documents/index.js';
import { useDocument } from './documents/useDocument.js';
import { useLint } from './documents/useLint.js';
import './documents/documents.css';

export default function DocumentDetailPage() {
  const { id = '' } = useParams();
  const state = useDocument(id);
  const { autosave, editable, isOwner } = state;
  const doc = autosave.base?.doc;
  const draft = autosave.draft;
  const controller = useRef<EditorControl | null>(null);
  const body = draft?.body ?? doc?.body ?? '';
  const sections = useMemo(() => headingsOf(body), [body]);
  const lint = useLint(doc?.kind ?? 'design-doc', body, draft?.matrix ?? null);
  const { flush } = autosave;
  const leave = useLeaveGuard(autosave, editable);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [flush]);

  if (!doc || !draft) {
    if (state.loaded.error) return <DocumentMissing error={state.loaded.error} />;
    return (
      <div className="page">
        <Loading label="Loading the document…" />
      </div>
    );
  }

  const readOnly = !editable;
  const reason = isOwner ? readOnlyReason(doc.status) : readOnlyReason(doc.status) || 'Only the owner edits this document. Comment on a section or give your verdict beside it.';

  return (
    <div className="page dc-detail">
      <DocumentHeader state={state} />
      {leave.dialog}
      <div className="dc-layout">
        <div className="dc-main">
          {doc.kind === 'trade-off' && (
            <MatrixEditor value={draft.matrix ?? null} savedValue={doc.matrix} ranking={doc.ranking} onChange={(matrix) => autosave.change({ matrix })} readOnly={readOnly} />
          )}
          {autosave.conflict ? (
            <DocumentConflict conflict={autosave.conflict} timeZone={state.me.timeZone} onKeepMine={autosave.keepMine} onTakeTheirs={autosave.takeTheirs} />
          ) : (
            <EditorPane body={body} onChange={(b) => autosave.change({ body: b })} readOnly={readOnly} reason={reason} onSaveNow={() => void flush()} controller={controller} />
          )}
        </div>
        <aside className="dc-aside" aria-label="Checks and reviews">
          {!readOnly && <LintPanel lint={lint} canGo={!autosave.conflict} onGoToLine={(line) => controller.current?.goToLine(line)} />}
          <ReviewSide doc={doc} sections={sections} timeZone={state.me.timeZone} canRestore={editable} onRestore={state.restore} />
        </aside>
      </div>
    </div>
  );
}

function DocumentMissing({ error }: { error: unknown }) {
  const gone = isApiError(error) && error.status === 404;
  return (
    <div className="page">
      <h1 tabIndex={-1} className="visually-hidden">
        Document not found
      </h1>
      {gone ? (
        <EmptyState title="This document is not there">
          <p>It may have been deleted, or you can no longer see it (reviewers lose access when they are removed).</p>
        </EmptyState>
      ) : (
        <FormError message={errorMessage(error)} />
      )}
    </div>
  );
}
