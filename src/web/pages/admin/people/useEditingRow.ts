/** Which row's in-place editor is open; when it closes, focus goes back to that row's Edit button. */
import { useEffect, useRef, useState } from 'react';

export function useEditingRow(): [string | null, (id: string | null) => void] {
  const [editingId, setEditingId] = useState<string | null>(null);
  const lastEditing = useRef<string | null>(null);
  useEffect(() => {
    const closed = lastEditing.current;
    lastEditing.current = editingId;
    if (closed && !editingId && (document.activeElement === document.body || !document.activeElement)) {
      document.querySelector<HTMLElement>(`[data-edit-for="${CSS.escape(closed)}"]`)?.focus();
    }
  }, [editingId]);
  return [editingId, setEditingId];
}
