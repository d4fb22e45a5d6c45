import { useMemo, useRef } from 'react';
import { Select } from '../../components/controls/index.js';
import { Field, FieldSet, FormError, problemsOf } from '../../components/Form.js';
import { useFramework } from '../../data/framework.js';
import { useFocusFirstError } from '../../lib/hooks.js';
import { Checkboxes } from './Checkboxes.js';
import { AUDIENCE, levelOptions, weekOptions, zoneOptions } from './profileOptions.js';
import { SubmitActions } from './SubmitActions.js';
import { useProfileForm } from './useProfileForm.js';

const PROFILE_FIELDS = ['name', 'timeZone', 'weekStart', 'defaultAudience', 'targetLevel'] as const;

export function ProfileSection() {
  const { me, draft, set, setAudience, error, pending, submit } = useProfileForm();
  const { levels } = useFramework();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const zones = useMemo(() => zoneOptions(me.timeZone, draft.timeZone), [me.timeZone, draft.timeZone]);
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const problems = problemsOf(error, PROFILE_FIELDS);
  return (
    <section className="card settings-section" aria-labelledby="profile">
      <h2 id="profile" className="card-title">
        Profile
      </h2>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormError message={problems.form} />
        <div className="form-grid">
          <Field label="Name" error={problems.field('name')}>
            <input value={draft.name} onChange={(e) => set('name', e.target.value)} autoComplete="name" />
          </Field>
          <Field label="Email" hint="Only an administrator can change it.">
            <input value={me.email} readOnly aria-readonly="true" />
          </Field>
          <Field
            label="Time zone"
            error={problems.field('timeZone')}
            hint={
              deviceZone && deviceZone !== draft.timeZone ? (
                <button type="button" className="link-button" onClick={() => set('timeZone', deviceZone)}>
                  Use this device's time zone ({deviceZone})
                </button>
              ) : undefined
            }
          >
            <Select value={draft.timeZone} options={zones} onChange={(v) => set('timeZone', v)} />
          </Field>
          <Field label="Week starts on" error={problems.field('weekStart')}>
            <Select value={draft.weekStart} options={weekOptions(draft.weekStart)} onChange={(v) => set('weekStart', v)} />
          </Field>
          <Field label="Target level" error={problems.field('targetLevel')}>
            <Select value={draft.targetLevel} options={levelOptions(levels, draft.targetLevel)} onChange={(v) => set('targetLevel', v)} />
          </Field>
          <FieldSet
            legend="Who sees new entries by default"
            hint="You can change it on each entry. Leave all unticked to keep new entries private."
            error={problems.field('defaultAudience')}
            className="span-2"
          >
            <Checkboxes options={AUDIENCE} value={draft.audience} onChange={setAudience} />
          </FieldSet>
        </div>
        <SubmitActions pending={pending} label="Save profile" pendingLabel="Saving…" />
      </form>
    </section>
  );
}
