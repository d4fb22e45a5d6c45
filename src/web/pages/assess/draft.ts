/** The form's draft rows, what is sent to the server, and where the server's problems belong. */
import { ApiError, errorMessage } from '../../api/client.js';
import type { Assessment, Dimension, RatingInput } from '../../api/types.js';
import type { LevelInfo } from '../../data/vocabulary.js';

export interface RowDraft {
  level: string;
  towards: boolean;
  note: string;
  evidenceIds: string[];
}

export type Rows = Record<string, RowDraft>;

export const EMPTY_ROW: RowDraft = { level: '', towards: false, note: '', evidenceIds: [] };
export const AUTOSAVE_MS = 1500;

export function rowsFrom(assessment: Assessment | null, levels: readonly LevelInfo[]): Rows {
  const rows: Rows = {};
  for (const r of assessment?.ratings ?? []) {
    const rank = levels.findIndex((l) => l.id === r.level);
    rows[r.dimension] = { level: r.level, towards: Boolean(r.towards) && rank >= 0 && rank < levels.length - 1, note: r.note, evidenceIds: [...r.evidenceIds] };
  }
  return rows;
}

/** The ratings to send, in framework order, and which dimension each index is. */
export function ratingsOf(rows: Rows, dimensions: Dimension[], levels: readonly LevelInfo[]): { ratings: RatingInput[]; order: string[] } {
  const ratings: RatingInput[] = [];
  const order: string[] = [];
  for (const d of dimensions) {
    const row = rows[d.id];
    if (!row?.level) continue;
    const rank = levels.findIndex((l) => l.id === row.level);
    const next = rank >= 0 ? levels[rank + 1] : undefined;
    ratings.push({ dimension: d.id, level: row.level, towards: row.towards && next ? next.id : null, note: row.note, evidenceIds: row.evidenceIds });
    order.push(d.id);
  }
  return { ratings, order };
}

/** Server problems per dimension and field, from pointers such as `/ratings/2/level`. */
export function problemsByDimension(error: unknown, order: string[]): { byField: Map<string, string>; form: string | null } {
  const byField = new Map<string, string>();
  if (!error) return { byField, form: null };
  if (!(error instanceof ApiError)) return { byField, form: errorMessage(error) };
  const loose: string[] = [];
  for (const e of error.errors) {
    const m = /^\/ratings\/(\d+)(?:\/(\w+))?/.exec(e.pointer);
    const dim = m ? order[Number(m[1])] : undefined;
    if (dim) byField.set(`${dim}/${m?.[2] ?? 'level'}`, e.message);
    else loose.push(e.message);
  }
  const form = byField.size === 0 ? error.detail : loose.length ? loose.join(' ') : null;
  return { byField, form };
}

export type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error' };
