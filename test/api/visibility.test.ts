/**
 * PRODUCT.md §4 as a table: who × audience → sees? The relations are built for real in the
 * database (reporting lines, mentorships) and loaded by the same code every request uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { buildSection4Org, type Section4Who } from '../support/section4-org.js';
import { loadScope } from '../../src/core/scope.js';
import { ANONYMOUS, canSee, canSeeAssessment, mayReadProgress, type ViewerScope } from '../../src/core/visibility.js';
import type { Actor, Audience } from '../../src/core/types.js';

type Who = 'owner' | 'direct manager' | "manager's manager" | 'active mentor' | 'proposed-only mentor' | 'ended mentor' | 'same-org member' | 'admin' | 'anonymous';

const AUDIENCES: Record<string, Audience[]> = {
  private: [],
  manager: ['manager'],
  mentors: ['mentors'],
  org: ['org'],
  'manager+mentors': ['manager', 'mentors'],
};

// who → [private, manager, mentors, org, manager+mentors]
const TABLE: Record<Who, [boolean, boolean, boolean, boolean, boolean]> = {
  owner: [true, true, true, true, true],
  'direct manager': [false, true, false, true, true],
  "manager's manager": [false, true, false, true, true],
  'active mentor': [false, false, true, true, true],
  'proposed-only mentor': [false, false, false, true, false],
  'ended mentor': [false, false, false, true, false],
  'same-org member': [false, false, false, true, false],
  admin: [false, false, false, true, false],
  anonymous: [false, false, false, false, false],
};

describe.each(DIALECTS)('visibility table on %s', (dialect) => {
  let t: TestApp;
  const scopes = new Map<Who, ViewerScope>();
  let ownerId = '';

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t.app);
    const org = await buildSection4Org(admin);
    const at = (w: Section4Who): Caller => org.get(w) as Caller;
    const [owner, manager, grand, mentor, proposed, ended, peer] = (['owner', 'direct manager', 'skip-level manager', 'active mentor', 'proposed mentor', 'ended mentor', 'member'] as const).map(at) as [Caller, Caller, Caller, Caller, Caller, Caller, Caller];
    ownerId = owner.personId;

    const actorOf = (c: Caller, role: 'admin' | 'member' = 'member'): Actor => ({ personId: c.personId, role, via: 'local', scopes: ['read', 'write'], mustChangePassword: false });
    const db = t.services.storage.db;
    scopes.set('owner', await loadScope(db, actorOf(owner)));
    scopes.set('direct manager', await loadScope(db, actorOf(manager)));
    scopes.set("manager's manager", await loadScope(db, actorOf(grand)));
    scopes.set('active mentor', await loadScope(db, actorOf(mentor)));
    scopes.set('proposed-only mentor', await loadScope(db, actorOf(proposed)));
    scopes.set('ended mentor', await loadScope(db, actorOf(ended)));
    scopes.set('same-org member', await loadScope(db, actorOf(peer)));
    scopes.set('admin', await loadScope(db, actorOf(admin, 'admin')));
    scopes.set('anonymous', ANONYMOUS);
  });
  afterAll(() => t?.close());

  const cases = Object.entries(TABLE).flatMap(([who, row]) =>
    Object.keys(AUDIENCES).map((aud, i) => ({ who: who as Who, aud, expected: row[i] as boolean })),
  );
  it.each(cases)('$who, audience $aud → $expected', ({ who, aud, expected }) => {
    const scope = scopes.get(who);
    expect(scope).toBeDefined();
    expect(canSee(scope as ViewerScope, { ownerId, audience: AUDIENCES[aud] as Audience[] })).toBe(expected);
  });
});

describe('assessments and progress', () => {
  const scope = (id: string, reports: string[] = [], mentees: string[] = []): ViewerScope => ({
    viewer: { personId: id, role: 'member' },
    reportIds: new Set(reports),
    menteeIds: new Set(mentees),
  });
  const draft = { authorId: 'author', subjectId: 'subject', shared: false };
  const shared = { ...draft, shared: true };
  it.each([
    ['the author, draft', scope('author'), draft, true],
    ['the subject, draft', scope('subject'), draft, false],
    ['the subject, shared', scope('subject'), shared, true],
    ["the subject's manager chain, shared", scope('boss', ['subject']), shared, true],
    ["the subject's manager chain, draft", scope('boss', ['subject']), draft, false],
    ["the subject's mentor, shared", scope('mentor', [], ['subject']), shared, false],
    ['anyone else, shared', scope('peer'), shared, false],
    ['anonymous, shared', ANONYMOUS, shared, false],
  ])('assessment: %s', (_label, s, a, expected) => {
    expect(canSeeAssessment(s, a)).toBe(expected);
  });
  it.each([
    ['the person', scope('p'), true],
    ['their manager chain', scope('boss', ['p']), true],
    ['an active mentor', scope('mentor', [], ['p']), true],
    ['a peer', scope('peer'), false],
    ['anonymous', ANONYMOUS, false],
  ])('readiness and plan: %s', (_label, s, expected) => {
    expect(mayReadProgress(s, 'p')).toBe(expected);
  });
});

describe('per-item grants', () => {
  const peer: ViewerScope = { viewer: { personId: 'p', role: 'member' }, reportIds: new Set(), menteeIds: new Set() };
  it('a reviewer sees a private document while listed', () => {
    expect(canSee(peer, { ownerId: 'o', audience: [], grants: { reviewer: ['p'] } })).toBe(true);
    expect(canSee(peer, { ownerId: 'o', audience: [], grants: { reviewer: ['q'] } })).toBe(false);
  });
  it('someone a snapshot was shared with sees it', () => {
    expect(canSee(peer, { ownerId: 'o', audience: [], grants: { 'shared-with': ['p'] } })).toBe(true);
  });
  it('anonymous sees nothing, not even org content or grants', () => {
    expect(canSee(ANONYMOUS, { ownerId: 'o', audience: ['org'], grants: { reviewer: ['p'] } })).toBe(false);
  });
});
