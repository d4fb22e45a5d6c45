/**
 * Pure edits of a decision matrix, as the matrix editor makes them: each returns a new matrix
 * (the editor emits the whole matrix on every change). Totals and ranks are the server's; the
 * only thing decided here is whether the server's ranking still describes what is on screen.
 */
import type { DecisionMatrix, RankedOption } from '../../../api/types.js';

export const EMPTY_MATRIX: DecisionMatrix = { options: [], criteria: [], scores: {}, chosen: null };

const ID_MAX = 40;

/** A short id from a name, unique among `taken`: "Managed Postgres" → "managed-postgres", then "managed-postgres-2". */
export function slugId(name: string, taken: readonly string[], fallback: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, ID_MAX)
      .replace(/-+$/g, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function addOption(m: DecisionMatrix, name: string): DecisionMatrix {
  const id = slugId(name, m.options.map((o) => o.id), 'option');
  return { ...m, options: [...m.options, { id, name: name.trim() }] };
}

export function addCriterion(m: DecisionMatrix, name: string, weight = 1): DecisionMatrix {
  const id = slugId(name, m.criteria.map((c) => c.id), 'criterion');
  return { ...m, criteria: [...m.criteria, { id, name: name.trim(), weight }] };
}

export function renameOption(m: DecisionMatrix, id: string, name: string): DecisionMatrix {
  return { ...m, options: m.options.map((o) => (o.id === id ? { ...o, name } : o)) };
}

export function renameCriterion(m: DecisionMatrix, id: string, name: string): DecisionMatrix {
  return { ...m, criteria: m.criteria.map((c) => (c.id === id ? { ...c, name } : c)) };
}

export function setWeight(m: DecisionMatrix, id: string, weight: number): DecisionMatrix {
  return { ...m, criteria: m.criteria.map((c) => (c.id === id ? { ...c, weight } : c)) };
}

/** Removes the option, its scores, and the choice if it was the chosen one. */
export function removeOption(m: DecisionMatrix, id: string): DecisionMatrix {
  const scores = Object.fromEntries(Object.entries(m.scores).filter(([optionId]) => optionId !== id));
  return { ...m, options: m.options.filter((o) => o.id !== id), scores, chosen: m.chosen?.optionId === id ? null : m.chosen };
}

/** Removes the criterion and its score in every row. */
export function removeCriterion(m: DecisionMatrix, id: string): DecisionMatrix {
  const scores = Object.fromEntries(
    Object.entries(m.scores).map(([optionId, row]) => [optionId, Object.fromEntries(Object.entries(row).filter(([c]) => c !== id))]),
  );
  return { ...m, criteria: m.criteria.filter((c) => c.id !== id), scores };
}

/** `null` clears the score (a gap, not a 0). */
export function setScore(m: DecisionMatrix, optionId: string, criterionId: string, score: number | null): DecisionMatrix {
  const row = { ...(m.scores[optionId] ?? {}) };
  if (score === null) delete row[criterionId];
  else row[criterionId] = score;
  return { ...m, scores: { ...m.scores, [optionId]: row } };
}

export function choose(m: DecisionMatrix, optionId: string | null): DecisionMatrix {
  return { ...m, chosen: optionId ? { optionId, reason: m.chosen?.reason ?? '' } : null };
}

export function setReason(m: DecisionMatrix, reason: string): DecisionMatrix {
  return m.chosen ? { ...m, chosen: { ...m.chosen, reason } } : m;
}

/** What the totals depend on (not the choice or its reason), comparable as text. */
export function rankingInputs(m: DecisionMatrix | null | undefined): string {
  if (!m) return '';
  const scores = m.options.map((o) => m.criteria.map((c) => m.scores[o.id]?.[c.id] ?? null));
  return JSON.stringify([m.options.map((o) => [o.id, o.name]), m.criteria.map((c) => [c.id, c.weight]), scores]);
}

/** The chosen option scores below the best one by the server's ranking, and no reason says why. */
export function needsReason(m: DecisionMatrix, ranking: readonly RankedOption[] | null | undefined): { chosen: RankedOption; top: RankedOption } | null {
  if (!m.chosen || m.chosen.reason.trim() || !ranking?.length) return null;
  const chosen = ranking.find((r) => r.optionId === m.chosen?.optionId);
  const top = [...ranking].sort((a, b) => a.rank - b.rank)[0];
  if (!chosen || !top || chosen.rank <= 1) return null;
  return { chosen, top };
}

/** A typed number, or null for an empty field; undefined while it is not a number yet ("1.", "-"). */
export function parseNumber(text: string): number | null | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t) || t.endsWith('.')) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
