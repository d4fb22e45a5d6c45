/** "More details" of quick capture: the rest of the entry, field by field. */
import {
  AudiencePicker,
  DimensionToggles,
  ImpactSelect,
  MarkdownEditor,
  MetricEditor,
  TagInput,
  validateLink,
  type EvidenceDraft,
  type MetricProblem,
} from '../../components/EvidenceFields.js';
import { DateInput } from '../../components/controls/index.js';
import { Field } from '../../components/Form.js';
import { useTeams } from '../../data/people.js';

export function CaptureDetails({
  bodyId,
  draft,
  today,
  set,
  onAudience,
  fieldError,
  metricProblems,
}: {
  bodyId: string;
  draft: EvidenceDraft;
  today: string;
  set(patch: Partial<EvidenceDraft>): void;
  /** The person chose who sees this entry (from now on the default no longer applies). */
  onAudience(audience: EvidenceDraft['audience']): void;
  fieldError(field: string): string | undefined;
  metricProblems: MetricProblem[];
}) {
  // Organisation teams, suggested in the teams box (loaded once the details are open).
  const { teams } = useTeams();
  return (
    <div className="capture-more">
      <MarkdownEditor
        id={bodyId}
        value={draft.body}
        onChange={(body) => set({ body })}
        label="Details"
        rows={5}
        placeholder="The context, what you did, who it helped, what changed."
        error={fieldError('body')}
      />
      <div className="form-grid">
        <Field label="When" error={fieldError('occurredOn')}>
          <DateInput value={draft.occurredOn || today} max="9999-12-31" onChange={(occurredOn) => set({ occurredOn })} />
        </Field>
        <Field label="Impact" error={fieldError('impact')}>
          <ImpactSelect value={draft.impact} onChange={(impact) => set({ impact })} />
        </Field>
      </div>
      <DimensionToggles value={draft.dimensions} onChange={(dimensions) => set({ dimensions })} error={fieldError('dimensions')} />
      <MetricEditor rows={draft.metrics} onChange={(metrics) => set({ metrics })} problems={metricProblems} />
      <Field label="Teams" hint="Teams this helped or involved. Enter after each one." error={fieldError('teams')}>
        <TagInput values={draft.teams} onChange={(t) => set({ teams: t })} suggestions={teams.map((t) => t.name)} placeholder="Payments, Platform…" itemLabel="team" />
      </Field>
      <Field label="Links" hint="Pull requests, documents, dashboards." error={fieldError('links')}>
        <TagInput values={draft.links} onChange={(links) => set({ links })} placeholder="https://…" itemLabel="link" validate={validateLink} />
      </Field>
      <AudiencePicker value={draft.audience} onChange={onAudience} error={fieldError('audience')} />
    </div>
  );
}
