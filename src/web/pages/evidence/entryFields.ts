/** The editable fields of an entry, how two versions of them differ, and the PATCH that carries a change. */
import type { Evidence } from '../../api/types.js';
import { draftMetrics, draftOf, type EvidenceDraft, type MetricProblem } from '../../components/EvidenceFields.js';

export const FIELDS = ['title', 'body', 'occurredOn', 'dimensions', 'impact', 'metrics', 'teams', 'links', 'audience', 'initiativeId'] as const;

export type EditableField = (typeof FIELDS)[number];

export const FIELD_LABELS: Record<EditableField, string> = {
  title: 'Title',
  body: 'Details',
  occurredOn: 'Date',
  dimensions: 'Dimensions',
  impact: 'Impact',
  metrics: 'Metrics',
  teams: 'Teams',
  links: 'Links',
  audience: 'Who can see it',
  initiativeId: 'Initiative',
};

export interface Loaded {
  evidence: Evidence;
  etag: string | null;
}

/** The draft as API values, or the metric problems that stop it from being one. */
export function valuesOf(draft: EvidenceDraft): { values: Omit<Evidence, 'id' | 'ownerId' | 'source' | 'createdAt' | 'updatedAt'>; problems: MetricProblem[] } {
  const { metrics, problems } = draftMetrics(draft.metrics);
  return {
    values: {
      title: draft.title.trim(),
      body: draft.body,
      occurredOn: draft.occurredOn,
      dimensions: draft.dimensions,
      impact: draft.impact,
      metrics,
      teams: draft.teams,
      links: draft.links,
      audience: draft.audience,
      initiativeId: draft.initiativeId ?? null,
    },
    problems,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

export function differs(field: EditableField, a: Pick<Evidence, EditableField>, b: Pick<Evidence, EditableField>): boolean {
  switch (field) {
    case 'dimensions':
    case 'audience':
      return !sameSet(a[field], b[field]);
    case 'metrics':
    case 'teams':
    case 'links':
      return JSON.stringify(a[field]) !== JSON.stringify(b[field]);
    default:
      return a[field] !== b[field];
  }
}

export function changedFields(mine: Pick<Evidence, EditableField>, base: Pick<Evidence, EditableField>): EditableField[] {
  return FIELDS.filter((f) => differs(f, mine, base));
}

export function patchOf(mine: Pick<Evidence, EditableField>, fields: EditableField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, mine[f]]));
}

/** My draft moved onto the saved version: the fields I changed, the rest as saved. */
export function rebase(draft: EvidenceDraft, base: Evidence, theirs: Evidence): EvidenceDraft {
  const mineChanged = changedFields(valuesOf(draft).values, base);
  const next = draftOf(theirs);
  const out: Record<string, unknown> = { ...next };
  for (const f of mineChanged) out[f] = draft[f];
  return out as unknown as EvidenceDraft;
}
