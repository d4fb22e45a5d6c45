import type { Db } from '../../storage/database.js';
import { peopleRepository, type PersonRow } from '../../storage/repositories/people.repository.js';

/** Names by id, for audit summaries and notifications. */
export interface Names {
  of(id: string | null | undefined): string;
}

/** Names by id, read once, for audit summaries and notifications. */
export async function namesOf(db: Db, ids: (string | null | undefined)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((i): i is string => typeof i === 'string'))];
  const rows = await Promise.all(wanted.map((i) => peopleRepository.findById(db, i)));
  const map = new Map(rows.filter((r): r is PersonRow => r !== undefined).map((r) => [r.id, r.name]));
  return { of: (id) => (id ? (map.get(id) ?? 'someone') : 'nobody') };
}
