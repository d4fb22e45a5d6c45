/** The profile form's draft, its check before a round trip, and the save (`PATCH /me`). */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { AudienceMember, Person } from '../../api/types.js';
import { useMe, useSession } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { invalidFields } from './invalidFields.js';
import { draftOf, profilePatch, type ProfileDraft } from './profileOptions.js';

export function useProfileForm() {
  const me = useMe();
  const session = useSession();
  const toast = useToast();
  const invalidate = useInvalidate();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(me));
  const [error, setError] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (patch: Record<string, unknown>) => api.patch<Person>('/me', patch),
    onSuccess: (person) => {
      session.setPerson(person);
      // Names and target levels show in people lists, readiness and the plan.
      void invalidate.people();
    },
  });

  function set<K extends keyof ProfileDraft>(field: K, value: ProfileDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  function setAudience(update: (all: AudienceMember[]) => AudienceMember[]) {
    setDraft((d) => ({ ...d, audience: update(d.audience) }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setError(invalidFields([{ pointer: '/name', message: 'Enter your name.' }]));
    const patch = profilePatch(me, draft);
    if (!Object.keys(patch).length) {
      toast({ message: 'Nothing to save; your profile is up to date.', tone: 'info' });
      return;
    }
    setError(null);
    try {
      await save.mutateAsync(patch);
      toast({ message: 'Profile saved.' });
    } catch (e) {
      setError(e);
    }
  }

  return { me, draft, set, setAudience, error, pending: save.isPending, submit };
}
