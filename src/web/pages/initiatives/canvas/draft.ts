/** The scope canvas while it is edited: each row carries a key for React; blank rows are dropped on save. */
import type { InitiativeScope } from '../../../api/types.js';
import { nextMetricKey } from '../../../components/EvidenceFields.js';
import { SCOPE_PARTS, type ScopePart } from '../values.js';

type Keyed<T> = T & { key: number };
type Row<P extends Exclude<ScopePart, 'teams'>> = InitiativeScope[P][number];

export interface ScopeDraft {
  teams: string[];
  decisions: Keyed<Row<'decisions'>>[];
  risks: Keyed<Row<'risks'>>[];
  duplication: Keyed<Row<'duplication'>>[];
  investments: Keyed<Row<'investments'>>[];
}

const keyed = <T extends object>(rows: readonly T[]): Keyed<T>[] => rows.map((r) => ({ ...r, key: nextMetricKey() }));

export function draftOf(scope: InitiativeScope): ScopeDraft {
  return {
    teams: [...scope.teams],
    decisions: keyed(scope.decisions),
    risks: keyed(scope.risks),
    duplication: keyed(scope.duplication),
    investments: keyed(scope.investments),
  };
}

export const blankRow = {
  decisions: (): Keyed<Row<'decisions'>> => ({ key: nextMetricKey(), text: '', reversible: true, note: '' }),
  risks: (): Keyed<Row<'risks'>> => ({ key: nextMetricKey(), text: '', likelihood: 'medium', severity: 'medium', open: true }),
  duplication: (): Keyed<Row<'duplication'>> => ({ key: nextMetricKey(), text: '', where: '' }),
  investments: (): Keyed<Row<'investments'>> => ({ key: nextMetricKey(), text: '', unlocks: '' }),
};

const strip = <T extends { key: number; text: string }>(rows: T[]): Omit<T, 'key'>[] =>
  rows.filter((r) => r.text.trim()).map(({ key: _key, ...rest }) => ({ ...rest, text: rest.text.trim() }));

/** The draft as the API's scope (rows without text left out). */
export function scopeOf(draft: ScopeDraft): InitiativeScope {
  return {
    teams: draft.teams,
    decisions: strip(draft.decisions),
    risks: strip(draft.risks),
    duplication: strip(draft.duplication),
    investments: strip(draft.investments),
  };
}

export { SCOPE_PARTS };
