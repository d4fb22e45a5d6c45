/**
 * What the scope summary needs besides the canvas, gathered once for a page of initiatives:
 * the organisation's teams, each owner's own teams, each owner's target level and that level's
 * scope thresholds in the active framework.
 */
import type { Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { teamsRepository } from '../../storage/repositories/teams.repository.js';
import { teamKey } from '../evidence/evidence-rules.js';
import type { Framework } from '../frameworks/framework-types.js';
import { scopeThresholdsFor } from '../frameworks/framework-types.js';
import type { ScopeContext } from './scope-summary.js';

/** The level a person is measured against: their target, or the framework's usual one when it lacks it. */
export function targetLevelOf(framework: Framework, targetLevel: string | undefined): { id: string; name: string } {
  const level = framework.levels.find((l) => l.id === targetLevel) ?? framework.levels[1] ?? framework.levels[0];
  return level ? { id: level.id, name: level.name } : { id: targetLevel ?? '', name: targetLevel ?? '' };
}

export async function scopeContexts(db: Db, framework: Framework, ownerIds: readonly string[]): Promise<(ownerId: string) => ScopeContext> {
  const owners = [...new Set(ownerIds)];
  const teams = await teamsRepository.all(db);
  const slugById = new Map(teams.map((t) => [t.id, t.slug]));
  const organisationTeamKeys = new Set(teams.map((t) => t.slug));
  const memberships = await peopleRepository.teamIdsFor(db, owners);
  const levels = new Map<string, string>();
  for (const id of owners) levels.set(id, (await peopleRepository.findById(db, id))?.target_level ?? '');
  return (ownerId) => {
    const level = targetLevelOf(framework, levels.get(ownerId));
    return {
      organisationTeamKeys,
      ownTeamKeys: new Set((memberships.get(ownerId) ?? []).map((id) => slugById.get(id) ?? '').filter(Boolean)),
      keyOf: teamKey,
      level,
      thresholds: scopeThresholdsFor(framework, level.id),
    };
  };
}
