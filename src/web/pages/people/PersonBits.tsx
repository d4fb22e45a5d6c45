/** Small pieces of a person's row, shared by the directory and Admin › People. */
import type { Person, Team } from '../../api/types.js';

/** "You", "Admin" and "Deactivated", as they apply. */
export function PersonBadges({ person, me }: { person: Person; me: Person }) {
  return (
    <>
      {person.id === me.id && <span className="badge">You</span>}
      {person.role === 'admin' && <span className="badge badge-accent">Admin</span>}
      {!person.active && <span className="badge badge-muted">Deactivated</span>}
    </>
  );
}

/** The names of a person's teams as chips; nothing when none is known. */
export function TeamChips({ ids, teams }: { ids: string[]; teams: Team[] }) {
  const names = ids.map((id) => teams.find((t) => t.id === id)?.name).filter((n): n is string => Boolean(n));
  if (!names.length) return null;
  return (
    <span className="chips">
      {names.map((n) => (
        <span key={n} className="chip">
          {n}
        </span>
      ))}
    </span>
  );
}
