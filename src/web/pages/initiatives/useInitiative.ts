/**
 * One initiative with its ETag, and `save(changes)`: a PATCH of the changed fields guarded by
 * If-Match. When someone saved in between (412), the newer version is fetched and a conflict is
 * held for the page to show; the section's `save` settles only when the person has chosen —
 * `saved` (mine kept), `discarded` (theirs taken) or `merge` (keep editing on top of theirs).
 */
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client.js';
import type { Initiative } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { differs, FIELDS, patchOf, valuesOf, type Field, type Values } from './values.js';

export interface Loaded {
  initiative: Initiative;
  etag: string | null;
}

export type SaveOutcome = 'saved' | 'discarded' | 'merge';

export interface Conflict {
  mine: Values;
  base: Initiative;
  theirs: Loaded;
  fields: Field[];
}

const path = (id: string) => `/initiatives/${encodeURIComponent(id)}`;

export function useInitiative(id: string) {
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [gone, setGone] = useState(false);
  const loaded = useApiQuery<Loaded>(
    [...keys.initiatives.one(id), 'with-etag'],
    async (signal) => {
      const answer = await api.full.get<Initiative>(path(id), { signal });
      return { initiative: answer.data, etag: answer.etag };
    },
    { enabled: !gone },
  );
  const current = isApiError(loaded.error) && loaded.error.status === 404 ? undefined : loaded.data;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [conflictError, setConflictError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const settle = useRef<((outcome: SaveOutcome) => void) | null>(null);
  const { setData } = loaded;

  const send = useCallback(
    async (values: Values, fields: Field[], etag: string | null) => {
      const answer = await api.full.patch<Initiative>(path(id), patchOf(values, fields), etag ? { headers: { 'If-Match': etag } } : {});
      setData({ initiative: answer.data, etag: answer.etag });
      void invalidate.initiatives();
      return answer.data;
    },
    [id, invalidate, setData],
  );

  const fetchFresh = useCallback(async (): Promise<Loaded> => {
    const fresh = await api.full.get<Initiative>(path(id));
    return { initiative: fresh.data, etag: fresh.etag };
  }, [id]);

  /** Save some fields; resolves once saved, or once the person has settled a conflict. */
  async function save(changes: Partial<Values>): Promise<SaveOutcome> {
    if (!current) return 'discarded';
    const base = current.initiative;
    const mine: Values = { ...valuesOf(base), ...changes };
    const fields = FIELDS.filter((f) => f in changes && differs(f, mine, valuesOf(base)));
    if (!fields.length) return 'saved';
    try {
      await send(mine, fields, current.etag);
      return 'saved';
    } catch (e) {
      if (!isApiError(e) || e.status !== 412) throw e;
      const theirs = await fetchFresh();
      setConflictError(null);
      setConflict({ mine, base, theirs, fields });
      return new Promise<SaveOutcome>((resolve) => {
        settle.current = resolve;
      });
    }
  }

  function finish(outcome: SaveOutcome) {
    setConflict(null);
    settle.current?.(outcome);
    settle.current = null;
  }

  async function keepMine() {
    if (!conflict) return;
    const fields = conflict.fields.filter((f) => differs(f, conflict.mine, valuesOf(conflict.theirs.initiative)));
    setPending(true);
    setConflictError(null);
    try {
      if (fields.length) await send(conflict.mine, fields, conflict.theirs.etag);
      else setData(conflict.theirs);
      toast({ message: fields.length ? 'Saved your changes on top of the newer version.' : 'Both versions were the same; nothing to save.', tone: fields.length ? 'success' : 'info' });
      finish('saved');
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        const theirs = await fetchFresh().catch(() => null);
        if (theirs) setConflict({ ...conflict, theirs });
      } else {
        setConflictError(e);
      }
    } finally {
      setPending(false);
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    setData(conflict.theirs);
    toast({ message: 'Showing the saved version. Your edit was discarded.', tone: 'info' });
    finish('discarded');
  }

  function mergeByHand() {
    if (!conflict) return;
    setData(conflict.theirs);
    finish('merge');
  }

  async function remove() {
    if (!current) return;
    await api.delete(path(id), current.etag ? { headers: { 'If-Match': current.etag } } : {});
    setGone(true);
    void invalidate.initiatives();
    void invalidate.outcomes();
    void invalidate.evidence();
    toast({ message: `Deleted “${current.initiative.title}”. Its outcomes and evidence are kept, no longer linked.` });
    navigate('/initiatives');
  }

  return {
    me,
    loaded,
    current,
    isOwner: current?.initiative.ownerId === me.id,
    save,
    conflict,
    conflictError,
    pending,
    keepMine,
    takeTheirs,
    mergeByHand,
    remove,
  };
}

export type InitiativeState = ReturnType<typeof useInitiative>;
