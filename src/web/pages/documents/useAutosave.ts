/**
 * The editor's draft and its autosave. Edits to the title, body or matrix save ~1.5 s after
 * typing stops (or at once: `saveNow`, Ctrl/⌘+S), as a PATCH of what changed with If-Match
 * from the version the draft started from. A newer version from the server replaces the draft
 * only while nothing is unsaved; otherwise the next save meets a 412, and the conflict holds
 * both versions (theirs, fetched fresh, and mine) until the person chooses.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorMessage, isApiError } from '../../api/client.js';
import type { Document } from '../../api/types.js';
import { draftOf, documentPath, ifMatch, isEmptyPatch, patchOf, sameDraft, type Draft, type Loaded } from './draft.js';

export const AUTOSAVE_MS = 1500;

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

export interface Conflict {
  mine: Draft;
  theirs: Loaded;
}

export function useAutosave(id: string, server: Loaded | undefined, editable: boolean, publish: (next: Loaded) => void) {
  const client = useQueryClient();
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [base, setBaseState] = useState<Loaded | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const baseRef = useRef<Loaded | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflictRef = useRef<Conflict | null>(null);

  const setDraft = (d: Draft) => {
    draftRef.current = d;
    setDraftState(d);
  };
  const setBase = (b: Loaded) => {
    baseRef.current = b;
    setBaseState(b);
  };
  const holdConflict = (c: Conflict | null) => {
    conflictRef.current = c;
    setConflict(c);
  };
  const dirty = () => !!draftRef.current && !!baseRef.current && !sameDraft(draftRef.current, draftOf(baseRef.current.doc));

  /** Take a version as the new base; the draft follows it when nothing is unsaved (or when told to). */
  const adopt = useCallback((next: Loaded, replaceDraft = false) => {
    const wasClean = !dirty();
    setBase(next);
    if (replaceDraft || wasClean || !draftRef.current) setDraft(draftOf(next.doc));
    publish(next);
  }, [publish]);

  // A version from the server (first load, or a refetch after someone else's write).
  useEffect(() => {
    if (!server) return;
    const b = baseRef.current;
    if (!b) {
      setBase(server);
      setDraft(draftOf(server.doc));
      return;
    }
    // The same version with other reviewers or verdicts (those do not change the ETag): the
    // text is the base's, so the draft stays as it is.
    if (server.etag === b.etag) {
      if (server !== b) setBase(server);
      return;
    }
    if (saving.current) return;
    if (!dirty()) {
      setBase(server);
      setDraft(draftOf(server.doc));
    } else if (sameDraft(draftOf(server.doc), draftRef.current!) || server.doc.revision === b.doc.revision) {
      // The server has my text already, or only reviewers or the status changed: a new ETag to save with, the draft kept.
      setBase(server);
    }
  }, [server]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) {
      await saving.current;
      return flush();
    }
    const d = draftRef.current;
    const b = baseRef.current;
    if (!d || !b || conflictRef.current || !editable) return;
    const patch = patchOf(d, draftOf(b.doc));
    if (isEmptyPatch(patch)) return;
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const answer = await api.full.patch<Document>(documentPath(id), patch, ifMatch(b.etag));
        const next = { doc: answer.data, etag: answer.etag };
        setBase(next);
        publish(next);
        void client.invalidateQueries({ queryKey: ['documents', 'list'] });
        void client.invalidateQueries({ queryKey: ['documents', 'part', id, 'revisions'] });
        setSave({ kind: 'saved', at: new Date().toISOString() });
      } catch (e) {
        if (isApiError(e) && e.status === 412) {
          try {
            const fresh = await api.full.get<Document>(documentPath(id));
            holdConflict({ mine: d, theirs: { doc: fresh.data, etag: fresh.etag } });
            setSave({ kind: 'idle' });
          } catch (inner) {
            setSave({ kind: 'failed', message: errorMessage(inner) });
          }
        } else {
          setSave({ kind: 'failed', message: errorMessage(e) });
        }
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
    // Typing went on while the save was in flight: save that too, after the pause.
    if (dirty() && !conflictRef.current && timer.current === null) timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  }, [client, editable, id, publish]);

  const change = useCallback(
    (patch: Partial<Draft>) => {
      const current = draftRef.current;
      if (!current) return;
      setDraft({ ...current, ...patch });
      if (!editable || conflictRef.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [editable, flush],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  async function keepMine(): Promise<void> {
    const c = conflictRef.current;
    if (!c) return;
    setBase(c.theirs);
    setDraft(c.mine);
    holdConflict(null);
    await flush();
  }

  function takeTheirs(): void {
    const c = conflictRef.current;
    if (!c) return;
    holdConflict(null);
    adopt(c.theirs, true);
    setSave({ kind: 'idle' });
  }

  /** The latest version known (after an awaited flush, the state above is a render behind). */
  const latest = useCallback(() => baseRef.current, []);

  return { draft, base, save, conflict, change, flush, adopt, keepMine, takeTheirs, dirty, latest };
}

export type Autosave = ReturnType<typeof useAutosave>;
