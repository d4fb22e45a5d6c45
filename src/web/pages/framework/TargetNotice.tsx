/** Shown when the person's target level is not a level of the current framework. */
import { TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useToast } from '../../components/Toast.js';
import type { LevelInfo } from '../../lib/framework.js';

export function TargetNotice({ subject, isMe, levels }: { subject: Person; isMe: boolean; levels: LevelInfo[] }) {
  const session = useSession();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  async function choose(level: string) {
    setSaving(true);
    try {
      const person = await api.patch<Person>('/me', { targetLevel: level });
      session.setPerson(person);
      toast({ message: `Target level set to ${levels.find((l) => l.id === level)?.name ?? level}.` });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="notice notice-warning fw-target-notice" role="status">
      <TriangleAlert size={16} aria-hidden="true" />
      <div className="grow">
        <p>
          {isMe ? 'Your' : `${subject.name}'s`} target level, “{subject.targetLevel}”, is not a level of this framework
          {isMe ? '. Choose the level you are aiming for:' : '. They (or you, as their manager) can choose a new one.'}
        </p>
        {isMe && (
          <div className="fw-target-choose">
            <label htmlFor="fw-target" className="visually-hidden">
              Target level
            </label>
            <select id="fw-target" className="select-inline" defaultValue="" disabled={saving} onChange={(e) => e.target.value && void choose(e.target.value)}>
              <option value="" disabled>
                Choose…
              </option>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </div>
  );
}
