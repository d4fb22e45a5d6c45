/**
 * Levels a person may target. Frameworks become data in a later capability; until then the
 * default ladder is the source of truth for validating `targetLevel`.
 */
export const DEFAULT_LEVELS = ['senior', 'staff', 'principal'] as const;
export const DEFAULT_TARGET_LEVEL = 'staff';

export function isKnownLevel(level: string): boolean {
  return (DEFAULT_LEVELS as readonly string[]).includes(level);
}
