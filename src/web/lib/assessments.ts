/**
 * Assessments and readiness, as the pages show them: a rating as words ("Senior → Staff"),
 * as a number for the radar chart (the level's rank, plus half a step when it sits between
 * two levels), and differences said in words. Every function is given the framework's levels;
 * which rating counts is src/shared/ratings.ts.
 */
import type { AssessmentKind, Rating, ReadinessStatus } from '../api/types.js';
import type { LevelInfo } from '../data/vocabulary.js';

export const KIND_LABELS: Record<AssessmentKind, string> = {
  self: 'Self-assessment',
  manager: 'Manager assessment',
  peer: 'Peer assessment',
};

export function isAssessmentKind(value: string | null | undefined): value is AssessmentKind {
  return value === 'self' || value === 'manager' || value === 'peer';
}

export type RatingLike = Pick<Rating, 'level' | 'towards'>;

function nameOf(levels: readonly LevelInfo[], id: string): string {
  return levels.find((l) => l.id === id)?.name ?? id;
}

/** `Senior`, or `Senior → Staff` when the rating sits between two levels. */
export function ratingText(levels: readonly LevelInfo[], rating: RatingLike | null | undefined): string {
  if (!rating) return 'Not rated';
  return rating.towards ? `${nameOf(levels, rating.level)} → ${nameOf(levels, rating.towards)}` : nameOf(levels, rating.level);
}

/** A screen-reader friendly version: "between Senior and Staff". */
export function ratingSpoken(levels: readonly LevelInfo[], rating: RatingLike | null | undefined): string {
  if (!rating) return 'not rated';
  return rating.towards ? `between ${nameOf(levels, rating.level)} and ${nameOf(levels, rating.towards)}` : nameOf(levels, rating.level);
}

/** The level's rank (0 = lowest), plus 0.5 between levels; null when not rated or unknown. */
export function ratingValue(levels: readonly LevelInfo[], rating: RatingLike | null | undefined): number | null {
  if (!rating) return null;
  const rank = levels.findIndex((l) => l.id === rating.level);
  if (rank < 0) return null;
  return rank + (rating.towards ? 0.5 : 0);
}

function steps(n: number): string {
  const whole = Math.floor(n);
  const half = n - whole >= 0.5;
  if (whole === 0 && half) return 'half a level';
  if (whole === 1 && !half) return 'one level';
  const count = `${whole === 0 ? '' : whole}${half ? '½' : ''}`;
  return `${count} levels`;
}

export interface Difference {
  /** Manager minus self, in levels (0.5 steps); null when either is missing. */
  delta: number | null;
  text: string;
}

/** "Differs by one level (manager rates higher)", "Same level", or "Not both rated". */
export function difference(self: number | null, manager: number | null): Difference {
  if (self === null || manager === null) return { delta: null, text: 'Not both rated yet' };
  const delta = manager - self;
  if (delta === 0) return { delta, text: 'Same level' };
  return { delta, text: `Differs by ${steps(Math.abs(delta))} (manager rates ${delta > 0 ? 'higher' : 'lower'})` };
}

export const STATUS_LABELS: Record<ReadinessStatus, string> = {
  strong: 'Strong',
  developing: 'Developing',
  gap: 'Gap',
};
