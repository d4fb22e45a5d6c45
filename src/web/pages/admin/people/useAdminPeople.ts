/**
 * Admin › People's data: everyone (deactivated too) matching the filters, their managers'
 * names, and what a write does to them — the answer is shown at once in the list, then every
 * query that reads people (names, teams, readiness) reloads.
 */
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.js';
import type { Person } from '../../../api/types.js';
import { useToast } from '../../../components/Toast.js';
import { useInvalidate } from '../../../data/invalidate.js';
import { rememberPeople, usePeopleById, usePeopleList } from '../../../data/people.js';

export function useAdminPeople(q: string, team: string) {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const toast = useToast();
  const list = usePeopleList(q, team, true);
  const managers = usePeopleById(list.items.map((p) => p.managerId));

  /** A person as the server just answered: in place (or first, when new), then reload. */
  function show(person: Person, placement: 'in-place' | 'first' = 'in-place') {
    rememberPeople(client, [person]);
    list.setItems((items) =>
      placement === 'first' ? [person, ...items.filter((p) => p.id !== person.id)] : items.map((p) => (p.id === person.id ? person : p)),
    );
    void invalidate.people();
  }

  async function toggleActive(person: Person) {
    const saved = await api.patch<Person>(`/people/${encodeURIComponent(person.id)}`, { active: !person.active });
    show(saved);
    toast({ message: saved.active ? `${saved.name} can sign in again.` : `${saved.name} was deactivated.` });
  }

  return {
    list,
    managers,
    created(person: Person) {
      show(person, 'first');
      toast({ message: `${person.name} was added.` });
    },
    saved(person: Person) {
      show(person);
      toast({ message: `Saved changes to ${person.name}.` });
    },
    toggleActive,
    /** Reports moved between managers: many people changed. */
    moved: () => void invalidate.people(),
  };
}
