/** One document with its ETag, its draft and autosave, and the owner's moves (transitions, restore). */
import { useCallback, useState } from 'react';
import { api, isApiError } from '../../api/client.js';
import type { Document, DocumentStatus, DocumentTransition } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { documentPath, ifMatch, type Loaded } from './draft.js';
import { isEditable } from './labels.js';
import { useAutosave } from './useAutosave.js';

export function useDocument(id: string) {
  const me = useMe();
  const invalidate = useInvalidate();
  const loaded = useApiQuery<Loaded>([...keys.documents.one(id), 'with-etag'], async (signal) => {
    const answer = await api.full.get<Document>(documentPath(id), { signal });
    return { doc: answer.data, etag: answer.etag };
  });
  const { setData } = loaded;
  const publish = useCallback((next: Loaded) => setData(next), [setData]);
  const server = isApiError(loaded.error) && loaded.error.status === 404 ? undefined : loaded.data;
  const isOwner = server?.doc.ownerId === me.id;
  const editable = !!server && isOwner && isEditable(server.doc.status);
  const autosave = useAutosave(id, server, editable, publish);
  const [moving, setMoving] = useState<DocumentStatus | null>(null);

  /** Save what is typed, then move the document; the answer becomes the new version. */
  async function transition(to: DocumentStatus, supersededBy?: string): Promise<void> {
    await autosave.flush();
    if (!autosave.latest()) return;
    setMoving(to);
    try {
      const body: DocumentTransition = { to, ...(supersededBy ? { supersededBy } : {}) };
      const answer = await api.full.post<Document>(documentPath(id, '/transitions'), body, ifMatch(currentEtag()));
      autosave.adopt({ doc: answer.data, etag: answer.etag });
      void invalidate.documents();
    } finally {
      setMoving(null);
    }
  }

  /** Restore an old revision: a new revision with its text; the editor shows it. */
  async function restore(revision: number): Promise<void> {
    await autosave.flush();
    const answer = await api.full.post<Document>(documentPath(id, `/revisions/${revision}/restore`), undefined, ifMatch(currentEtag()));
    autosave.adopt({ doc: answer.data, etag: answer.etag }, true);
    void invalidate.documents();
  }

  const currentEtag = (): string | null => autosave.latest()?.etag ?? null;

  return { me, loaded, server, isOwner, editable, autosave, transition, restore, moving };
}

export type DocumentState = ReturnType<typeof useDocument>;
