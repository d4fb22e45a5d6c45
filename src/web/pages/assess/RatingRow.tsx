/** One dimension of the form: level, "between this and the next level", note and evidence. */
import { TriangleAlert } from 'lucide-react';
import { useId } from 'react';
import type { Dimension, Evidence } from '../../api/types.js';
import { Select } from '../../components/controls/index.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import type { RowDraft } from './draft.js';
import { EvidencePicker } from './EvidencePicker.js';
import { ASSESSMENT_LIMITS } from '../../../shared/assessment-limits.js';

export function RatingRow({
  dimension,
  levels,
  row,
  onChange,
  problems,
  ownerId,
  titles,
  remember,
}: {
  dimension: Dimension;
  levels: readonly LevelInfo[];
  row: RowDraft;
  onChange(row: RowDraft): void;
  problems: Map<string, string>;
  ownerId: string;
  titles: Map<string, string>;
  remember(items: Evidence[]): void;
}) {
  const id = useId();
  const rank = levels.findIndex((l) => l.id === row.level);
  const next = rank >= 0 ? levels[rank + 1] : undefined;
  const levelError = problems.get(`${dimension.id}/level`) ?? problems.get(`${dimension.id}/dimension`);
  const towardsError = problems.get(`${dimension.id}/towards`);
  const noteError = problems.get(`${dimension.id}/note`);
  const evidenceError = problems.get(`${dimension.id}/evidenceIds`);
  const at = row.level ? dimension.levels[row.level] : undefined;
  return (
    <fieldset className={`card as-row ${levelError || towardsError || noteError || evidenceError ? 'as-row-invalid' : ''}`}>
      <legend className="as-legend">{dimension.name}</legend>
      <p className="muted small as-summary">{dimension.summary}</p>
      <div className="as-level-fields">
        <div className={`field ${levelError ? 'field-invalid' : ''}`}>
          <label htmlFor={`${id}-level`} className="field-label">
            Level
          </label>
          <Select
            id={`${id}-level`}
            value={row.level}
            options={[{ value: '', label: 'Not rated' }, ...levels.map((l) => ({ value: l.id, label: l.name }))]}
            aria-invalid={levelError ? true : undefined}
            aria-describedby={levelError ? `${id}-level-error` : undefined}
            onChange={(level) => {
              const r = levels.findIndex((l) => l.id === level);
              onChange({ ...row, level, towards: row.towards && r >= 0 && r < levels.length - 1 });
            }}
          />
          {levelError && (
            <p id={`${id}-level-error`} className="field-error">
              <TriangleAlert size={14} aria-hidden="true" />
              {levelError}
            </p>
          )}
        </div>
        <div className={`as-towards ${towardsError ? 'field-invalid' : ''}`}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={row.towards && Boolean(next)}
              disabled={!next}
              onChange={(e) => onChange({ ...row, towards: e.target.checked })}
              aria-describedby={`${id}-towards-hint${towardsError ? ` ${id}-towards-error` : ''}`}
              aria-invalid={towardsError ? true : undefined}
            />
            Between this and the next level
          </label>
          <p id={`${id}-towards-hint`} className="field-hint">
            {next ? `${levels[rank]?.name} → ${next.name}: some of ${next.name} already, not all of it.` : row.level ? 'This is the highest level.' : 'Choose a level first.'}
          </p>
          {towardsError && (
            <p id={`${id}-towards-error`} className="field-error">
              <TriangleAlert size={14} aria-hidden="true" />
              {towardsError}
            </p>
          )}
        </div>
      </div>
      {at && (
        <details className="as-expectation">
          <summary>What {levels[rank]?.name} means for {dimension.name.toLowerCase()}</summary>
          <p>{at.description}</p>
          <ul>
            {at.signals.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <div className={`field ${noteError ? 'field-invalid' : ''}`}>
        <label htmlFor={`${id}-note`} className="field-label">
          Note
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={ASSESSMENT_LIMITS.note}
          value={row.note}
          placeholder="Why this level: the work that shows it, or what is missing."
          onChange={(e) => onChange({ ...row, note: e.target.value })}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
        />
        {noteError && (
          <p id={`${id}-note-error`} className="field-error">
            <TriangleAlert size={14} aria-hidden="true" />
            {noteError}
          </p>
        )}
      </div>
      <EvidencePicker ownerId={ownerId} dimension={dimension} value={row.evidenceIds} onChange={(evidenceIds) => onChange({ ...row, evidenceIds })} titles={titles} remember={remember} />
      {evidenceError && (
        <p className="field-error">
          <TriangleAlert size={14} aria-hidden="true" />
          {evidenceError}
        </p>
      )}
    </fieldset>
  );
}
