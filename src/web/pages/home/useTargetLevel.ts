/** Changing your target level from Home: saved to your profile, then everything that reads it reloads. */
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import { useFramework } from '../../data/framework.js';
import { useInvalidate } from '../../data/invalidate.js';

export function useTargetLevel(): { saving: boolean; change(level: string): Promise<void> } {
  const session = useSession();
  const toast = useToast();
  const invalidate = useInvalidate();
  const { levelName } = useFramework();
  const [saving, setSaving] = useState(false);

  async function change(level: string) {
    setSaving(true);
    try {
      const person = await api.patch<Person>('/me', { targetLevel: level });
      session.setPerson(person);
      void invalidate.people();
      toast({ message: `Target level set to ${levelName(person.targetLevel)}.` });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  return { saving, change };
}
