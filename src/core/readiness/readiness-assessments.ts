/**
 * Assessments as readiness reads them: the latest shared rating of a dimension by one kind of
 * assessor, ignoring levels the framework does not have. The rule itself is src/shared/ratings.ts,
 * which the web's radar and side-by-side views use too.
 */
import { latestRating as latestSharedRating } from '../../shared/ratings.js';
import { levelRank, type Framework } from '../frameworks/framework-file.js';
import type { AssessmentFact } from './readiness-types.js';

export interface Rating {
  level: string;
  towards: string | null;
}

/** The rating of one dimension in the latest shared assessment of a kind that rates it. */
export function latestRating(assessments: AssessmentFact[] | undefined, kind: AssessmentFact['kind'], dimension: string, framework: Framework): Rating | null {
  const hit = latestSharedRating(assessments, kind, dimension, (id) => levelRank(framework, id) >= 0);
  return hit ? { level: hit.level, towards: hit.towards } : null;
}
