/** One section's in-place editor: a draft while editing, an explicit save through the initiative's `save`. */
import { useState } from 'react';
import type { InitiativeState } from './useInitiative.js';
import type { Values } from './values.js';

export function useSectionEdit<D>(state: Pick<InitiativeState, 'save'>, from: () => D | null) {
  const [draft, setDraft] = useState<D | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  return {
    draft,
    editing: draft !== null,
    error,
    saving,
    set(update: (d: D) => D) {
      setDraft((d) => (d === null ? d : update(d)));
    },
    start() {
      setDraft(from());
      setError(null);
    },
    cancel() {
      setDraft(null);
      setError(null);
    },
    /** Saves; the editor closes unless the person chose to merge a conflict by hand. */
    async commit(changes: Partial<Values>) {
      setSaving(true);
      setError(null);
      try {
        const outcome = await state.save(changes);
        if (outcome !== 'merge') setDraft(null);
      } catch (e) {
        setError(e);
      } finally {
        setSaving(false);
      }
    },
  };
}

export type SectionEdit<D> = ReturnType<typeof useSectionEdit<D>>;
