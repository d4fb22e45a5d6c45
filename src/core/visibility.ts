/**
 * Who may see and do what (PRODUCT.md §4). The rules are data in src/shared/policy.ts; this
 * module applies them for the core. Every read of content goes through `canSee` (single
 * items) or `contentFilter` (lists and search, turned into SQL by the storage layer), and
 * every other decision — edit, share, review, administer, act on a person — through
 * `authorize`, so routes and the CLI never decide.
 */
import {
  ANONYMOUS,
  ASSESSMENT_READERS,
  CONTENT_KINDS,
  DEFAULT_WRITERS,
  PERSON_ACTIONS,
  canSee as policyCanSee,
  relationsTo,
  visibilityFilter,
  type AdminArea,
  type ContentAction,
  type ContentKind,
  type ContentKindName,
  type PersonAction,
  type ViewerScope as PolicyScope,
  type VisibilityFilter,
  type VisibleItem,
} from '../shared/policy.js';
import { forbidden, notFound } from './errors.js';
import type { Role } from './types.js';

export { ANONYMOUS, relationsTo };
export type { VisibleItem, VisibilityFilter };

export interface Viewer {
  personId: string;
  role: Role;
}

export interface ViewerScope extends PolicyScope {
  viewer: Viewer | null;
}

/** `allow`; `forbid` (the caller sees the subject but may not do this: 403); `hide` (404). */
export type Decision = 'allow' | 'forbid' | 'hide';

export interface ContentSubject {
  kind: ContentKindName;
  item: VisibleItem;
}

/** The §4 table for one item. The admin role grants no content. */
export function canSee(scope: ViewerScope, item: VisibleItem): boolean {
  return policyCanSee(scope, item);
}

/** Throws the same 404 a missing item gives, so existence never leaks. */
export function assertCanSee(scope: ViewerScope, item: VisibleItem, what: string): void {
  if (!canSee(scope, item)) throw notFound(what);
}

/** The rules as a filter for list and search queries; `null` means the viewer sees nothing. */
export function contentFilter(scope: ViewerScope): VisibilityFilter | null {
  return visibilityFilter(scope);
}

const CONTENT_ACTION_SET = new Set<string>(Object.keys(DEFAULT_WRITERS));
const PERSON_ACTION_SET = new Set<string>(Object.keys(PERSON_ACTIONS));

/** How the viewer stands towards a person, in the words of `PERSON_ACTIONS`. */
function personRelations(scope: ViewerScope, personId: string): Set<string> {
  const out = new Set<string>();
  const v = scope.viewer;
  if (!v) return out;
  out.add('member');
  if (v.role === 'admin') out.add('admin');
  if (v.personId === personId) out.add('self');
  if (scope.reportIds.has(personId)) out.add('manager-chain');
  if (scope.menteeIds.has(personId)) out.add('mentor');
  return out;
}

/**
 * Every decision that is not a plain read. Content: invisible → `hide`; visible but the
 * caller holds none of the action's writer relations → `forbid`. A person: the action's
 * relations (self, manager chain, mentor, member, admin). Administration: the admin role.
 */
export function authorize(scope: ViewerScope, action: ContentAction, subject: ContentSubject): Decision;
export function authorize(scope: ViewerScope, action: PersonAction, subject: { personId: string }): Decision;
export function authorize(scope: ViewerScope, action: 'administer', subject: { area: AdminArea }): Decision;
export function authorize(scope: ViewerScope, action: string, subject: ContentSubject | { personId: string } | { area: AdminArea }): Decision {
  if (!scope.viewer) return 'hide';
  if (action === 'administer') return scope.viewer.role === 'admin' ? 'allow' : 'forbid';
  if (CONTENT_ACTION_SET.has(action) && 'kind' in subject) {
    const a = action as ContentAction;
    if (!canSee(scope, subject.item)) return 'hide';
    const kind: ContentKind = CONTENT_KINDS[subject.kind];
    const writers = kind.writers?.[a] ?? DEFAULT_WRITERS[a];
    const rel = relationsTo(scope, subject.item);
    return writers.some((w) => rel.has(w)) ? 'allow' : 'forbid';
  }
  if (PERSON_ACTION_SET.has(action) && 'personId' in subject) {
    const allowed: readonly string[] = PERSON_ACTIONS[action as PersonAction];
    const rel = personRelations(scope, subject.personId);
    if (allowed.some((r) => rel.has(r))) return 'allow';
    // Progress the caller may not read is hidden like a missing person; the rest is refused.
    return action === 'read-progress' ? 'hide' : 'forbid';
  }
  return 'hide';
}

/** `authorize`, throwing: 404 for `hide` (naming `what`), 403 with `message` for `forbid`. */
export function assertAuthorized(decision: Decision, what: string, message: string): void {
  if (decision === 'hide') throw notFound(what);
  if (decision === 'forbid') throw forbidden(message);
}

/** Only the owner writes content (packet drafts will add the subject's manager chain). */
export function canEdit(scope: ViewerScope, item: VisibleItem, kind: ContentKindName = 'evidence'): boolean {
  return authorize(scope, 'edit', { kind, item }) === 'allow';
}

export type AdminAction =
  | 'people.create'
  | 'people.update'
  | 'people.activate'
  | 'people.reset-password'
  | 'people.move-reports'
  | 'teams.manage'
  | 'frameworks.manage'
  | 'audit.read'
  | 'settings.manage';

const AREA_OF: Record<AdminAction, AdminArea> = {
  'people.create': 'people',
  'people.update': 'people',
  'people.activate': 'people',
  'people.reset-password': 'people',
  'people.move-reports': 'people',
  'teams.manage': 'teams',
  'frameworks.manage': 'frameworks',
  'audit.read': 'audit',
  'settings.manage': 'settings',
};

/** Account-level administration: admins only. Admins never gain content through this. */
export function mayAdminister(viewer: Viewer | null, action: AdminAction): boolean {
  const scope: ViewerScope = { ...ANONYMOUS, viewer };
  return authorize(scope, 'administer', { area: AREA_OF[action] }) === 'allow';
}

/** A person's own settings: the person themself. */
export function isSelf(scope: ViewerScope, personId: string): boolean {
  return scope.viewer?.personId === personId;
}

/** "A person or their manager sets targetLevel" (admins may too, as account keepers). */
export function maySetTargetLevel(scope: ViewerScope, personId: string): boolean {
  return authorize(scope, 'set-target-level', { personId }) === 'allow';
}

/** Everyone signed in may read the directory (name, e-mail, teams, manager). */
export function mayReadDirectory(scope: ViewerScope): boolean {
  return scope.viewer !== null;
}

/** An assessment, by `ASSESSMENT_READERS`: drafts the author's alone; shared ones also the subject and their manager chain. */
export function canSeeAssessment(scope: ViewerScope, a: { authorId: string; subjectId: string; shared: boolean }): boolean {
  const v = scope.viewer;
  if (!v) return false;
  const held = new Set<string>();
  if (v.personId === a.authorId) held.add('author');
  if (v.personId === a.subjectId) held.add('subject');
  if (scope.reportIds.has(a.subjectId)) held.add('subject-manager-chain');
  const readers: readonly string[] = ASSESSMENT_READERS[a.shared ? 'shared' : 'draft'];
  return readers.some((r) => held.has(r));
}

/** Readiness and the plan of a person: the person, their manager chain, their active mentors. */
export function mayReadProgress(scope: ViewerScope, personId: string): boolean {
  return authorize(scope, 'read-progress', { personId }) === 'allow';
}

/** A mentorship: its two parties only. */
export function canSeeMentorship(viewer: Viewer | null, m: { mentorId: string; menteeId: string }): boolean {
  return viewer !== null && (viewer.personId === m.mentorId || viewer.personId === m.menteeId);
}
