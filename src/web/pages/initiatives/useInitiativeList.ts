/** The initiatives list: whose (me, my reports, everyone I may see) and which status, from the URL. */
import { api } from '../../api/client.js';
import type { Initiative, InitiativeStatus, Page } from '../../api/types.js';
import { useUrlFilters } from '../../components/useUrlFilters.js';
import { keys } from '../../data/keys.js';
import { usePagedQuery } from '../../data/queries.js';
import { STATUSES } from './labels.js';

export type OwnerMode = 'me' | 'reports' | 'all';

export function useInitiativeList() {
  const filters = useUrlFilters(['owner', 'status']);
  const owner: OwnerMode = filters.values.owner === 'reports' || filters.values.owner === 'all' ? filters.values.owner : 'me';
  const status = STATUSES.some((s) => s.value === filters.values.status) ? (filters.values.status as InitiativeStatus) : '';
  const list = usePagedQuery<Initiative>(keys.initiatives.list({ owner, status }), (cursor, signal) =>
    api.get<Page<Initiative>>('/initiatives', {
      query: { owner: owner === 'all' ? undefined : [owner], status: status ? [status] : undefined, cursor, limit: 50 },
      signal,
    }),
  );
  return { filters, owner, status, list };
}
