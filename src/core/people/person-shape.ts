import type { Db } from '../../storage/database.js';
import type { PersonRow } from '../../storage/repositories/people.repository.js';
import type { Actor, Audience, Person, Role, WeekStart } from '../types.js';

export interface NewPerson {
  name: string;
  email: string;
  password: string;
  role?: Role | undefined;
  managerId?: string | null | undefined;
  targetLevel?: string | undefined;
  teamIds?: string[] | undefined;
  timeZone?: string | undefined;
}

export interface PersonPatch {
  name?: string;
  email?: string;
  role?: Role;
  managerId?: string | null;
  targetLevel?: string;
  active?: boolean;
  teamIds?: string[];
  timeZone?: string;
  weekStart?: WeekStart;
  defaultAudience?: Audience[];
}

/** Fields a person may change on themself; the rest is the admin's. */
export const SELF_FIELDS = new Set<keyof PersonPatch>(['name', 'timeZone', 'weekStart', 'defaultAudience', 'targetLevel']);

export function toPerson(row: PersonRow, teamIds: string[]): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    managerId: row.manager_id,
    teamIds,
    targetLevel: row.target_level,
    active: row.active === 1,
    defaultAudience: JSON.parse(row.default_audience) as Audience[],
    timeZone: row.time_zone,
    weekStart: row.week_start as WeekStart,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function resolvePersonId(actor: Actor, id: string): string {
  return id === 'me' ? actor.personId : id;
}

/** The level ids a person may target (the active framework's), lowest first. */
export type LevelSource = (db: Db) => Promise<string[]>;

/** A new person targets the level above the lowest, or the lowest when there is one. */
export const defaultTarget = (levels: string[]): string => levels[1] ?? levels[0] ?? 'staff';
