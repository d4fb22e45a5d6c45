/** The timeline's filters as they live in the query string, and the hook that writes them back. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Grouping } from '../../lib/evidence.js';

export type OwnerMode = 'me' | 'reports' | 'all';

export const OWNER_SUMMARY: Record<OwnerMode, string> = {
  me: 'of yours',
  reports: 'from your reports',
  all: 'you can see',
};

export const OWNER_LABELS: Record<OwnerMode, string> = {
  me: 'Mine',
  reports: 'My reports',
  all: 'Everyone I can see',
};

export interface Filters {
  q: string;
  owner: OwnerMode;
  dimension: string[];
  impact: string[];
  team: string;
  from: string;
  to: string;
  group: Grouping;
}

export function readFilters(params: URLSearchParams): Filters {
  const owner = params.get('owner');
  return {
    q: params.get('q') ?? '',
    owner: owner === 'reports' || owner === 'all' ? owner : 'me',
    dimension: params.getAll('dimension'),
    impact: params.getAll('impact'),
    team: params.get('team') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    group: params.get('group') === 'month' ? 'month' : 'week',
  };
}

/** Write the parts of the query string that changed; `null` or `[]` removes a filter. */
export function useFilterUpdate() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (patch: Partial<Record<keyof Filters, string | string[] | null>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            next.delete(key);
            if (Array.isArray(value)) value.forEach((v) => next.append(key, v));
            else if (value) next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
}
