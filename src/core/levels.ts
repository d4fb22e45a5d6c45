/**
 * Levels a person may target. Frameworks become data in a later capability; until then the
 * default ladder is the source of truth for validating `targetLevel`.
 */
export const DEFAULT_LEVELS = ['senior', 'staff', 'principal'] as const;
export const DEFAULT_TARGET_LEVEL = 'staff';

/** Dimension ids of the default framework (PRODUCT.md §7). */
export const DEFAULT_DIMENSIONS = ['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact'] as const;

export function isKnownDimension(id: string): boolean {
  return (DEFAULT_DIMENSIONS as readonly string[]).includes(id);
}

export function isKnownLevel(level: string): boolean {
  return (DEFAULT_LEVELS as readonly string[]).includes(level);
}
