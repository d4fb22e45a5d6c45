/** Milestones: title, due date, done. Ticking, adding and removing save at once; a removal can be undone. */
import { Plus, X } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Initiative, Milestone } from '../../api/types.js';
import { DateInput } from '../../components/controls/index.js';
import { Field, FormError } from '../../components/Form.js';
import { useToast } from '../../components/Toast.js';
import { formatLongDay } from '../../lib/evidence.js';
import { INITIATIVE_LIMITS } from '../../../shared/staff-work-limits.js';
import { Section } from './Section.js';
import type { InitiativeState } from './useInitiative.js';

type NewMilestone = Omit<Milestone, 'id'> & { id?: string };

export function Milestones({ initiative, state }: { initiative: Initiative; state: InitiativeState }) {
  const toast = useToast();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What is being saved shows at once (a tick flips as it is clicked); the server's answer replaces it.
  const [optimistic, setOptimistic] = useState<NewMilestone[] | null>(null);
  const milestones = initiative.milestones;
  const shown = optimistic ?? milestones;
  // An Undo runs after later renders: it must save against the newest version, not the one it saw.
  const latest = useRef(state);
  latest.current = state;

  async function write(next: NewMilestone[]): Promise<boolean> {
    setBusy(true);
    setError(null);
    setOptimistic(next);
    try {
      return (await latest.current.save({ milestones: next as Milestone[] })) === 'saved';
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setOptimistic(null);
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Name the milestone.');
      return;
    }
    if (await write([...milestones, { title: title.trim(), dueOn: dueOn || null, done: false }])) {
      setTitle('');
      setDueOn('');
    }
  }

  async function remove(m: Milestone) {
    const before = milestones;
    if (!(await write(milestones.filter((x) => x.id !== m.id)))) return;
    toast({ message: `Removed “${m.title}”.`, action: { label: 'Undo', onClick: () => void write(before.map((x) => (x.id === m.id ? { title: x.title, dueOn: x.dueOn, done: x.done } : x))) } });
  }

  return (
    <Section title="Milestones" canEdit={state.isOwner}>
      <FormError message={error} />
      {shown.length === 0 ? (
        <p className="in-empty small">
          {state.isOwner
            ? 'No milestones yet. Mark the points where someone could check progress — for example “Design review signed off” or “First team migrated”.'
            : 'No milestones yet.'}
        </p>
      ) : (
        <ul className="plain-list in-milestones">
          {shown.map((m, i) => (
            <li key={m.id ?? `new-${i}`} className={`in-milestone ${m.done ? 'in-milestone-done' : ''}`}>
              <label className="checkbox grow">
                <input
                  type="checkbox"
                  checked={m.done}
                  disabled={!state.isOwner || busy}
                  onChange={(e) => void write(milestones.map((x) => (x.id === m.id ? { ...x, done: e.target.checked } : x)))}
                />
                <span className="in-milestone-title">{m.title}</span>
                {m.done && <span className="visually-hidden"> (done)</span>}
              </label>
              <span className="small muted num">{m.dueOn ? <time dateTime={m.dueOn}>{formatLongDay(m.dueOn)}</time> : 'No date'}</span>
              {state.isOwner && (
                <button type="button" className="icon-button" aria-label={`Remove milestone ${m.title}`} disabled={busy} onClick={() => m.id && void remove({ ...m, id: m.id })}>
                  <X size={14} aria-hidden="true" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.isOwner && (
        <form className="form-row in-milestone-add" onSubmit={add} noValidate aria-label="Add a milestone">
          <Field label="New milestone" className="grow">
            <input value={title} maxLength={INITIATIVE_LIMITS.title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" placeholder="Design review signed off" />
          </Field>
          <Field label="Due">
            <DateInput value={dueOn} onChange={setDueOn} />
          </Field>
          <button type="submit" className="btn" disabled={busy}>
            <Plus size={14} aria-hidden="true" /> Add milestone
          </button>
        </form>
      )}
    </Section>
  );
}
