/**
 * Which rating counts, once: for one dimension, the latest *shared* assessment of a kind that
 * rates it, ignoring levels the framework does not have. Readiness (core) and the radar and
 * side-by-side views (web) read ratings through this function, so they cannot disagree.
 */
export interface RatingOf {
  dimension: string;
  level: string;
  towards: string | null;
}

export interface RatedAssessment<K extends string = string> {
  kind: K;
  /** When it was shared; drafts (null) never count. */
  sharedAt: string | null;
  ratings: readonly RatingOf[];
}

export interface LatestRating<A> {
  level: string;
  towards: string | null;
  /** The assessment the rating comes from. */
  from: A;
}

/** Newest shared first; ties keep the order given. */
export function sharedNewestFirst<A extends RatedAssessment>(assessments: readonly A[]): A[] {
  return assessments
    .filter((a) => a.sharedAt !== null && a.sharedAt !== '')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => ((x.a.sharedAt ?? '') < (y.a.sharedAt ?? '') ? 1 : (x.a.sharedAt ?? '') > (y.a.sharedAt ?? '') ? -1 : x.i - y.i))
    .map(({ a }) => a);
}

/** The rating of `dimension` by `kind`, from the latest shared assessment of that kind that rates it. */
export function latestRating<A extends RatedAssessment>(
  assessments: readonly A[] | undefined,
  kind: A['kind'],
  dimension: string,
  isLevel: (id: string) => boolean,
): LatestRating<A> | null {
  if (!assessments) return null;
  for (const a of sharedNewestFirst(assessments.filter((x) => x.kind === kind))) {
    const r = a.ratings.find((x) => x.dimension === dimension && isLevel(x.level));
    if (r) return { level: r.level, towards: r.towards !== null && isLevel(r.towards) ? r.towards : null, from: a };
  }
  return null;
}
