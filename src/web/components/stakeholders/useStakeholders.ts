/**
 * The stakeholders of one initiative or document: the list, each one's display name (a person,
 * an organisation team or an outside name), the organisation's staleness setting, and the writes.
 */
import { api, getAll } from '../../api/client.js';
import type { NewStakeholder, OrganisationSettings, Stakeholder, StakeholderPatch } from '../../api/types.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { usePeopleById, useTeams } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';

export interface StakeholderParent {
  initiativeId?: string | undefined;
  documentId?: string | undefined;
}

export type Kind = 'person' | 'team' | 'outside';

export const kindOf = (s: Stakeholder): Kind => (s.personId ? 'person' : s.teamId ? 'team' : 'outside');

export function useStakeholders(parent: StakeholderParent) {
  const invalidate = useInvalidate();
  const which = parent.initiativeId ? { initiativeId: parent.initiativeId } : { documentId: parent.documentId ?? '' };
  const list = useApiQuery(keys.stakeholders.of(which), () => getAll<Stakeholder>('/stakeholders', which));
  const settings = useApiQuery(keys.settings.organisation(), (signal) => api.get<OrganisationSettings>('/settings', { signal }), { staleTime: 5 * 60_000 });
  const items = list.data ?? [];
  const people = usePeopleById(items.map((s) => s.personId));
  const { teams } = useTeams();
  const { setData } = list;

  const nameOf = (s: Stakeholder): string =>
    s.personId ? (people.get(s.personId)?.name ?? '…') : s.teamId ? (teams.find((t) => t.id === s.teamId)?.name ?? 'A team') : (s.name ?? '');

  async function add(body: Omit<NewStakeholder, 'initiativeId' | 'documentId'>) {
    const created = await api.post<Stakeholder>('/stakeholders', { ...which, ...body });
    setData((prev) => [...(prev ?? []), created]);
    void invalidate.stakeholders();
    return created;
  }

  /** Shows the change at once, then the server's answer (or the version before, if it refused). */
  async function update(id: string, patch: StakeholderPatch) {
    const before = items.find((s) => s.id === id);
    setData((prev) => (prev ?? []).map((s) => (s.id === id ? { ...s, ...patch } : s)));
    try {
      const saved = await api.patch<Stakeholder>(`/stakeholders/${encodeURIComponent(id)}`, patch);
      setData((prev) => (prev ?? []).map((s) => (s.id === id ? saved : s)));
      void invalidate.stakeholders();
      return saved;
    } catch (e) {
      if (before) setData((prev) => (prev ?? []).map((s) => (s.id === id ? before : s)));
      throw e;
    }
  }

  async function remove(id: string) {
    await api.delete(`/stakeholders/${encodeURIComponent(id)}`);
    setData((prev) => (prev ?? []).filter((s) => s.id !== id));
    void invalidate.stakeholders();
  }

  return { list, items, nameOf, staleDays: settings.data?.stakeholderStaleDays ?? null, teams, add, update, remove };
}

export type StakeholdersState = ReturnType<typeof useStakeholders>;
