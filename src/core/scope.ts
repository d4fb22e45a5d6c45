import type { Db } from '../storage/database.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { ANONYMOUS, type ViewerScope } from './visibility.js';
import type { Actor } from './types.js';

/** Loads what the visibility rules need to know about the viewer, once per request. */
export async function loadScope(db: Db, actor: Actor | null): Promise<ViewerScope> {
  if (!actor) return ANONYMOUS;
  const { reports, mentees } = await peopleRepository.relationsOf(db, actor.personId);
  return { viewer: { personId: actor.personId, role: actor.role }, reportIds: new Set(reports), menteeIds: new Set(mentees) };
}
