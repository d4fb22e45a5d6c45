/** The scope canvas in edit mode: teams as tags (organisation teams suggested), the four lists as rows. */
import type { FormEvent } from 'react';
import type { RiskGrade, Team } from '../../../api/types.js';
import { Select } from '../../../components/controls/index.js';
import { TagInput } from '../../../components/EvidenceFields.js';
import { Field, FormError, problemsOf } from '../../../components/Form.js';
import { INITIATIVE_LIMITS as L } from '../../../../shared/staff-work-limits.js';
import { GRADES } from '../labels.js';
import { SectionActions } from '../Section.js';
import type { SectionEdit } from '../useSectionEdit.js';
import { blankRow, scopeOf, type ScopeDraft } from './draft.js';
import { QUESTIONS } from './questions.js';
import { RowsEditor } from './RowsEditor.js';

export function ScopeEditor({ edit, teams, ownTeams }: { edit: SectionEdit<ScopeDraft>; teams: readonly Team[]; ownTeams: readonly string[] }) {
  const draft = edit.draft;
  if (!draft) return null;
  const problems = problemsOf(edit.error, ['scope']);
  const set = <K extends keyof ScopeDraft>(part: K) => (value: ScopeDraft[K]) => edit.set((d) => ({ ...d, [part]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft) void edit.commit(scopeOf(draft));
  }
  const text = (label: string, value: string, onChange: (v: string) => void, max: number = L.itemText) => (
    <Field label={label}>
      <input value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </Field>
  );
  const grade = (label: string, value: RiskGrade, onChange: (v: RiskGrade) => void) => (
    <Field label={label}>
      <Select value={value} options={GRADES} onChange={onChange} />
    </Field>
  );
  return (
    <form className="form in-canvas in-canvas-edit" onSubmit={submit} noValidate aria-label="Edit the scope canvas">
      <FormError message={problems.form ?? problems.field('scope')} />
      <div className="in-question">
        <Field
          label={QUESTIONS.teams.title}
          hint={`${QUESTIONS.teams.question} Organisation teams count towards scope${ownTeams.length ? ` (yours: ${ownTeams.join(', ')})` : ''}; outside groups are listed but not counted. Enter after each one.`}
        >
          <TagInput values={draft.teams} onChange={set('teams')} suggestions={teams.map((t) => t.name)} placeholder="Payments, Mobile…" itemLabel="team" />
        </Field>
      </div>
      <RowsEditor
        {...QUESTIONS.decisions}
        noun="decision"
        rows={draft.decisions}
        onChange={set('decisions')}
        blank={blankRow.decisions}
        renderRow={(row, _i, patch) => (
          <>
            {text('Decision', row.text, (v) => patch({ text: v }))}
            <label className="checkbox">
              <input type="checkbox" checked={!row.reversible} onChange={(e) => patch({ reversible: !e.target.checked })} />
              One-way: hard to reverse
            </label>
            {text('Note', row.note, (v) => patch({ note: v }), L.itemNote)}
          </>
        )}
      />
      <RowsEditor
        {...QUESTIONS.risks}
        noun="risk"
        rows={draft.risks}
        onChange={set('risks')}
        blank={blankRow.risks}
        renderRow={(row, _i, patch) => (
          <>
            {text('Risk', row.text, (v) => patch({ text: v }))}
            <div className="in-row-pair">
              {grade('Likelihood', row.likelihood, (v) => patch({ likelihood: v }))}
              {grade('Severity', row.severity, (v) => patch({ severity: v }))}
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={row.open} onChange={(e) => patch({ open: e.target.checked })} />
              Still open
            </label>
          </>
        )}
      />
      <RowsEditor
        {...QUESTIONS.duplication}
        noun="duplicated effort"
        rows={draft.duplication}
        onChange={set('duplication')}
        blank={blankRow.duplication}
        renderRow={(row, _i, patch) => (
          <>
            {text('What is duplicated', row.text, (v) => patch({ text: v }))}
            {text('Where', row.where, (v) => patch({ where: v }), L.itemNote)}
          </>
        )}
      />
      <RowsEditor
        {...QUESTIONS.investments}
        noun="investment"
        rows={draft.investments}
        onChange={set('investments')}
        blank={blankRow.investments}
        renderRow={(row, _i, patch) => (
          <>
            {text('Investment', row.text, (v) => patch({ text: v }))}
            {text('What it unlocks', row.unlocks, (v) => patch({ unlocks: v }), L.itemNote)}
          </>
        )}
      />
      <SectionActions saving={edit.saving} onCancel={edit.cancel} label="Save canvas" />
    </form>
  );
}
