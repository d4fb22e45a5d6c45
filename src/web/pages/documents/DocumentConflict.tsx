/**
 * After a 412: someone saved this document while you were typing. Both versions are shown —
 * the saved one (theirs) and your unsaved text (yours) — with a line diff between them, and
 * the choice: keep mine (saved over theirs), take theirs, or copy mine to the clipboard first.
 * Nothing is lost until the person chooses.
 */
import { Copy, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatTimeIn } from '../../lib/evidence.js';
import { useToast } from '../../components/Toast.js';
import { DiffTable } from './DiffTable.js';
import { lineDiff } from './localDiff.js';
import type { Conflict } from './useAutosave.js';

interface Props {
  conflict: Conflict;
  timeZone: string;
  onKeepMine(): Promise<void>;
  onTakeTheirs(): void;
}

export function DocumentConflict({ conflict, timeZone, onKeepMine, onTakeTheirs }: Props) {
  const { mine, theirs } = conflict;
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const diff = useMemo(() => lineDiff(theirs.doc.body, mine.body), [theirs.doc.body, mine.body]);
  const titleDiffers = mine.title !== theirs.doc.title;

  async function keep() {
    setPending(true);
    try {
      await onKeepMine();
    } finally {
      setPending(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(mine.title ? `# ${mine.title}\n\n${mine.body}` : mine.body);
      toast({ message: 'Your version is on the clipboard.', tone: 'success' });
    } catch {
      toast({ message: 'The clipboard is not available here. Select your version below and copy it by hand.', tone: 'info' });
    }
  }

  return (
    <section className="conflict dc-conflict" aria-labelledby="dc-conflict-title">
      <h2 id="dc-conflict-title" className="conflict-title" tabIndex={-1} ref={heading}>
        <TriangleAlert size={18} aria-hidden="true" /> This document changed while you were editing
      </h2>
      <p>
        A newer version (revision {theirs.doc.revision}) was saved at {formatTimeIn(theirs.doc.updatedAt, timeZone)}, perhaps in another tab.
        Your text is not saved yet, and nothing is lost: both versions are below.
      </p>
      {titleDiffers && (
        <p className="small">
          Title — saved: “{theirs.doc.title}”; yours: “{mine.title}”.
        </p>
      )}
      <h3 className="dc-conflict-sub">
        What your version changes <span className="muted num small">({diff.added} lines added, {diff.removed} removed)</span>
      </h3>
      {diff.hunks.length ? (
        <DiffTable hunks={diff.hunks} label="Differences between the saved version and yours" oldName="Saved" newName="Yours" />
      ) : (
        <p className="muted">The bodies are the same.</p>
      )}
      <div className="dc-conflict-both">
        <section aria-label="Saved version">
          <h3 className="dc-conflict-sub">Saved version (theirs)</h3>
          <pre className="conflict-text dc-conflict-text">{theirs.doc.body}</pre>
        </section>
        <section aria-label="Your version">
          <h3 className="dc-conflict-sub">Your version (yours)</h3>
          <pre className="conflict-text dc-conflict-text">{mine.body}</pre>
        </section>
      </div>
      <div className="form-actions conflict-actions">
        <button type="button" className="btn" onClick={() => void copy()} disabled={pending}>
          <Copy size={16} aria-hidden="true" /> Copy mine
        </button>
        <button type="button" className="btn" onClick={onTakeTheirs} disabled={pending}>
          Take theirs
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void keep()} disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Keep mine'}
        </button>
      </div>
    </section>
  );
}
