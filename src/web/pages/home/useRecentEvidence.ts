/** The last five entries of your own, and whether anything was logged this week (for the nudge). */
import { api } from '../../api/client.js';
import type { Evidence, Page, Person } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { startOfWeek, todayIn, weekStartDay } from '../../lib/evidence.js';

export function useRecentEvidence(me: Person) {
  const recent = useApiQuery(keys.evidence.recent({ owner: 'me', limit: 5 }), (signal) =>
    api.get<Page<Evidence>>('/evidence', { query: { owner: 'me', limit: 5 }, signal }),
  );
  const today = todayIn(me.timeZone);
  const weekStart = startOfWeek(today, weekStartDay(me.weekStart));
  const items = recent.data?.items ?? [];
  const loggedThisWeek = items.some((e) => e.occurredOn >= weekStart || todayIn(me.timeZone, new Date(e.createdAt)) >= weekStart);
  return { ...recent, items, today, nothingThisWeek: Boolean(recent.data) && !loggedThisWeek };
}

export type RecentEvidenceState = ReturnType<typeof useRecentEvidence>;
