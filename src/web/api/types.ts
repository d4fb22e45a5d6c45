export type Role = 'admin' | 'member';
export type AudienceMember = 'manager' | 'mentors' | 'org';

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  managerId: string | null;
  teamIds: string[];
  targetLevel: string | null;
  active: boolean;
  defaultAudience: AudienceMember[];
  timeZone: string | null;
  weekStart: string | number | null;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Team {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Session {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string | null;
  userAgent: string | null;
}

export type Scope = 'read' | 'write';

export interface AccessToken {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedToken extends Omit<AccessToken, 'lastUsedAt'> {
  token: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SessionAnswer {
  person: Person;
  csrfToken: string | null;
}
