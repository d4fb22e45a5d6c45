/**
 * Who may see what (PRODUCT.md §4). Every read of content goes through this module: the
 * services ask `canSee` for single items and `contentFilter` for list queries, and hide what
 * they may not show behind a 404. Account-level actions (people, teams, frameworks) go
 * through `mayAdminister`.
 *
 * The rules are pure functions over a `ViewerScope`, which the storage layer loads once per
 * request: the viewer, everyone below them in the reporting line, and their active mentees.
 */
import type { Audience, Role } from './types.js';
import { notFound } from './errors.js';

export interface Viewer {
  personId: string;
  role: Role;
}

export interface ViewerScope {
  viewer: Viewer | null;
  /** Direct and indirect reports: the viewer is in their manager chain. */
  reportIds: ReadonlySet<string>;
  /** People the viewer mentors in an active mentorship (proposed does not count). */
  menteeIds: ReadonlySet<string>;
}

/** A piece of content: one owner, an audience, and optional per-item grants. */
export interface Visible {
  ownerId: string;
  audience: readonly Audience[];
  /** Reviewers of a document see it while they are reviewers. */
  reviewerIds?: readonly string[];
  /** People a packet snapshot or an assessment was shared with. */
  sharedWithIds?: readonly string[];
}

export type Relation = 'owner' | 'manager-chain' | 'mentor' | 'org-member' | 'reviewer' | 'shared-with';

export const ANONYMOUS: ViewerScope = { viewer: null, reportIds: new Set(), menteeIds: new Set() };

/** Every relation the viewer has to the item's owner or the item itself. */
export function relationsTo(scope: ViewerScope, item: Visible): Set<Relation> {
  const out = new Set<Relation>();
  const v = scope.viewer;
  if (!v) return out;
  if (v.personId === item.ownerId) out.add('owner');
  if (scope.reportIds.has(item.ownerId)) out.add('manager-chain');
  if (scope.menteeIds.has(item.ownerId)) out.add('mentor');
  out.add('org-member'); // one installation is one organisation
  if (item.reviewerIds?.includes(v.personId)) out.add('reviewer');
  if (item.sharedWithIds?.includes(v.personId)) out.add('shared-with');
  return out;
}

/** The table of §4. The admin role grants no content: admins see what members see. */
export function canSee(scope: ViewerScope, item: Visible): boolean {
  const rel = relationsTo(scope, item);
  if (rel.size === 0) return false;
  if (rel.has('owner') || rel.has('reviewer') || rel.has('shared-with')) return true;
  const aud = new Set(item.audience);
  if (aud.has('org')) return true;
  if (rel.has('manager-chain') && aud.has('manager')) return true;
  if (rel.has('mentor') && aud.has('mentors')) return true;
  return false;
}

/** Throws the same 404 a missing item gives, so existence never leaks. */
export function assertCanSee(scope: ViewerScope, item: Visible, what: string): void {
  if (!canSee(scope, item)) throw notFound(what);
}

/** Only the owner writes content (packet drafts add the manager later). */
export function canEdit(scope: ViewerScope, item: Visible): boolean {
  return scope.viewer !== null && scope.viewer.personId === item.ownerId;
}

/**
 * The same rules as a filter for list and search queries. `null` means the viewer sees
 * nothing. A row is visible when ANY of the clauses holds:
 *  - its owner is `ownerId`;
 *  - its audience contains `org`;
 *  - its owner is in `managerOf` and its audience contains `manager`;
 *  - its owner is in `mentorOf` and its audience contains `mentors`.
 */
export interface ContentFilter {
  ownerId: string;
  managerOf: string[];
  mentorOf: string[];
}

export function contentFilter(scope: ViewerScope): ContentFilter | null {
  if (!scope.viewer) return null;
  return { ownerId: scope.viewer.personId, managerOf: [...scope.reportIds], mentorOf: [...scope.menteeIds] };
}

export type AdminAction =
  | 'people.create'
  | 'people.update'
  | 'people.activate'
  | 'people.reset-password'
  | 'people.move-reports'
  | 'teams.manage'
  | 'frameworks.manage';

/** Account-level administration: admins only. Admins never gain content through this. */
export function mayAdminister(viewer: Viewer | null, _action: AdminAction): boolean {
  return viewer?.role === 'admin';
}

/** A person's own settings: the person themself. */
export function isSelf(scope: ViewerScope, personId: string): boolean {
  return scope.viewer?.personId === personId;
}

/** "A person or their manager sets targetLevel" (admins may too, as account keepers). */
export function maySetTargetLevel(scope: ViewerScope, personId: string): boolean {
  if (!scope.viewer) return false;
  return isSelf(scope, personId) || scope.reportIds.has(personId) || scope.viewer.role === 'admin';
}

/** Everyone signed in may read the directory (name, e-mail, teams, manager). */
export function mayReadDirectory(scope: ViewerScope): boolean {
  return scope.viewer !== null;
}

/**
 * An assessment: the author always; once shared, its subject and the subject's manager chain.
 * Drafts are the author's alone.
 */
export function canSeeAssessment(scope: ViewerScope, a: { authorId: string; subjectId: string; shared: boolean }): boolean {
  const v = scope.viewer;
  if (!v) return false;
  if (v.personId === a.authorId) return true;
  if (!a.shared) return false;
  return v.personId === a.subjectId || scope.reportIds.has(a.subjectId);
}

/** Readiness and the plan of a person: the person, their manager chain, their active mentors. */
export function mayReadProgress(scope: ViewerScope, personId: string): boolean {
  return scope.viewer?.personId === personId || scope.reportIds.has(personId) || scope.menteeIds.has(personId);
}

/** A mentorship: its two parties only. */
export function canSeeMentorship(viewer: Viewer | null, m: { mentorId: string; menteeId: string }): boolean {
  return viewer !== null && (viewer.personId === m.mentorId || viewer.personId === m.menteeId);
}
