/**
 * The timeline's data: the filters read from the query string, the paged list of entries they
 * select (searched or grouped by period), and what the page needs to describe the result.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import type { EvidenceListItem, Page, Person } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useFramework } from '../../data/framework.js';
import { keys } from '../../data/keys.js';
import { usePeopleById, useTeams } from '../../data/people.js';
import { useApiQuery, usePagedQuery } from '../../data/queries.js';
import { groupByPeriod, todayIn, weekStartDay } from '../../lib/evidence.js';
import { readFilters, useFilterUpdate } from './filterParams.js';
import { useInfiniteScroll } from './useInfiniteScroll.js';
import { useKeptWhileLoading } from './useKeptWhileLoading.js';

export function useEvidenceQuery() {
  const me = useMe();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const update = useFilterUpdate();
  const { teams } = useTeams();
  const { dimensions, dimensionName } = useFramework();
  const today = todayIn(me.timeZone);
  const startDay = weekStartDay(me.weekStart);
  // A query without a letter or digit (a lone quote while typing a phrase) is no search yet.
  const query = /[\p{L}\p{N}]/u.test(filters.q) ? filters.q.trim() : '';
  const searching = query !== '';

  // Only to tell "nobody reports to you" apart from "nothing shared yet".
  const reports = useApiQuery(
    [...keys.people.all, 'reports-of', me.id],
    async (signal) => (await api.get<Page<Person>>('/people', { query: { managerId: me.id, limit: 1 }, signal })).items,
    { enabled: filters.owner === 'reports' },
  );
  const reportIds = (reports.data ?? []).map((p) => p.id);

  const listParams = { q: query, owner: filters.owner, dimension: filters.dimension, impact: filters.impact, team: filters.team, from: filters.from, to: filters.to };
  const loadedList = usePagedQuery<EvidenceListItem>(keys.evidence.list(listParams), async (cursor, signal) => {
    // `reports` is everyone below you in the reporting line, worked out by the server.
    const owner = filters.owner === 'all' ? undefined : [filters.owner];
    return api.get<Page<EvidenceListItem>>('/evidence', {
      query: {
        q: query || undefined,
        owner,
        dimension: filters.dimension,
        impact: filters.impact,
        team: filters.team ? [filters.team] : undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        cursor,
        limit: 25,
      },
      signal,
    });
  });
  const list = useKeptWhileLoading(loadedList);
  const sentinel = useInfiniteScroll(list);

  const owners = usePeopleById(list.items.map((i) => (i.ownerId !== me.id ? i.ownerId : null)));
  const groups = useMemo(() => (searching ? [] : groupByPeriod(list.items, filters.group, today, startDay)), [list.items, filters.group, today, startDay, searching]);

  const narrowed =
    filters.dimension.length > 0 || filters.impact.length > 0 || Boolean(filters.team || filters.from || filters.to);
  const anyFilter = narrowed || searching || filters.owner !== 'me';
  const clearAll = () => update({ q: null, owner: null, dimension: null, impact: null, team: null, from: null, to: null });

  const teamOptions = useMemo(() => {
    const names = teams.map((t) => t.name);
    if (filters.team && !names.some((n) => n.toLowerCase() === filters.team.toLowerCase())) names.unshift(filters.team);
    return names;
  }, [teams, filters.team]);

  const ownerName = (id: string) => (id === me.id ? undefined : owners.get(id)?.name ?? '…');
  const countLabel = `${list.items.length}${list.nextCursor ? '+' : ''} ${list.items.length === 1 && !list.nextCursor ? 'entry' : 'entries'}`;

  return {
    filters,
    update,
    dimensions,
    dimensionName,
    today,
    query,
    searching,
    reports,
    reportIds,
    list,
    sentinel,
    groups,
    narrowed,
    anyFilter,
    clearAll,
    teamOptions,
    ownerName,
    countLabel,
  };
}

export type EvidenceQuery = ReturnType<typeof useEvidenceQuery>;
