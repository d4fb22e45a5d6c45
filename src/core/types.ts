/** Domain shapes shared by services, the HTTP layer and the CLI (PRODUCT.md §7). */
import type { OwnerRelation } from '../shared/policy.js';

export const ROLES = ['admin', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIENCES = ['manager', 'mentors', 'org'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

export const TOKEN_SCOPES = ['read', 'write', 'tokens'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  managerId: string | null;
  teamIds: string[];
  targetLevel: string;
  active: boolean;
  defaultAudience: Audience[];
  timeZone: string;
  weekStart: WeekStart;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A person as a caller sees them: with the caller's relations to them (src/core/people/relations.ts). */
export interface PersonView extends Person {
  relations: OwnerRelation[];
}

export interface Team {
  id: string;
  name: string;
  slug: string;
  description: string;
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
}

export const MENTORSHIP_STATUSES = ['proposed', 'active', 'declined', 'ended'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export interface Mentorship {
  id: string;
  mentorId: string;
  menteeId: string;
  proposedById: string;
  status: MentorshipStatus;
  createdAt: string;
  updatedAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
}

export interface AccessToken {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface SessionInfo {
  id: string;
  current: boolean;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Who is acting: resolved once per request (or CLI invocation) by authentication. */
export interface Actor {
  personId: string;
  role: Role;
  /** How the actor authenticated; the CLI in-process acts as `local`. */
  via: 'session' | 'token' | 'local';
  scopes: readonly TokenScope[];
  sessionId?: string;
  tokenId?: string;
  mustChangePassword: boolean;
}
