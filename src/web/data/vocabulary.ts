/**
 * A framework's vocabulary — its levels and dimensions by id and name — and the lookups the
 * pages make with it. Pure: the data layer (./framework.ts) supplies the active framework's.
 */
import type { Framework } from '../api/types.js';

export interface LevelInfo {
  id: string;
  name: string;
  summary: string;
}

export interface DimensionInfo {
  id: string;
  name: string;
  summary: string;
}

export interface Vocabulary {
  levels: LevelInfo[];
  dimensions: DimensionInfo[];
  /** A level's name (`staff` → `Staff`); an id the framework does not know is shown capitalised; `Not set` for none. */
  levelName(id: string | null | undefined): string;
  /** A dimension's name; an unknown id is shown as it is. */
  dimensionName(id: string): string;
  isKnownDimension(id: string): boolean;
  isKnownLevel(id: string | null | undefined): boolean;
  /** What the server gives a new person: the level above the lowest. */
  defaultTargetLevel(): string;
}

/** The default framework's vocabulary (PRODUCT.md §7), used until the active one is known. */
const DEFAULT_LEVELS: LevelInfo[] = [
  { id: 'senior', name: 'Senior', summary: '' },
  { id: 'staff', name: 'Staff', summary: '' },
  { id: 'principal', name: 'Principal', summary: '' },
];

const DEFAULT_DIMENSIONS: DimensionInfo[] = [
  { id: 'scope', name: 'Scope', summary: 'Problems that span teams or the organisation' },
  { id: 'direction', name: 'Technical direction', summary: 'Architecture, strategy, decisions that stick' },
  { id: 'communication', name: 'Communication', summary: 'Writing, presenting, aligning people' },
  { id: 'influence', name: 'Influence', summary: 'Changing what others do without authority' },
  { id: 'mentoring', name: 'Mentoring', summary: 'Growing other engineers' },
  { id: 'impact', name: 'Business impact', summary: 'Outcomes the business can measure' },
];

export function levelNameIn(levels: readonly LevelInfo[], id: string | null | undefined): string {
  if (!id) return 'Not set';
  return levels.find((l) => l.id === id)?.name ?? id.charAt(0).toUpperCase() + id.slice(1);
}

export function defaultTargetLevelIn(levels: readonly LevelInfo[]): string {
  return levels[1]?.id ?? levels[0]?.id ?? 'staff';
}

export function vocabularyOf(definition: Framework | null): Vocabulary {
  const levels = definition ? definition.levels.map((l) => ({ id: l.id, name: l.name, summary: l.summary })) : DEFAULT_LEVELS;
  const dimensions = definition ? definition.dimensions.map((d) => ({ id: d.id, name: d.name, summary: d.summary })) : DEFAULT_DIMENSIONS;
  return {
    levels,
    dimensions,
    levelName: (id) => levelNameIn(levels, id),
    dimensionName: (id) => dimensions.find((d) => d.id === id)?.name ?? id,
    isKnownDimension: (id) => dimensions.some((d) => d.id === id),
    isKnownLevel: (id) => Boolean(id) && levels.some((l) => l.id === id),
    defaultTargetLevel: () => defaultTargetLevelIn(levels),
  };
}
