/**
 * One entry's state: loading it, editing it with an explicit Save guarded by its ETag (If-Match),
 * resolving a 412 conflict, keeping the draft in this browser, and deleting it with an Undo.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, isApiError } from '../../api/client.js';
import type { Evidence } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { draftOf, type EvidenceDraft, type MetricProblem } from '../../components/EvidenceFields.js';
import { preloadMarkdown } from '../../components/MarkdownView.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { usePeopleById, useTeams } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';
import { changedFields, differs, patchOf, rebase, valuesOf, type Loaded } from './entryFields.js';
import { readStoredDraft, writeStoredDraft, type StoredDraft } from './storedDraft.js';
import { useEntryRemoval } from './useEntryRemoval.js';

export interface EntryEditing {
  draft: EvidenceDraft;
  base: Loaded;
}

export function useEntryEditor(id: string) {
  const me = useMe();
  const toast = useToast();
  const { teams } = useTeams();
  const invalidate = useInvalidate();
  // Deleted from this page: it stops asking for the entry (the answer would be a 404).
  const [gone, setGone] = useState(false);

  // The entry with its ETag, under its own key below the entry's (same resource, another shape).
  const loaded = useApiQuery<Loaded>(
    [...keys.evidence.one(id), 'with-etag'],
    async (signal) => {
      const answer = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`, { signal });
      return { evidence: answer.data, etag: answer.etag };
    },
    { enabled: !gone },
  );
  // A cached entry that is no longer there (deleted elsewhere) is not shown.
  const current = isApiError(loaded.error) && loaded.error.status === 404 ? undefined : loaded.data;
  const owners = usePeopleById([current && current.evidence.ownerId !== me.id ? current.evidence.ownerId : null]);

  const [editing, setEditing] = useState<EntryEditing | null>(null);
  const [stored, setStored] = useState<StoredDraft | null>(() => readStoredDraft(id));
  const [conflict, setConflict] = useState<Loaded | null>(null);
  const [reference, setReference] = useState<Evidence | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [metricProblems, setMetricProblems] = useState<MetricProblem[]>([]);
  const [pending, setPending] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setGone(false);
    setStored(readStoredDraft(id));
    setEditing(null);
    setConflict(null);
    setReference(null);
  }, [id]);

  // Keep the draft in this browser while editing.
  useEffect(() => {
    if (!editing) return;
    const timer = window.setTimeout(() => {
      const changed = changedFields(valuesOf(editing.draft).values, editing.base.evidence).length > 0;
      writeStoredDraft(id, changed ? { draft: editing.draft, etag: editing.base.etag, savedAt: new Date().toISOString() } : null);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [editing, id]);

  useEffect(() => {
    if (current) document.title = `${current.evidence.title} · staffpath`;
  }, [current]);

  const isOwner = current?.evidence.ownerId === me.id;

  const startEditing = useCallback(
    (draft?: EvidenceDraft, base?: Loaded) => {
      if (!current) return;
      preloadMarkdown();
      setEditing({ draft: draft ?? draftOf(current.evidence), base: base ?? current });
      setSaveError(null);
      setMetricProblems([]);
      window.setTimeout(() => titleRef.current?.focus(), 0);
    },
    [current],
  );

  function stopEditing() {
    setEditing(null);
    setConflict(null);
    setReference(null);
    setSaveError(null);
    setMetricProblems([]);
    setStored(null);
    writeStoredDraft(id, null);
  }

  async function send(patch: Record<string, unknown>, etag: string | null) {
    const answer = await api.full.patch<Evidence>(`/evidence/${encodeURIComponent(id)}`, patch, etag ? { headers: { 'If-Match': etag } } : {});
    loaded.setData({ evidence: answer.data, etag: answer.etag });
    stopEditing();
    void invalidate.evidence();
    toast({ message: 'Saved.' });
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!editing || pending) return;
    const { values, problems } = valuesOf(editing.draft);
    setMetricProblems(problems);
    if (problems.length) return;
    const fields = changedFields(values, editing.base.evidence);
    if (!fields.length) {
      stopEditing();
      toast({ message: 'No changes to save.', tone: 'info' });
      return;
    }
    setPending(true);
    setSaveError(null);
    try {
      await send(patchOf(values, fields), editing.base.etag);
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        try {
          const fresh = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`);
          setConflict({ evidence: fresh.data, etag: fresh.etag });
        } catch (inner) {
          setSaveError(inner);
        }
      } else {
        setSaveError(e);
      }
    } finally {
      setPending(false);
    }
  }

  async function keepMine() {
    if (!editing || !conflict) return;
    const { values } = valuesOf(editing.draft);
    // My changes (against the version I started from), applied on top of the saved version.
    const fields = changedFields(values, editing.base.evidence).filter((f) => differs(f, values, conflict.evidence));
    setPending(true);
    setSaveError(null);
    try {
      if (!fields.length) {
        loaded.setData(conflict);
        stopEditing();
        toast({ message: 'Both versions were the same; nothing to save.', tone: 'info' });
      } else {
        await send(patchOf(values, fields), conflict.etag);
      }
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        // Changed yet again: show the newest version.
        const fresh = await api.full.get<Evidence>(`/evidence/${encodeURIComponent(id)}`).catch(() => null);
        if (fresh) setConflict({ evidence: fresh.data, etag: fresh.etag });
      } else {
        setSaveError(e);
      }
    } finally {
      setPending(false);
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    loaded.setData(conflict);
    stopEditing();
    toast({ message: 'Showing the saved version. Your edit was discarded.', tone: 'info' });
  }

  function mergeByHand() {
    if (!editing || !conflict) return;
    // Continue from the saved version with my changes on top; the next Save applies to it.
    setEditing({ draft: rebase(editing.draft, editing.base.evidence, conflict.evidence), base: conflict });
    loaded.setData(conflict);
    setReference(conflict.evidence);
    setConflict(null);
    window.setTimeout(() => titleRef.current?.focus(), 0);
  }

  const remove = useEntryRemoval({ current, setPending, onGone: () => setGone(true), onStale: loaded.reload });

  function onFormKey(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  }

  return {
    me,
    teams,
    loaded,
    current,
    owners,
    editing,
    setEditing,
    stored,
    setStored,
    conflict,
    reference,
    saveError,
    metricProblems,
    pending,
    titleRef,
    isOwner,
    startEditing,
    stopEditing,
    save,
    keepMine,
    takeTheirs,
    mergeByHand,
    remove,
    onFormKey,
  };
}

export type EntryEditorState = ReturnType<typeof useEntryEditor>;
