/** The in-place editor of one entry, with the conflict panel and the merge reference above it. */
import { ArrowLeft } from 'lucide-react';
import { Link } from 'react-router';
import type { Evidence } from '../../api/types.js';
import { PageHeader } from '../../components/bits.js';
import {
  AudiencePicker,
  DimensionToggles,
  ImpactSelect,
  MarkdownEditor,
  MetricEditor,
  TagInput,
  validateLink,
  type EvidenceDraft,
} from '../../components/EvidenceFields.js';
import { ConflictView } from '../../components/ConflictView.js';
import { InitiativeSelect } from '../../components/evidence-fields/InitiativeSelect.js';
import { DateInput } from '../../components/controls/index.js';
import { Field, FormError, problemsOf } from '../../components/Form.js';
import { formatTimeIn } from '../../lib/evidence.js';
import { changedFields, differs, FIELD_LABELS, FIELDS, valuesOf } from './entryFields.js';
import { FieldValue } from './FieldValue.js';
import type { EntryEditing, EntryEditorState } from './useEntryEditor.js';
import { EVIDENCE_LIMITS } from '../../../shared/evidence-limits.js';

export function EntryEditor({ entry, editing, state }: { entry: Evidence; editing: EntryEditing; state: EntryEditorState }) {
  const { me, teams, setEditing, conflict, reference, saveError, metricProblems, pending, titleRef, stopEditing, save, keepMine, takeTheirs, mergeByHand, onFormKey } = state;
  const problems = problemsOf(saveError, FIELDS);
  const draft = editing.draft;
  const set = (patch: Partial<EvidenceDraft>) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e));
  return (
    <div className="page ev-detail">
      <Link to="/evidence" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Evidence
      </Link>
      <PageHeader title="Edit entry" documentTitle={`Edit: ${entry.title}`} />
      {conflict && (
        <ConflictView
          noun="entry"
          fields={FIELDS}
          labels={FIELD_LABELS}
          differs={differs}
          renderValue={(f, value) => <FieldValue field={f} value={value} />}
          mine={valuesOf(draft).values}
          base={editing.base.evidence}
          theirs={conflict.evidence}
          savedAt={formatTimeIn(conflict.evidence.updatedAt, me.timeZone)}
          pending={pending}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
          onMerge={mergeByHand}
        />
      )}
      {reference && (
        <details className="reference" open>
          <summary>The saved version, for reference while you merge</summary>
          <dl className="reference-list">
            {changedFields(valuesOf(draft).values, reference).map((f) => (
              <div key={f}>
                <dt>{FIELD_LABELS[f]}</dt>
                <dd>
                  <FieldValue field={f} value={reference} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <form className="form ev-edit card" onSubmit={save} onKeyDown={onFormKey} noValidate aria-label="Edit entry">
        <FormError message={problems.form} />
        <Field label="Title" error={problems.field('title')}>
          <input ref={titleRef} value={draft.title} maxLength={EVIDENCE_LIMITS.title} onChange={(e) => set({ title: e.target.value })} autoComplete="off" />
        </Field>
        <div className="form-grid">
          <Field label="Date" error={problems.field('occurredOn')}>
            <DateInput value={draft.occurredOn} onChange={(occurredOn) => set({ occurredOn })} />
          </Field>
          <Field label="Impact" error={problems.field('impact')}>
            <ImpactSelect value={draft.impact} onChange={(impact) => set({ impact })} />
          </Field>
        </div>
        <MarkdownEditor value={draft.body} onChange={(body) => set({ body })} rows={12} label="Details" error={problems.field('body')} placeholder="The context, what you did, who it helped, what changed." />
        <DimensionToggles value={draft.dimensions} onChange={(dimensions) => set({ dimensions })} error={problems.field('dimensions')} />
        <MetricEditor rows={draft.metrics} onChange={(metrics) => set({ metrics })} problems={metricProblems} />
        <div className="form-grid">
          <Field label="Teams" hint="Enter after each one." error={problems.field('teams')}>
            <TagInput values={draft.teams} onChange={(t) => set({ teams: t })} suggestions={teams.map((t) => t.name)} placeholder="Payments, Platform…" itemLabel="team" />
          </Field>
          <Field label="Links" hint="Pull requests, documents, dashboards." error={problems.field('links')}>
            <TagInput values={draft.links} onChange={(links) => set({ links })} placeholder="https://…" itemLabel="link" validate={validateLink} />
          </Field>
        </div>
        <Field label="Initiative" hint="The initiative this entry is part of; it then shows on the initiative’s page." error={problems.field('initiativeId')}>
          <InitiativeSelect value={draft.initiativeId ?? null} onChange={(initiativeId) => set({ initiativeId })} />
        </Field>
        <AudiencePicker value={draft.audience} onChange={(audience) => set({ audience })} error={problems.field('audience')} />
        <div className="form-actions ev-edit-actions">
          <span className="muted small grow">Your draft is kept in this browser until you save or cancel.</span>
          <button type="button" className="btn" onClick={stopEditing} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={pending || Boolean(conflict)} aria-busy={pending}>
            {pending ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </div>
  );
}
