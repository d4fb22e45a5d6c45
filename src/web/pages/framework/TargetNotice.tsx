/** Shown when the person's target level is not a level of the current framework. */
import { TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Person } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { Select } from '../../components/controls/index.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { levelNameIn, type LevelInfo } from '../../data/vocabulary.js';

export function TargetNotice({ subject, isMe, levels }: { subject: Person; isMe: boolean; levels: readonly LevelInfo[] }) {
  const session = useSession();
  const toast = useToast();
  const invalidate = useInvalidate();
  const [saving, setSaving] = useState(false);
  async function choose(level: string) {
    setSaving(true);
    try {
      const person = await api.patch<Person>('/me', { targetLevel: level });
      session.setPerson(person);
      void invalidate.people();
      toast({ message: `Target level set to ${levelNameIn(levels, level)}.` });
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
            <Select
              id="fw-target"
              className="select-inline"
              value=""
              disabled={saving}
              options={[{ value: '', label: 'Choose…', disabled: true }, ...levels.map((l) => ({ value: l.id, label: l.name }))]}
              onChange={(level) => level && void choose(level)}
            />
          </div>
        )}
      </div>
    </div>
  );
}
