/**
 * "Someone else changed this while you were editing": after a 412, both versions side by side
 * where they differ, and the choice — keep theirs, keep mine, or merge by hand.
 *
 * Generic over the fields shown: a section passes its editable fields, how two values of a
 * field differ, each field's label and how to show a field's value (evidence entries today;
 * documents and initiatives the same way).
 */
import { GitMerge, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';

export interface ConflictViewProps<V, F extends string> {
  /** What changed, as the heading says it: "This entry changed while you were editing". */
  noun: string;
  /** The editable fields, in the order they are shown. */
  fields: readonly F[];
  labels: Record<F, string>;
  differs(field: F, a: V, b: V): boolean;
  renderValue(field: F, value: V): ReactNode;
  mine: V;
  /** The version the edit started from. */
  base: V;
  theirs: V;
  /** When the newer version was saved, already formatted for the reader. */
  savedAt: string;
  pending: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onMerge(): void;
}

export function ConflictView<V, F extends string>({
  noun,
  fields: all,
  labels,
  differs,
  renderValue,
  mine,
  base,
  theirs,
  savedAt,
  pending,
  onKeepMine,
  onTakeTheirs,
  onMerge,
}: ConflictViewProps<V, F>) {
  const changed = (a: V, b: V) => all.filter((f) => differs(f, a, b));
  const fields = changed(mine, theirs);
  const mineChanged = changed(mine, base);
  const theirsChanged = changed(theirs, base);
  const who = (f: F) =>
    mineChanged.includes(f) && theirsChanged.includes(f) ? 'Changed by both' : mineChanged.includes(f) ? 'You changed this' : 'Changed in the saved version';
  const overlap = mineChanged.filter((f) => theirsChanged.includes(f) && fields.includes(f));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-title" tabIndex={-1} ref={headingRef}>
        <TriangleAlert size={18} aria-hidden="true" /> This {noun} changed while you were editing
      </h2>
      <p>
        A newer version was saved at {savedAt}. Nothing is lost: here are both versions
        {fields.length ? ' where they differ' : ''}.{' '}
        {overlap.length
          ? `You both changed ${overlap.map((f) => labels[f].toLowerCase()).join(', ')}: choose which to keep, or merge by hand.`
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
                {labels[f]}
                <span className="conflict-who">{who(f)}</span>
              </span>
              <div role="cell" className="conflict-cell conflict-mine">
                <span className="conflict-cell-label" aria-hidden="true">
                  Yours
                </span>
                {renderValue(f, mine)}
              </div>
              <div role="cell" className="conflict-cell conflict-theirs">
                <span className="conflict-cell-label" aria-hidden="true">
                  Saved
                </span>
                {renderValue(f, theirs)}
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
