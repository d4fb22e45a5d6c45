/** Title, dates and who can see the initiative, edited together with an explicit Save. */
import type { FormEvent } from 'react';
import type { Initiative } from '../../api/types.js';
import { DateInput } from '../../components/controls/index.js';
import { AudiencePicker } from '../../components/EvidenceFields.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { INITIATIVE_LIMITS } from '../../../shared/staff-work-limits.js';
import { SectionActions } from './Section.js';
import type { SectionEdit } from './useSectionEdit.js';

export type DetailsDraft = Pick<Initiative, 'title' | 'audience'> & { startOn: string; targetOn: string };

export const detailsOf = (i: Initiative): DetailsDraft => ({ title: i.title, audience: [...i.audience], startOn: i.startOn ?? '', targetOn: i.targetOn ?? '' });

export function DetailsEditor({ edit }: { edit: SectionEdit<DetailsDraft> }) {
  const draft = edit.draft;
  if (!draft) return null;
  const problems = problemsOf(edit.error, ['title', 'startOn', 'targetOn', 'audience']);
  const set = (patch: Partial<DetailsDraft>) => edit.set((d) => ({ ...d, ...patch }));
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    void edit.commit({ title: draft.title.trim(), startOn: draft.startOn || null, targetOn: draft.targetOn || null, audience: draft.audience });
  }
  return (
    <form className="form card in-details" onSubmit={submit} noValidate aria-label="Edit details">
      <FormError message={problems.form} />
      <Field label="Title" error={problems.field('title')}>
        <input value={draft.title} maxLength={INITIATIVE_LIMITS.title} onChange={(e) => set({ title: e.target.value })} autoComplete="off" autoFocus />
      </Field>
      <div className="form-grid">
        <Field label="Start" error={problems.field('startOn')}>
          <DateInput value={draft.startOn} onChange={(startOn) => set({ startOn })} />
        </Field>
        <Field label="Target" error={problems.field('targetOn')}>
          <DateInput value={draft.targetOn} onChange={(targetOn) => set({ targetOn })} min={draft.startOn || undefined} />
        </Field>
      </div>
      <AudiencePicker value={draft.audience} onChange={(audience) => set({ audience })} error={problems.field('audience')} />
      <SectionActions saving={edit.saving} onCancel={edit.cancel} />
    </form>
  );
}
