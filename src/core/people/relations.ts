/**
 * How the caller stands to a person, in the policy's words (src/shared/policy.ts
 * `OwnerRelation`): `owner` (it is them), `manager-chain` (the person is in their reporting
 * line, at any depth), `mentor` (they mentor the person in an active mentorship), and
 * `org-member` (everyone signed in). Read from the caller's ViewerScope, which is loaded once
 * per request: set look-ups, no query per person.
 */
import { OWNER_RELATIONS, relationsTo, type OwnerRelation } from '../../shared/policy.js';
import type { ViewerScope } from '../visibility.js';
import type { Person, PersonView } from '../types.js';

/** The caller's relations to `personId`, in the policy's order. */
export function relationsOf(scope: ViewerScope, personId: string): OwnerRelation[] {
  const held = relationsTo(scope, { ownerId: personId, audience: [] });
  return OWNER_RELATIONS.filter((r) => held.has(r));
}

/** A person as the caller with `scope` sees them. */
export function seenBy(scope: ViewerScope, person: Person): PersonView {
  return { ...person, relations: relationsOf(scope, person.id) };
}

/**
 * A person as they see themselves (sign-in, first-run set-up, `GET /me`). No scope is needed:
 * nobody is in their own reporting line (that would be a cycle) or mentors themselves, so the
 * answer is always `owner` and `org-member`.
 */
export function seenBySelf(person: Person): PersonView {
  return seenBy({ viewer: { personId: person.id, role: person.role }, reportIds: new Set(), menteeIds: new Set() }, person);
}
