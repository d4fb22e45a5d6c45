/** "Saving…", "Saved 12:04", "Not saved — retry": where the autosave stands, announced politely. */
import type { SaveState } from './useAutosave.js';

function clock(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso));
  }
}

export function SaveStatus({ save, dirty, timeZone, onRetry }: { save: SaveState; dirty: boolean; timeZone: string; onRetry(): void }) {
  return (
    <span className="dc-save small" role="status">
      {save.kind === 'saving' ? (
        'Saving…'
      ) : save.kind === 'failed' ? (
        <span className="dc-save-failed">
          Not saved — {save.message}{' '}
          <button type="button" className="btn btn-small" onClick={onRetry}>
            Retry
          </button>
        </span>
      ) : dirty ? (
        <span className="muted">Unsaved changes</span>
      ) : save.kind === 'saved' ? (
        <span className="muted">Saved {clock(save.at, timeZone)}</span>
      ) : (
        <span className="muted">All changes saved</span>
      )}
    </span>
  );
}
