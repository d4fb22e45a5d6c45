/**
 * Editing one outcome: it starts from the version read with its ETag, saves only the changed
 * fields with If-Match, and on a 412 keeps the draft and offers the conflict choices (keep
 * mine, use the saved version, merge by hand).
 */
import { useState } from 'react';
import { api, isApiError } from '../../api/client.js';
import type { Outcome } from '../../api/types.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { useQueryClient } from '@tanstack/react-query';
import { useToast } from '../Toast.js';
import { differs, draftOf, OUTCOME_FIELDS, patchOf, readDraft, valuesOf, type OutcomeDraft, type OutcomeValues } from './outcomeDraft.js';

export interface Versioned {
  outcome: Outcome;
  etag: string | null;
}

const path = (id: string) => `/outcomes/${encodeURIComponent(id)}`;

/** The outcome with its ETag, under its own key below the outcome's (same resource, another shape). */
export const versionedKey = (id: string) => [...keys.outcomes.one(id), 'with-etag'] as const;

export async function loadVersioned(id: string, signal?: AbortSignal): Promise<Versioned> {
  const answer = await api.full.get<Outcome>(path(id), signal ? { signal } : {});
  return { outcome: answer.data, etag: answer.etag };
}

/** Changed by me against the base; of those, only the ones the saved version does not already have. */
function myChanges(mine: OutcomeValues, base: OutcomeValues, theirs: OutcomeValues) {
  return OUTCOME_FIELDS.filter((f) => differs(f, mine, base) && differs(f, mine, theirs));
}

export function useOutcomeEditor(onDone: (saved: Versioned | null) => void) {
  const toast = useToast();
  const invalidate = useInvalidate();
  const client = useQueryClient();
  const [base, setBase] = useState<Versioned | null>(null);
  const [draft, setDraft] = useState<OutcomeDraft | null>(null);
  const [conflict, setConflict] = useState<Versioned | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function start(id: string) {
    setBase(null);
    setDraft(null);
    setConflict(null);
    setError(null);
    try {
      const fresh = await loadVersioned(id);
      setBase(fresh);
      setDraft(draftOf(fresh.outcome));
    } catch (e) {
      setError(e);
    }
  }

  function finish(saved: Versioned | null) {
    if (saved) client.setQueryData(versionedKey(saved.outcome.id), saved);
    void invalidate.outcomes();
    onDone(saved);
  }

  async function send(patch: object, against: Versioned) {
    const answer = await api.full.patch<Outcome>(path(against.outcome.id), patch, against.etag ? { headers: { 'If-Match': against.etag } } : {});
    toast({ message: 'Outcome saved.' });
    finish({ outcome: answer.data, etag: answer.etag });
  }

  async function attempt(against: Versioned, fields: (mine: OutcomeValues) => object) {
    if (!draft || pending) return;
    const read = readDraft(draft);
    if (!read.ok) return setError(read.error);
    const mine = valuesOf({ ...read.body, impact: read.body.impact ?? null, initiativeId: read.body.initiativeId ?? null, audience: read.body.audience ?? [] });
    const patch = fields(mine);
    if (!Object.keys(patch).length) {
      toast({ message: 'No changes to save.', tone: 'info' });
      if (conflict) client.setQueryData(versionedKey(conflict.outcome.id), conflict);
      return finish(null);
    }
    setPending(true);
    setError(null);
    try {
      await send(patch, against);
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        try {
          setConflict(await loadVersioned(against.outcome.id));
        } catch (inner) {
          setError(inner);
        }
      } else {
        setError(e);
      }
    } finally {
      setPending(false);
    }
  }

  const save = () => base && attempt(base, (mine) => patchOf(mine, valuesOf(base.outcome)));

  const keepMine = () => {
    if (!base || !conflict) return;
    const theirs = valuesOf(conflict.outcome);
    return attempt(conflict, (mine) => {
      const patch: Record<string, unknown> = {};
      for (const f of myChanges(mine, valuesOf(base.outcome), theirs)) patch[f] = mine[f];
      return patch;
    });
  };

  function takeTheirs() {
    if (!conflict) return;
    toast({ message: 'Showing the saved version. Your edit was discarded.', tone: 'info' });
    finish(conflict);
  }

  function mergeByHand() {
    if (!base || !conflict || !draft) return;
    // Continue from the saved version with my changed fields on top; the next Save applies to it.
    const saved = draftOf(conflict.outcome);
    const started = draftOf(base.outcome);
    const merged = { ...saved };
    for (const f of OUTCOME_FIELDS) if (JSON.stringify(draft[f]) !== JSON.stringify(started[f])) Object.assign(merged, { [f]: draft[f] });
    setDraft(merged);
    setBase(conflict);
    setConflict(null);
  }

  return { base, draft, setDraft, conflict, error, pending, start, save, keepMine, takeTheirs, mergeByHand };
}

export type OutcomeEditor = ReturnType<typeof useOutcomeEditor>;
