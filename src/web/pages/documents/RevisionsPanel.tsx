/**
 * Every saved version: number, author, time, "restored from N". Pick two to see what changed
 * between them (the server's diff); restore an old one (asked once), which makes a new revision.
 */
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Document, DocumentRevision, RevisionDiff } from '../../api/types.js';
import { Select } from '../../components/controls/index.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { keys } from '../../data/keys.js';
import { usePeopleById } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';
import { formatTimeIn } from '../../lib/evidence.js';
import { DiffTable } from './DiffTable.js';
import { documentPath } from './draft.js';

export function RevisionsPanel({ doc, timeZone, canRestore, onRestore }: { doc: Document; timeZone: string; canRestore: boolean; onRestore(revision: number): Promise<void> }) {
  const revisions = useApiQuery(keys.documents.part(doc.id, 'revisions', { latest: doc.revision }), (signal) =>
    api.get<{ items: DocumentRevision[] }>(documentPath(doc.id, '/revisions'), { signal }),
  );
  const items = revisions.data?.items ?? [];
  const authors = usePeopleById(items.map((r) => r.authorId));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [restoring, setRestoring] = useState<number | null>(null);
  const newest = items[0]?.revision ?? doc.revision;
  const pickFrom = from || String(items[1]?.revision ?? '');
  const pickTo = to || String(newest);
  const options = items.map((r) => ({ value: String(r.revision), label: `Revision ${r.revision}` }));

  return (
    <section className="dc-revisions" aria-labelledby="dc-revisions-title">
      <h2 id="dc-revisions-title" className="card-title">
        Revisions
      </h2>
      {revisions.error ? <p className="small muted">{errorMessage(revisions.error)}</p> : null}
      {revisions.loading ? (
        <p className="small muted">Loading revisions…</p>
      ) : items.length === 0 ? (
        <p className="small muted">No revisions yet. Each save of the title or body keeps a version here.</p>
      ) : (
        <ol className="dc-revision-list" aria-label="Revisions, newest first">
          {items.map((r) => (
            <li key={r.revision} className="dc-revision">
              <span className="grow small">
                <strong className="num">Revision {r.revision}</strong> · {r.authorId ? (authors.get(r.authorId)?.name ?? '…') : 'Imported'} ·{' '}
                <time dateTime={r.createdAt}>{formatTimeIn(r.createdAt, timeZone)}</time>
                {r.restoredFrom !== null && <span className="muted"> · restored from {r.restoredFrom}</span>}
              </span>
              {canRestore && r.revision !== newest && (
                <button type="button" className="btn btn-small" onClick={() => setRestoring(r.revision)}>
                  Restore revision {r.revision}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {items.length > 1 && (
        <div className="dc-compare">
          <label className="dc-filter">
            <span className="field-label">Compare</span>
            <Select value={pickFrom} options={options} onChange={setFrom} />
          </label>
          <label className="dc-filter">
            <span className="field-label">with</span>
            <Select value={pickTo} options={options} onChange={setTo} />
          </label>
        </div>
      )}
      {items.length > 1 && pickFrom && pickTo && <RevisionDiffView id={doc.id} from={Number(pickFrom)} to={Number(pickTo)} />}
      {restoring !== null && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setRestoring(null)}
          title={`Restore revision ${restoring}?`}
          description="Its title and body become the current text, as a new revision. Nothing is deleted: the current text stays in the history."
          confirmLabel="Restore this version"
          tone="primary"
          onConfirm={() => onRestore(restoring)}
        />
      )}
    </section>
  );
}

function RevisionDiffView({ id, from, to }: { id: string; from: number; to: number }) {
  const diff = useApiQuery(keys.documents.part(id, 'diff', { from, to }), (signal) =>
    api.get<RevisionDiff>(documentPath(id, '/diff'), { query: { from, to }, signal }),
  );
  if (from === to) return <p className="small muted">Pick two different revisions to see what changed.</p>;
  if (diff.error) return <p className="small muted">{errorMessage(diff.error)}</p>;
  if (!diff.data) return <p className="small muted">Comparing…</p>;
  if (diff.data.same) return <p className="small muted">Revisions {from} and {to} have the same body.</p>;
  return (
    <>
      <p className="small num">
        From revision {from} to {to}: {diff.data.added} lines added, {diff.data.removed} removed.
      </p>
      <DiffTable hunks={diff.data.hunks} label={`Changes from revision ${from} to ${to}`} oldName={`Revision ${from}`} newName={`Revision ${to}`} />
    </>
  );
}
