/** A section of the one-page plan: its heading, an Edit button for the owner, and its body. */
import { Pencil } from 'lucide-react';
import { useId, type ReactNode } from 'react';

export function Section({
  title,
  hint,
  canEdit,
  editing,
  onEdit,
  actions,
  children,
  className,
}: {
  title: string;
  hint?: ReactNode;
  canEdit: boolean;
  editing?: boolean;
  onEdit?: () => void;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`card in-section ${className ?? ''}`} aria-labelledby={`${id}-h`}>
      <div className="section-head in-section-head">
        <h2 id={`${id}-h`} className="in-section-title">
          {title}
        </h2>
        {actions}
        {canEdit && onEdit && !editing && (
          <button type="button" className="btn btn-small" onClick={onEdit} aria-label={`Edit ${title.toLowerCase()}`}>
            <Pencil size={14} aria-hidden="true" /> Edit
          </button>
        )}
      </div>
      {hint && <p className="in-section-hint small muted">{hint}</p>}
      {children}
    </section>
  );
}

/** Cancel and Save for a section's editor. */
export function SectionActions({ saving, onCancel, label = 'Save' }: { saving: boolean; onCancel(): void; label?: string }) {
  return (
    <div className="form-actions in-section-actions">
      <button type="button" className="btn" onClick={onCancel} disabled={saving}>
        Cancel
      </button>
      <button type="submit" className="btn btn-primary" disabled={saving} aria-busy={saving}>
        {saving ? 'Saving…' : label}
      </button>
    </div>
  );
}
