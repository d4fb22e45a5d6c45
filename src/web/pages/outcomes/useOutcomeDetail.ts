/** The outcome with its ETag; once deleted from this page it stops asking (the answer would be a 404). */
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../data/queries.js';
import { loadVersioned, versionedKey } from '../../components/outcomes/useOutcomeEditor.js';

export function useOutcomeDetail(id: string) {
  const [gone, setGone] = useState(false);
  useEffect(() => setGone(false), [id]);
  const query = useApiQuery(versionedKey(id), (signal) => loadVersioned(id, signal), { enabled: !gone && Boolean(id) });
  return { query, gone, setGone };
}
