import type { Db } from '../storage/database.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { AppError } from './errors.js';
import type { Actor, Audience } from './types.js';
import type { ViewerScope } from './visibility.js';

/**
 * The `owner=` filter every list takes (PRODUCT.md §9): `me`, `reports` (everyone below the
 * caller, any depth) and person ids, repeated meaning either. `undefined`: no owner filter. An
 * empty list (only `reports`, and no reports) matches nothing rather than everything.
 */
export function resolveOwners(actor: Actor, scope: ViewerScope, owner: readonly string[] | undefined): string[] | undefined {
  return owner?.flatMap((o) => (o === 'me' ? [actor.personId] : o === 'reports' ? [...scope.reportIds] : [o]));
}

/** New content without an audience takes its owner's `defaultAudience`, as evidence does. */
export async function defaultAudienceOf(db: Db, personId: string): Promise<Audience[]> {
  const p = await peopleRepository.findById(db, personId);
  return p ? (JSON.parse(p.default_audience) as Audience[]) : ['manager'];
}

/** A stale If-Match (412), in the words of the thing it guards. */
export const staleVersion = (what: string): AppError =>
  new AppError('precondition_failed', `The ${what} changed since you read it; reload it and apply your edit again.`);
