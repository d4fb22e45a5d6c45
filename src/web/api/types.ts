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

export type Impact = 'cost' | 'reliability' | 'developer-speed' | 'capability' | 'risk' | 'performance';

/** A measured outcome: numbers or null, at least one of them set (`change` in percent). */
export interface Metric {
  name: string;
  unit: string | null;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface Evidence {
  id: string;
  ownerId: string;
  /** `YYYY-MM-DD`, a calendar date. */
  occurredOn: string;
  title: string;
  /** Markdown. */
  body: string;
  dimensions: string[];
  impact: Impact | null;
  metrics: Metric[];
  teams: string[];
  links: string[];
  initiativeId: string | null;
  /** Empty = private. */
  audience: AudienceMember[];
  source: 'manual' | 'git' | 'import';
  createdAt: string;
  updatedAt: string;
}

/** A list item: with `q`, an HTML-escaped `snippet` with matches in `<mark>`; in the trash, `deletedAt`. */
export interface EvidenceListItem extends Evidence {
  snippet?: string;
  deletedAt?: string | null;
}

/** What a client writes (server fields left out). */
export interface EvidenceInput {
  occurredOn: string;
  title: string;
  body: string;
  dimensions: string[];
  impact: Impact | null;
  metrics: Metric[];
  teams: string[];
  links: string[];
  audience: AudienceMember[];
}
