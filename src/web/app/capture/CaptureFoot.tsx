/** The foot of quick capture: more or fewer details, the keys, Clear and Save. */
import { ChevronDown, ChevronUp } from 'lucide-react';

export function CaptureFoot({
  expanded,
  onToggle,
  blank,
  pending,
  onClear,
}: {
  expanded: boolean;
  onToggle(): void;
  blank: boolean;
  pending: boolean;
  onClear(): void;
}) {
  return (
    <div className="capture-foot">
      <button type="button" className="btn btn-ghost btn-small" aria-expanded={expanded} onClick={onToggle}>
        {expanded ? <ChevronUp size={14} aria-hidden="true" /> : <ChevronDown size={14} aria-hidden="true" />}
        {expanded ? 'Fewer details' : 'More details'}
      </button>
      <span className="capture-hint hide-narrow" aria-hidden="true">
        <kbd className="kbd">Enter</kbd> save · <kbd className="kbd">Shift</kbd>
        <kbd className="kbd">Enter</kbd> more
      </span>
      <span className="grow" />
      {!blank && (
        <button type="button" className="btn btn-ghost btn-small" onClick={onClear} disabled={pending}>
          Clear
        </button>
      )}
      <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
    </div>
  );
}
