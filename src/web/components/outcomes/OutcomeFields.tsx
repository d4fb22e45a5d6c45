/** The fields of the outcome form (new and edit), each with the server's message beside it. */
import type { RefObject } from 'react';
import type { AudienceMember, Direction } from '../../api/types.js';
import { AUDIENCES } from '../../lib/evidence.js';
import { OUTCOME_LIMITS } from '../../../shared/staff-work-limits.js';
import { Select, type SelectOption } from '../controls/index.js';
import { ImpactSelect } from '../evidence-fields/ImpactSelect.js';
import { Field, type FormProblems } from '../Form.js';
import { InitiativeSelect } from './InitiativeSelect.js';
import type { OutcomeDraft } from './outcomeDraft.js';
import { DIRECTION_LABELS } from './outcomeText.js';

const DIRECTIONS: readonly SelectOption<Direction>[] = [
  { value: 'lower', label: DIRECTION_LABELS.lower },
  { value: 'higher', label: DIRECTION_LABELS.higher },
];

function audienceWords(audience: readonly AudienceMember[]): string {
  if (!audience.length) return 'Only you can see this outcome.';
  if (audience.includes('org')) return 'Everyone in the organisation can see this outcome.';
  const who = audience.map((a) => (a === 'manager' ? 'your manager chain' : 'your mentors')).join(' and ');
  return `You and ${who} can see this outcome.`;
}

export function OutcomeFields({
  draft,
  set,
  problems,
  nameRef,
  initiativeFixed,
}: {
  draft: OutcomeDraft;
  set(patch: Partial<OutcomeDraft>): void;
  problems: FormProblems;
  nameRef?: RefObject<HTMLInputElement | null>;
  /** The initiative is given by the page (an initiative's own list): no choice shown. */
  initiativeFixed: boolean;
}) {
  return (
    <>
      <Field label="What is measured" hint='The number leadership cares about, such as "p99 latency of checkout".' error={problems.field('name')}>
        <input ref={nameRef} value={draft.name} maxLength={OUTCOME_LIMITS.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" />
      </Field>
      <div className="form-grid">
        <Field label="Unit" hint="ms, %, EUR per month, incidents…" error={problems.field('unit')}>
          <input value={draft.unit} maxLength={OUTCOME_LIMITS.unit} onChange={(e) => set({ unit: e.target.value })} autoComplete="off" />
        </Field>
        <Field label="Direction" error={problems.field('direction')}>
          <Select value={draft.direction} options={DIRECTIONS} onChange={(direction) => set({ direction })} />
        </Field>
        <Field label="Baseline" hint="The value before the work." error={problems.field('baseline')}>
          <input value={draft.baseline} inputMode="decimal" onChange={(e) => set({ baseline: e.target.value })} autoComplete="off" className="num" />
        </Field>
        <Field
          label="Target"
          hint={draft.direction === 'lower' ? 'The value you aim for: below the baseline.' : 'The value you aim for: above the baseline.'}
          error={problems.field('target')}
        >
          <input value={draft.target} inputMode="decimal" onChange={(e) => set({ target: e.target.value })} autoComplete="off" className="num" />
        </Field>
        <Field label="Impact" error={problems.field('impact')}>
          <ImpactSelect value={draft.impact} onChange={(impact) => set({ impact })} />
        </Field>
        {!initiativeFixed && (
          <Field label="Initiative" hint="Optional: the initiative this outcome measures." error={problems.field('initiativeId')}>
            <InitiativeSelect value={draft.initiativeId} onChange={(initiativeId) => set({ initiativeId })} />
          </Field>
        )}
      </div>
      <fieldset className={`fieldset ${problems.field('audience') ? 'field-invalid' : ''}`}>
        <legend className="field-label">Who can see it</legend>
        <div className="choices">
          {AUDIENCES.map((a) => (
            <label key={a.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.audience.includes(a.id)}
                onChange={(e) => set({ audience: e.target.checked ? [...draft.audience, a.id] : draft.audience.filter((v) => v !== a.id) })}
              />
              {a.long}
            </label>
          ))}
        </div>
        <p className="field-hint">{audienceWords(draft.audience)}</p>
        {problems.field('audience') && <p className="field-error">{problems.field('audience')}</p>}
      </fieldset>
    </>
  );
}
