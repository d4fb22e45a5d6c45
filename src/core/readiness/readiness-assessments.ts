/**
 * Assessments as readiness reads them: the latest shared rating of a dimension by one kind of
 * assessor, ignoring levels the framework does not have.
 */
import { levelRank, type Framework } from '../frameworks/framework-file.js';
import type { AssessmentFact } from './readiness-types.js';

export interface Rating {
  level: string;
  towards: string | null;
}

/** The rating of one dimension in the latest shared assessment of a kind that rates it. */
export function latestRating(assessments: AssessmentFact[] | undefined, kind: AssessmentFact['kind'], dimension: string, framework: Framework): Rating | null {
  if (!assessments) return null;
  const ordered = assessments.filter((a) => a.kind === kind && a.sharedAt).sort((a, b) => (a.sharedAt < b.sharedAt ? 1 : a.sharedAt > b.sharedAt ? -1 : 0));
  for (const a of ordered) {
    const r = a.ratings.find((x) => x.dimension === dimension && levelRank(framework, x.level) >= 0);
    if (r) return { level: r.level, towards: r.towards !== null && levelRank(framework, r.towards) >= 0 ? r.towards : null };
  }
  return null;
}
