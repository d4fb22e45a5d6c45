/**
 * The assessment being written: picks up the author's draft (or starts from their last shared
 * one), autosaves a moment after each change, and shares or deletes it.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { sharedNewestFirst } from '../../../shared/ratings.js';
import { api, ApiError } from '../../api/client.js';
import type { Assessment, AssessmentKind, Dimension, Evidence, Page, Person, RatingInput, StoredFramework } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import type { ApiQuery } from '../../data/queries.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import { KIND_LABELS } from '../../lib/assessments.js';
import { useDebounced } from '../../lib/hooks.js';
import { AUTOSAVE_MS, problemsByDimension, ratingsOf, rowsFrom, type RowDraft, type Rows, type SaveState } from './draft.js';
import { useEvidenceTitles } from './useEvidenceTitles.js';

export function useAssessmentDraft({
  isMe,
  subjectId,
  subject,
  kind,
  framework,
  levels,
  dimensions,
  existing,
}: {
  isMe: boolean;
  subjectId: string;
  subject: Person | null;
  kind: AssessmentKind;
  framework: StoredFramework | null;
  levels: readonly LevelInfo[];
  dimensions: Dimension[];
  existing: ApiQuery<Page<Assessment>>;
}) {
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const invalidate = useInvalidate();

  const [rows, setRows] = useState<Rows>({});
  const [draft, setDraft] = useState<Assessment | null>(null);
  const [startedFrom, setStartedFrom] = useState<Assessment | null>(null);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [found, setFound] = useState<Map<string, string>>(new Map());
  const draftRef = useRef<Assessment | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const lastSent = useRef<string>('');

  // Pick up my draft of this kind, or start from my last shared one. Only from a fresh answer:
  // a cached list from before may not show the draft saved since, and a second one would start.
  const key = `${subjectId}/${kind}/${framework?.id ?? ''}`;
  const fresh = existing.data && !existing.fetching ? existing.data : null;
  useEffect(() => {
    if (!fresh || !framework || loadedKey === key) return;
    const mine = fresh.items.filter((a) => a.authorId === me.id && a.kind === kind);
    const open = [...mine].reverse().find((a) => a.status === 'draft') ?? null;
    const lastShared = sharedNewestFirst(mine)[0] ?? null;
    // Start from the last shared one only when it was made against this framework.
    const base = open ?? (lastShared?.frameworkId === framework.id ? lastShared : null);
    draftRef.current = open;
    setDraft(open);
    setStartedFrom(open ? null : base);
    setRows(rowsFrom(base, levels));
    lastSent.current = open ? JSON.stringify(ratingsOf(rowsFrom(open, levels), dimensions, levels).ratings) : '';
    setSaveState(open ? { kind: 'saved', at: open.updatedAt } : { kind: 'idle' });
    setError(null);
    setLoadedKey(key);
  }, [fresh, framework, key, loadedKey, me.id, kind, levels, dimensions]);

  // Titles of linked entries: those met in a search, and the others looked up.
  const remember = useCallback((items: Evidence[]) => {
    setFound((t) => {
      if (items.every((e) => t.get(e.id) === e.title)) return t;
      const copy = new Map(t);
      for (const e of items) copy.set(e.id, e.title);
      return copy;
    });
  }, []);
  const linked = Object.values(rows).flatMap((r) => r.evidenceIds);
  const looked = useEvidenceTitles(linked.filter((eid) => !found.has(eid)));
  const titles = new Map([...looked, ...found]);

  const { ratings, order } = ratingsOf(rows, dimensions, levels);
  const payload = JSON.stringify(ratings);
  const problems = problemsByDimension(error, order);
  const wrongFramework = Boolean(draft && framework && draft.frameworkId !== framework.id);

  /** Save the current ratings (creating the draft the first time); calls run one after another. */
  const save = useCallback(
    (body: RatingInput[], quiet: boolean): Promise<Assessment | null> => {
      const run = async (): Promise<Assessment | null> => {
        const sent = JSON.stringify(body);
        const current = draftRef.current;
        if (current && sent === lastSent.current) return current;
        setSaveState({ kind: 'saving' });
        try {
          const saved = current
            ? await api.patch<Assessment>(`/assessments/${encodeURIComponent(current.id)}`, { ratings: body })
            : await api.post<Assessment>('/assessments', { subjectId: isMe ? 'me' : subjectId, kind, ratings: body });
          draftRef.current = saved;
          lastSent.current = sent;
          setDraft(saved);
          setError(null);
          setSaveState({ kind: 'saved', at: saved.updatedAt });
          void invalidate.assessments();
          return saved;
        } catch (e) {
          setError(e);
          setSaveState({ kind: 'error' });
          if (!quiet) throw e;
          return null;
        }
      };
      const next = chain.current.then(run, run);
      chain.current = next.catch(() => {});
      return next;
    },
    [isMe, subjectId, kind, invalidate],
  );

  // Drafts save themselves a moment after the last change.
  const debounced = useDebounced(payload, AUTOSAVE_MS);
  useEffect(() => {
    if (loadedKey !== key || wrongFramework) return;
    if (debounced !== payload) return;
    if (debounced === lastSent.current) return;
    if (!draftRef.current && ratings.length === 0) return;
    void save(JSON.parse(debounced) as RatingInput[], true);
  }, [debounced, payload, save, loadedKey, key, ratings.length, wrongFramework]);

  useEffect(() => {
    if (loadedKey === key && payload !== lastSent.current && (draftRef.current || ratings.length)) setSaveState({ kind: 'dirty' });
  }, [payload, loadedKey, key, ratings.length]);

  const setRow = (dimension: string, row: RowDraft) => setRows((r) => ({ ...r, [dimension]: row }));

  async function saveNow(event?: FormEvent) {
    event?.preventDefault();
    if (!ratings.length && !draftRef.current) {
      setError(new ApiError({ status: 400, code: 'local', detail: 'Rate at least one dimension before saving.' }));
      return;
    }
    try {
      await save(ratings, false);
      toast({ message: 'Draft saved. Only you can see it until you share it.' });
    } catch {
      // shown beside the fields
    }
  }

  async function share() {
    const saved = await save(ratings, false);
    if (!saved) throw new Error('Nothing to share yet.');
    const shared = await api.post<Assessment>(`/assessments/${encodeURIComponent(saved.id)}/share`);
    draftRef.current = null;
    void invalidate.assessments();
    toast({ message: `${KIND_LABELS[shared.kind]} shared with ${isMe ? 'your managers' : `${subject?.name ?? 'them'} and their managers`}.` });
    navigate(isMe ? '/framework#assessments-heading' : `/framework?person=${encodeURIComponent(subjectId)}#assessments-heading`);
  }

  async function remove() {
    const current = draftRef.current;
    if (!current) return;
    await chain.current;
    await api.delete(`/assessments/${encodeURIComponent(current.id)}`);
    void invalidate.assessments();
    draftRef.current = null;
    lastSent.current = '';
    setDraft(null);
    setStartedFrom(null);
    setRows({});
    setError(null);
    setSaveState({ kind: 'idle' });
    toast({ message: 'Draft deleted.', tone: 'info' });
  }

  return { rows, draft, startedFrom, loadedKey, key, saveState, titles, remember, ratings, problems, wrongFramework, setRow, saveNow, share, remove };
}
