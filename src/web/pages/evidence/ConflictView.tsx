/** Both versions side by side after a 412: keep theirs, keep mine, or merge by hand. */
import { GitMerge, TriangleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { Evidence } from '../../api/types.js';
import { formatTimeIn } from '../../lib/evidence.js';
import { changedFields, FIELD_LABELS, type EditableField } from './entryFields.js';
import { FieldValue } from './FieldValue.js';

export function ConflictPanel({
  mine,
  base,
  theirs,
  pending,
  onKeepMine,
  onTakeTheirs,
  onMerge,
  timeZone,
}: {
  mine: Pick<Evidence, EditableField>;
  /** The version the edit started from. */
  base: Evidence;
  theirs: Evidence;
  pending: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onMerge(): void;
  timeZone: string | null;
}) {
  const fields = changedFields(mine, theirs);
  const mineChanged = changedFields(mine, base);
  const theirsChanged = changedFields(theirs, base);
  const who = (f: EditableField) =>
    mineChanged.includes(f) && theirsChanged.includes(f) ? 'Changed by both' : mineChanged.includes(f) ? 'You changed this' : 'Changed in the saved version';
  const overlap = mineChanged.filter((f) => theirsChanged.includes(f) && fields.includes(f));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-title" tabIndex={-1} ref={headingRef}>
        <TriangleAlert size={18} aria-hidden="true" /> This entry changed while you were editing
      </h2>
      <p>
        A newer version was saved at {formatTimeIn(theirs.updatedAt, timeZone)}. Nothing is lost: here are both versions
        {fields.length ? ' where they differ' : ''}.{' '}
        {overlap.length
          ? `You both changed ${overlap.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}: choose which to keep, or merge by hand.`
          : 'You changed different fields, so keeping your changes keeps theirs too.'}
      </p>
      {fields.length === 0 ? (
        <p className="muted">Your edit and the saved version are the same.</p>
      ) : (
        <div className="conflict-table" role="table" aria-label="Your version and the saved version">
          <div className="conflict-row conflict-head" role="row">
            <span role="columnheader">Field</span>
            <span role="columnheader">Your version</span>
            <span role="columnheader">Saved version</span>
          </div>
          {fields.map((f) => (
            <div key={f} className="conflict-row" role="row">
              <span role="rowheader" className="conflict-field">
                {FIELD_LABELS[f]}
                <span className="conflict-who">{who(f)}</span>
              </span>
              <div role="cell" className="conflict-cell conflict-mine">
                <span className="conflict-cell-label" aria-hidden="true">
                  Yours
                </span>
                <FieldValue field={f} value={mine} />
              </div>
              <div role="cell" className="conflict-cell conflict-theirs">
                <span className="conflict-cell-label" aria-hidden="true">
                  Saved
                </span>
                <FieldValue field={f} value={theirs} />
              </div>
            </div>
          ))}
        </div>
      )}
      <div className="form-actions conflict-actions">
        <button type="button" className="btn" onClick={onTakeTheirs} disabled={pending}>
          Use the saved version
        </button>
        <button type="button" className="btn" onClick={onMerge} disabled={pending}>
          <GitMerge size={16} aria-hidden="true" /> Merge by hand
        </button>
        <button type="button" className="btn btn-primary" onClick={onKeepMine} disabled={pending} aria-busy={pending}>
          {pending ? 'Saving…' : 'Keep my changes'}
        </button>
      </div>
    </section>
  );
}
