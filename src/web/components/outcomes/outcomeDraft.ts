/**
 * The outcome form's draft: the fields as typed (numbers as text, so "1 200" and "−3" can be
 * read kindly), turned into the body the server takes, or into field problems before asking
 * it. What the server checks (a target on the wrong side, lengths, whose initiative) it says
 * itself; its messages are shown beside the same fields.
 */
import { ApiError, type FieldProblem } from '../../api/client.js';
import type { AudienceMember, Direction, Impact, NewOutcome, Outcome, OutcomePatch } from '../../api/types.js';
import { parseNumber } from '../evidence-fields/draft.js';

export interface OutcomeDraft {
  name: string;
  unit: string;
  direction: Direction;
  baseline: string;
  target: string;
  impact: Impact | null;
  /** '' for none. */
  initiativeId: string;
  audience: AudienceMember[];
}

export const OUTCOME_FIELDS = ['name', 'unit', 'direction', 'baseline', 'target', 'impact', 'initiativeId', 'audience'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export const OUTCOME_FIELD_LABELS: Record<OutcomeField, string> = {
  name: 'What is measured',
  unit: 'Unit',
  direction: 'Direction',
  baseline: 'Baseline',
  target: 'Target',
  impact: 'Impact',
  initiativeId: 'Initiative',
  audience: 'Who can see it',
};

export function emptyDraft(initiativeId: string | undefined, audience: readonly AudienceMember[]): OutcomeDraft {
  return { name: '', unit: '', direction: 'lower', baseline: '', target: '', impact: null, initiativeId: initiativeId ?? '', audience: [...audience] };
}

const numberText = (n: number) => String(n);

export function draftOf(outcome: Outcome): OutcomeDraft {
  return {
    name: outcome.name,
    unit: outcome.unit,
    direction: outcome.direction,
    baseline: numberText(outcome.baseline),
    target: numberText(outcome.target),
    impact: outcome.impact,
    initiativeId: outcome.initiativeId ?? '',
    audience: [...outcome.audience],
  };
}

/** The draft as the fields of an outcome, or the problems found before asking the server. */
export function readDraft(draft: OutcomeDraft): { ok: true; body: NewOutcome } | { ok: false; error: ApiError } {
  const errors: FieldProblem[] = [];
  const baseline = parseNumber(draft.baseline);
  const target = parseNumber(draft.target);
  if (!draft.name.trim()) errors.push({ pointer: '/name', message: 'Name what is measured, such as "p99 latency of checkout".' });
  if (baseline === null) errors.push({ pointer: '/baseline', message: 'Give the value before the work, as a number.' });
  else if (Number.isNaN(baseline)) errors.push({ pointer: '/baseline', message: 'Write the baseline as a number, such as 800 or 12.5.' });
  if (target === null) errors.push({ pointer: '/target', message: 'Give the value you aim for, as a number.' });
  else if (Number.isNaN(target)) errors.push({ pointer: '/target', message: 'Write the target as a number, such as 200 or 99.9.' });
  if (errors.length || baseline === null || target === null) {
    return { ok: false, error: new ApiError({ status: 400, code: 'validation_failed', detail: 'Some fields need a look.', errors }) };
  }
  return {
    ok: true,
    body: {
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      direction: draft.direction,
      baseline,
      target,
      impact: draft.impact,
      initiativeId: draft.initiativeId || null,
      audience: draft.audience,
    },
  };
}

type Values = Required<Pick<NewOutcome, 'name' | 'unit' | 'direction' | 'baseline' | 'target' | 'impact' | 'initiativeId' | 'audience'>>;

/** An outcome's editable values, to compare a draft with a saved version. */
export function valuesOf(o: Pick<Outcome, OutcomeField>): Values {
  return { name: o.name, unit: o.unit, direction: o.direction, baseline: o.baseline, target: o.target, impact: o.impact, initiativeId: o.initiativeId, audience: o.audience };
}

export function differs(field: OutcomeField, a: Values, b: Values): boolean {
  if (field === 'audience') return [...a.audience].sort().join() !== [...b.audience].sort().join();
  return a[field] !== b[field];
}

/** Only the fields the draft changed against `base`. */
export function patchOf(values: Values, base: Values): OutcomePatch {
  const patch: Record<string, unknown> = {};
  for (const f of OUTCOME_FIELDS) if (differs(f, values, base)) patch[f] = values[f];
  return patch as OutcomePatch;
}

export type OutcomeValues = Values;
