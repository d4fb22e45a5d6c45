/** A list of rows of one scope question: each row's fields, a remove button per row, and "Add". */
import { Plus, X } from 'lucide-react';
import type { ReactNode } from 'react';

export function RowsEditor<R extends { key: number }>({
  title,
  question,
  noun,
  rows,
  onChange,
  blank,
  renderRow,
}: {
  title: string;
  question: string;
  /** "decision", "risk": for the buttons' labels. */
  noun: string;
  rows: R[];
  onChange(rows: R[]): void;
  blank(): R;
  renderRow(row: R, index: number, set: (patch: Partial<R>) => void): ReactNode;
}) {
  return (
    <fieldset className="fieldset in-question in-question-edit">
      <legend className="in-question-title">{title}</legend>
      <p className="small muted">{question}</p>
      {rows.length > 0 && (
        <ol className="plain-list in-rows">
          {rows.map((row, i) => (
            <li key={row.key} className="in-row-edit">
              <div className="in-row-fields">{renderRow(row, i, (patch) => onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r))))}</div>
              <button type="button" className="icon-button" aria-label={`Remove ${noun} ${i + 1}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="btn btn-small" onClick={() => onChange([...rows, blank()])}>
        <Plus size={14} aria-hidden="true" /> Add {noun}
      </button>
    </fieldset>
  );
}
