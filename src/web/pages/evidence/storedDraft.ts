/** The draft of an entry kept in this browser while editing, so a closed tab loses nothing. */
import { nextMetricKey, type EvidenceDraft } from '../../components/EvidenceFields.js';

export interface StoredDraft {
  draft: EvidenceDraft;
  /** The ETag the draft was started from. */
  etag: string | null;
  savedAt: string;
}

const draftKey = (id: string) => `staffpath.evidence-draft.${id}`;

export function readStoredDraft(id: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    if (!parsed?.draft || typeof parsed.draft.title !== 'string') return null;
    return { ...parsed, draft: { ...parsed.draft, metrics: (parsed.draft.metrics ?? []).map((m) => ({ ...m, key: nextMetricKey() })) } };
  } catch {
    return null;
  }
}

export function writeStoredDraft(id: string, value: StoredDraft | null) {
  try {
    if (value) window.localStorage.setItem(draftKey(id), JSON.stringify(value));
    else window.localStorage.removeItem(draftKey(id));
  } catch {
    // Storage full or disabled: the in-memory draft still stands.
  }
}
