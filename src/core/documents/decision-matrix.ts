/**
 * The decision matrix of a trade-off summary (issue 10 item 6), pure: options × criteria with
 * weights and scores; totals are Σ weight × score over the criteria; options rank by total,
 * highest first, equal totals sharing a rank. The chosen option is recorded with its reason, and
 * choosing an option that is not top-ranked without saying why is a finding.
 */
import type { FieldError } from '../errors.js';

export interface MatrixOption {
  id: string;
  name: string;
}

export interface MatrixCriterion {
  id: string;
  name: string;
  /** How much the criterion counts; 0 or more. */
  weight: number;
}

export interface DecisionMatrix {
  options: MatrixOption[];
  criteria: MatrixCriterion[];
  /** scores[optionId][criterionId]; a missing score is a gap, not 0. */
  scores: Record<string, Record<string, number>>;
  chosen: { optionId: string; reason: string } | null;
}

export interface RankedOption {
  optionId: string;
  name: string;
  total: number;
  /** 1 for the best; equal totals share a rank. */
  rank: number;
  /** Criteria this option has no score for. */
  missing: string[];
}

/** Problems with the matrix's shape, each with the pointer of its field. */
export function matrixProblems(m: DecisionMatrix, base = '/matrix'): FieldError[] {
  const errors: FieldError[] = [];
  const ids = (items: readonly { id: string }[], what: string, at: string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (!it.id.trim()) errors.push({ pointer: `${base}/${at}/${i}/id`, message: `Give the ${what} an id.` });
      else if (seen.has(it.id)) errors.push({ pointer: `${base}/${at}/${i}/id`, message: `Two ${what}s share the id “${it.id}”.` });
      seen.add(it.id);
    });
    return seen;
  };
  const options = ids(m.options, 'option', 'options');
  const criteria = ids(m.criteria, 'criterion', 'criteria');
  m.criteria.forEach((c, i) => {
    if (!Number.isFinite(c.weight) || c.weight < 0) errors.push({ pointer: `${base}/criteria/${i}/weight`, message: 'A weight is a number of 0 or more.' });
  });
  for (const [optionId, row] of Object.entries(m.scores)) {
    if (!options.has(optionId)) errors.push({ pointer: `${base}/scores/${optionId}`, message: `“${optionId}” is not one of the options.` });
    for (const [criterionId, score] of Object.entries(row)) {
      if (!criteria.has(criterionId)) errors.push({ pointer: `${base}/scores/${optionId}/${criterionId}`, message: `“${criterionId}” is not one of the criteria.` });
      else if (!Number.isFinite(score)) errors.push({ pointer: `${base}/scores/${optionId}/${criterionId}`, message: 'A score is a number.' });
    }
  }
  if (m.chosen && !options.has(m.chosen.optionId)) errors.push({ pointer: `${base}/chosen/optionId`, message: 'The chosen option must be one of the options.' });
  return errors;
}

/** Totals and ranking, best first (equal totals keep the options' order and share a rank). */
export function rankOptions(m: DecisionMatrix): RankedOption[] {
  const rows = m.options.map((o, index) => {
    const row = m.scores[o.id] ?? {};
    const missing = m.criteria.filter((c) => row[c.id] === undefined).map((c) => c.id);
    const total = m.criteria.reduce((sum, c) => sum + c.weight * (row[c.id] ?? 0), 0);
    return { optionId: o.id, name: o.name, total, missing, index };
  });
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.index - b.index);
  return sorted.map(({ index: _i, ...r }) => ({ ...r, rank: 1 + sorted.filter((o) => o.total > r.total).length }));
}

export interface MatrixFinding {
  code: 'chosen_not_top_without_reason' | 'no_choice' | 'unscored';
  message: string;
}

/** What the linter says of a matrix: no choice, gaps in the scores, a lower-ranked choice with no reason. */
export function matrixFindings(m: DecisionMatrix): MatrixFinding[] {
  const ranked = rankOptions(m);
  const out: MatrixFinding[] = [];
  const gaps = ranked.filter((r) => r.missing.length > 0);
  if (gaps.length > 0) out.push({ code: 'unscored', message: `Some scores are missing (${gaps.map((g) => g.name).join(', ')}); the totals treat them as 0.` });
  if (!m.chosen) {
    if (m.options.length > 0) out.push({ code: 'no_choice', message: 'No option is recorded as chosen.' });
    return out;
  }
  const chosen = ranked.find((r) => r.optionId === m.chosen?.optionId);
  if (chosen && chosen.rank > 1 && !m.chosen.reason.trim()) {
    const top = ranked[0] as RankedOption;
    out.push({
      code: 'chosen_not_top_without_reason',
      message: `“${chosen.name}” was chosen although “${top.name}” scores higher (${top.total} against ${chosen.total}); say why.`,
    });
  }
  return out;
}
