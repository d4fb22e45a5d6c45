/**
 * One entry: rendered Markdown, its facts, and an in-place editor with an explicit Save.
 *
 * Edits are guarded by the entry's ETag (If-Match). When someone saved in between (412), both
 * versions are shown side by side and the person chooses: keep theirs, keep mine, or merge by
 * hand. The draft is also kept in this browser while editing, so a closed tab loses nothing.
 *
 * The pieces live in pages/evidence/: useEntryEditor (state and actions), EntryView (reading),
 * EntryEditor (editing), ConflictView (the 412 choice) and EntryMissing (not found / failed).
 */
import { useParams } from 'react-router';
import { Loading } from '../components/bits.js';
import { EntryEditor } from './evidence/EntryEditor.js';
import { EntryMissing } from './evidence/EntryMissing.js';
import { EntryView } from './evidence/EntryView.js';
import { useEntryEditor } from './evidence/useEntryEditor.js';

export default function EvidenceDetail() {
  const { id = '' } = useParams();
  const state = useEntryEditor(id);
  const { loaded, current, editing } = state;

  if (loaded.loading && !current) {
    return (
      <div className="page page-narrow">
        <Loading label="Loading the entry…" />
      </div>
    );
  }

  if (!current) return <EntryMissing error={loaded.error} onRetry={loaded.reload} />;

  if (editing) return <EntryEditor entry={current.evidence} editing={editing} state={state} />;

  return <EntryView id={id} entry={current.evidence} state={state} />;
}
