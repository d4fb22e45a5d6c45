/**
 * The self and manager rating of each dimension, as the side-by-side table and the radar show
 * them. The rule is readiness's (src/shared/ratings.ts): per dimension, the newest shared
 * assessment of that kind that rates it, at a level the framework knows.
 *
 * Readiness also knows what the web cannot: a former manager's assessment no longer counts as
 * the manager's view. So when the readiness answer is there, its facts (`selfRating`,
 * `managerRating`, …) are the ratings shown; otherwise (readiness not visible to the caller,
 * or still loading) the rule runs over the shared assessments the caller can see.
 */
import { latestRating, sharedNewestFirst } from '../../../shared/ratings.js';
import type { Assessment, DimensionFacts, Readiness } from '../../api/types.js';
import type { RatingLike } from '../../lib/assessments.js';

export type ShownKind = 'self' | 'manager';

export interface RatingsView {
  /** Per dimension id: the rating of each kind, or null when not rated. */
  ratings: Map<string, Record<ShownKind, RatingLike | null>>;
  /** The latest shared assessment of each kind that counts (header dates, framework notes). */
  latest: Record<ShownKind, Assessment | null>;
}

const KINDS: readonly ShownKind[] = ['self', 'manager'];

function factOf(facts: DimensionFacts, kind: ShownKind): RatingLike | null {
  const level = kind === 'self' ? facts.selfRating : facts.managerRating;
  const towards = kind === 'self' ? facts.selfTowards : facts.managerTowards;
  return level ? { level, towards } : null;
}

const same = (a: RatingLike, b: RatingLike) => a.level === b.level && (a.towards ?? null) === (b.towards ?? null);

export function ratingsView(
  assessments: readonly Assessment[],
  dimensionIds: readonly string[],
  isLevel: (id: string) => boolean,
  readiness: Readiness | null | undefined,
): RatingsView {
  const ratings = new Map<string, Record<ShownKind, RatingLike | null>>();
  const sources: Record<ShownKind, Set<Assessment>> = { self: new Set(), manager: new Set() };
  const newestFirst = (kind: ShownKind) => sharedNewestFirst(assessments.filter((a) => a.kind === kind));

  for (const id of dimensionIds) {
    const facts = readiness?.dimensions.find((d) => d.id === id)?.facts;
    const row: Record<ShownKind, RatingLike | null> = { self: null, manager: null };
    for (const kind of KINDS) {
      const seen = latestRating(assessments, kind, id, isLevel);
      if (!facts) {
        row[kind] = seen ? { level: seen.level, towards: seen.towards } : null;
        if (seen) sources[kind].add(seen.from);
        continue;
      }
      const fact = factOf(facts, kind);
      row[kind] = fact;
      if (!fact) continue;
      // Which visible assessment the fact comes from: the one the rule picked, when it agrees.
      const from =
        seen && same(seen, fact)
          ? seen.from
          : newestFirst(kind).find((a) => a.ratings.some((r) => r.dimension === id && same(r, fact)));
      if (from) sources[kind].add(from);
    }
    ratings.set(id, row);
  }

  const newestOf = (set: Set<Assessment>) => sharedNewestFirst([...set])[0] ?? null;
  return {
    ratings,
    latest: {
      self: newestFirst('self')[0] ?? null,
      // With readiness, only an assessment that still counts as the manager's view.
      manager: readiness ? newestOf(sources.manager) : (newestFirst('manager')[0] ?? null),
    },
  };
}
