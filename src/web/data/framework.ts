/**
 * The organisation's active framework through the query cache: its levels and dimensions are
 * the vocabulary of the whole app (target levels, dimension chips, the capture dialog,
 * filters). Until it has loaded, the default framework's vocabulary stands in, so labels
 * never flash as raw ids. The lookups are pure functions of a vocabulary (./vocabulary.ts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client.js';
import type { StoredFramework } from '../api/types.js';
import { keys } from './keys.js';
import { useApiQuery } from './queries.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';

export type { DimensionInfo, LevelInfo, Vocabulary } from './vocabulary.js';

export interface FrameworkSnapshot extends Vocabulary {
  framework: StoredFramework | null;
  loading: boolean;
  error: unknown;
}

export const fetchActiveFramework = (signal?: AbortSignal) => api.get<StoredFramework>('/frameworks/active', signal ? { signal } : {});

/** The active framework and its vocabulary; loads it on first use, shared by every caller. */
export function useFramework(): FrameworkSnapshot {
  const query = useApiQuery(keys.framework.active(), fetchActiveFramework, { staleTime: 5 * 60_000 });
  const framework = query.data ?? null;
  const vocabulary = useMemo(() => vocabularyOf(framework?.definition ?? null), [framework]);
  return { ...vocabulary, framework, loading: query.loading, error: query.error };
}

/** After an import or activation: the new active framework, everywhere at once. */
export function useSetActiveFramework(): (framework: StoredFramework) => void {
  const client = useQueryClient();
  return (framework) => {
    client.setQueryData(keys.framework.active(), framework);
    void client.invalidateQueries({ queryKey: keys.framework.all, refetchType: 'none' });
  };
}
