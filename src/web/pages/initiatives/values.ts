/**
 * An initiative's editable fields as one flat shape (the five scope parts side by side with the
 * rest), how two versions differ, and the PATCH that carries a change of some of them.
 */
import type { Initiative, InitiativePatch } from '../../api/types.js';

export const FIELDS = ['title', 'status', 'startOn', 'targetOn', 'audience', 'problem', 'why', 'teams', 'decisions', 'risks', 'duplication', 'investments', 'milestones'] as const;
export type Field = (typeof FIELDS)[number];

export const SCOPE_PARTS = ['teams', 'decisions', 'risks', 'duplication', 'investments'] as const;
export type ScopePart = (typeof SCOPE_PARTS)[number];

export type Values = Pick<Initiative, 'title' | 'status' | 'startOn' | 'targetOn' | 'audience' | 'problem' | 'why' | 'milestones'> & Initiative['scope'];

export const FIELD_LABELS: Record<Field, string> = {
  title: 'Title',
  status: 'Status',
  startOn: 'Start',
  targetOn: 'Target',
  audience: 'Who can see it',
  problem: 'Problem',
  why: 'Why it matters',
  teams: 'Teams affected',
  decisions: 'Decisions',
  risks: 'Risks',
  duplication: 'Duplicated effort',
  investments: 'Investments',
  milestones: 'Milestones',
};

export function valuesOf(i: Initiative): Values {
  return { title: i.title, status: i.status, startOn: i.startOn, targetOn: i.targetOn, audience: i.audience, problem: i.problem, why: i.why, milestones: i.milestones, ...i.scope };
}

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

export function differs(field: Field, a: Values, b: Values): boolean {
  if (field === 'audience') return !sameSet(a.audience, b.audience);
  return JSON.stringify(a[field]) !== JSON.stringify(b[field]);
}

/** The PATCH body for these fields of `values`: scope parts go under `scope`. */
export function patchOf(values: Values, fields: readonly Field[]): InitiativePatch {
  const patch: Record<string, unknown> = {};
  const scope: Record<string, unknown> = {};
  for (const f of fields) {
    if ((SCOPE_PARTS as readonly string[]).includes(f)) scope[f] = values[f];
    else patch[f] = values[f];
  }
  if (Object.keys(scope).length) patch.scope = scope;
  return patch as InitiativePatch;
}
