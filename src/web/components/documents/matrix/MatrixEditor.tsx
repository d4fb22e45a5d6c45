/**
 * The decision matrix of a trade-off summary: options × criteria with weights and scores, the
 * totals and ranks the server computed (marked "updated on save" while the matrix differs from
 * the one they were computed for), the chosen option and its reason. Emits the whole matrix.
 */
import { Info, Table2 } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import type { DecisionMatrix, RankedOption } from '../../../api/types.js';
import { DOCUMENT_LIMITS } from '../../../../shared/staff-work-limits.js';
import { Field } from '../../Form.js';
import { AddItem } from './AddItem.js';
import * as edit from './matrix-edit.js';
import { MatrixTable } from './MatrixTable.js';
import '../documents-review.css';

export interface MatrixEditorProps {
  /** null: no matrix yet (an empty one is edited). */
  value: DecisionMatrix | null;
  /** The server's totals and ranks for the saved matrix. */
  ranking: readonly RankedOption[] | null;
  onChange?(next: DecisionMatrix): void;
  readOnly?: boolean;
  /** The saved matrix the ranking belongs to; without it, the matrix on screen when the ranking arrived. */
  savedValue?: DecisionMatrix | null;
}

/** What the ranking was computed for: `savedValue` when given, else the value seen when the ranking last changed. */
function useRankedInputs(value: DecisionMatrix, ranking: readonly RankedOption[] | null, savedValue: DecisionMatrix | null | undefined): string {
  const rankingText = JSON.stringify(ranking ?? null);
  const seen = useRef({ ranking: rankingText, inputs: edit.rankingInputs(value) });
  useEffect(() => {
    if (seen.current.ranking !== rankingText) seen.current = { ranking: rankingText, inputs: edit.rankingInputs(value) };
  }, [rankingText, value]);
  return savedValue !== undefined ? edit.rankingInputs(savedValue) : seen.current.ranking === rankingText ? seen.current.inputs : edit.rankingInputs(value);
}

export function MatrixEditor({ value, ranking, onChange, readOnly = false, savedValue }: MatrixEditorProps) {
  const m = value ?? edit.EMPTY_MATRIX;
  const choiceName = useId();
  const ranked = useRankedInputs(m, ranking, savedValue);
  const stale = edit.rankingInputs(m) !== ranked && m.options.length > 0;
  const locked = readOnly || !onChange;
  const emit = (next: DecisionMatrix) => onChange?.(next);
  const unreasoned = edit.needsReason(m, ranking);
  const chosen = m.options.find((o) => o.id === m.chosen?.optionId);
  const full = (n: number) => n >= DOCUMENT_LIMITS.matrixItems;

  return (
    <div className="dr-matrix">
      {m.options.length === 0 && m.criteria.length === 0 ? (
        <div className="dr-empty small">
          <Table2 size={16} aria-hidden="true" />
          <p>
            {locked
              ? 'No decision matrix yet.'
              : 'No options yet. Add the options you weighed — for example “Managed Postgres” and “Self-hosted Postgres” — and the criteria that decide between them, such as “Operating cost” with weight 3.'}
          </p>
        </div>
      ) : (
        <div className="dr-matrix-scroll" role="region" aria-label="Decision matrix" tabIndex={0}>
          <MatrixTable value={m} ranking={ranking} stale={stale} readOnly={locked} choiceName={choiceName} onChange={emit} />
        </div>
      )}
      {stale && (
        <p className="small muted dr-matrix-note" role="status">
          <Info size={14} aria-hidden="true" /> Totals and ranks are the last saved ones; they are updated on save.
        </p>
      )}
      {!locked && (
        <div className="dr-matrix-adds">
          <AddItem label="New option" button="Add option" placeholder="Managed Postgres" disabled={full(m.options.length)} onAdd={(name) => emit(edit.addOption(m, name))} />
          <AddItem label="New criterion" button="Add criterion" placeholder="Operating cost" disabled={full(m.criteria.length)} onAdd={(name) => emit(edit.addCriterion(m, name))} />
        </div>
      )}
      {chosen && (
        <div className="dr-matrix-choice">
          {locked ? (
            <p>
              <strong>Chosen: {chosen.name}.</strong> {m.chosen?.reason.trim() ? m.chosen.reason : <span className="muted">No reason recorded.</span>}
            </p>
          ) : (
            <>
              <Field label={`Why ${chosen.name.trim() || 'this option'}`} hint="What made this the choice, especially if another option scores higher.">
                <textarea rows={3} value={m.chosen?.reason ?? ''} maxLength={DOCUMENT_LIMITS.matrixReason} onChange={(e) => emit(edit.setReason(m, e.target.value))} />
              </Field>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => emit(edit.choose(m, null))}>
                Clear the choice
              </button>
            </>
          )}
        </div>
      )}
      {unreasoned && (
        <p className="notice dr-matrix-hint" role="note">
          <Info size={16} aria-hidden="true" />
          <span>
            “{unreasoned.chosen.name}” is chosen although “{unreasoned.top.name}” scores higher. A sentence on why helps reviewers trust the decision.
          </span>
        </p>
      )}
    </div>
  );
}
