/** The matrix as a table: options as rows, criteria as columns (name and weight), scores, the server's totals and ranks, the choice. */
import { X } from 'lucide-react';
import type { DecisionMatrix, RankedOption } from '../../../api/types.js';
import { DOCUMENT_LIMITS } from '../../../../shared/staff-work-limits.js';
import * as edit from './matrix-edit.js';
import { NumberCell } from './NumberCell.js';

export interface MatrixTableProps {
  value: DecisionMatrix;
  ranking: readonly RankedOption[] | null;
  stale: boolean;
  readOnly: boolean;
  choiceName: string;
  onChange(next: DecisionMatrix): void;
}

const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ''));

export function MatrixTable({ value: m, ranking, stale, readOnly, choiceName, onChange }: MatrixTableProps) {
  const ranked = new Map((ranking ?? []).map((r) => [r.optionId, r]));
  const nameOf = (text: string, fallback: string) => text.trim() || fallback;
  return (
    <table className="dr-matrix-table">
      <caption className="visually-hidden">Decision matrix: options in rows, criteria in columns, with each option’s weighted total and rank</caption>
      <thead>
        <tr>
          <th scope="col" className="dr-matrix-option-col">Option</th>
          {m.criteria.map((c, i) => {
            const cName = nameOf(c.name, `criterion ${i + 1}`);
            return (
              <th scope="col" key={c.id} className="dr-matrix-criterion">
                {readOnly ? (
                  <>
                    <span className="dr-matrix-cname">{c.name}</span>
                    <span className="dr-matrix-weight muted num">weight {figure(c.weight)}</span>
                  </>
                ) : (
                  <div className="dr-matrix-crit-edit">
                    <input aria-label={`Name of criterion ${i + 1}`} value={c.name} maxLength={DOCUMENT_LIMITS.matrixName} onChange={(e) => onChange(edit.renameCriterion(m, c.id, e.target.value))} />
                    <span className="dr-matrix-weight-edit">
                      <span className="muted small" aria-hidden="true">×</span>
                      <NumberCell label={`Weight of ${cName}`} value={c.weight} min={0} onChange={(w) => onChange(edit.setWeight(m, c.id, w ?? 0))} />
                      <button type="button" className="btn btn-small btn-ghost dr-icon-btn" aria-label={`Remove criterion ${cName}`} onClick={() => onChange(edit.removeCriterion(m, c.id))}>
                        <X size={14} aria-hidden="true" />
                      </button>
                    </span>
                  </div>
                )}
              </th>
            );
          })}
          <th scope="col" className="dr-matrix-fig">Total</th>
          <th scope="col" className="dr-matrix-fig">Rank</th>
          <th scope="col">Chosen</th>
          {!readOnly && (
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {m.options.map((o, i) => {
          const oName = nameOf(o.name, `option ${i + 1}`);
          const r = ranked.get(o.id);
          const isChosen = m.chosen?.optionId === o.id;
          return (
            <tr key={o.id} className={isChosen ? 'dr-matrix-chosen' : ''}>
              <th scope="row" className="dr-matrix-option">
                {readOnly ? o.name : <input aria-label={`Name of option ${i + 1}`} value={o.name} maxLength={DOCUMENT_LIMITS.matrixName} onChange={(e) => onChange(edit.renameOption(m, o.id, e.target.value))} />}
              </th>
              {m.criteria.map((c, j) => {
                const score = m.scores[o.id]?.[c.id];
                const label = `Score of ${oName} on ${nameOf(c.name, `criterion ${j + 1}`)}`;
                return (
                  <td key={c.id} className="dr-matrix-score num">
                    {readOnly ? (
                      <span aria-label={score === undefined ? `${label}: not scored` : undefined}>{score === undefined ? '—' : figure(score)}</span>
                    ) : (
                      <NumberCell label={label} value={score ?? null} placeholder="—" onChange={(s) => onChange(edit.setScore(m, o.id, c.id, s))} />
                    )}
                  </td>
                );
              })}
              <td className={`dr-matrix-fig num ${stale ? 'dr-matrix-stale' : ''}`}>
                {r ? figure(r.total) : <span className="muted">—</span>}
                {r && r.missing.length > 0 && <span className="muted small dr-matrix-gaps"> ({r.missing.length} unscored)</span>}
              </td>
              <td className={`dr-matrix-fig num ${stale ? 'dr-matrix-stale' : ''}`}>{r ? r.rank : <span className="muted">—</span>}</td>
              <td className="dr-matrix-choose">
                {readOnly ? (
                  isChosen ? <span className="badge badge-accent">Chosen</span> : null
                ) : (
                  <input type="radio" name={choiceName} checked={isChosen} aria-label={`Choose ${oName}`} onChange={() => onChange(edit.choose(m, o.id))} />
                )}
              </td>
              {!readOnly && (
                <td>
                  <button type="button" className="btn btn-small btn-ghost dr-icon-btn" aria-label={`Remove option ${oName}`} onClick={() => onChange(edit.removeOption(m, o.id))}>
                    <X size={14} aria-hidden="true" />
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
