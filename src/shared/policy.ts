/**
 * PRODUCT.md §4 written once, as data. Everything that decides who may see or change
 * content is derived from the tables in this file:
 *
 *  - the single-item check (`canSee` in src/core/visibility.ts),
 *  - the SQL predicate for any content table (src/storage/visibility-sql.ts),
 *  - the search index's visibility tokens (src/storage/dialects/visibility-tokens.ts),
 *  - `authorize(viewer, action, subject)` for every decision that is not a plain read.
 *
 * A new kind of content gets visibility by declaring its table in `CONTENT_KINDS`; it
 * writes no rules. A leaf module: it imports nothing, so core, storage and web share it.
 */

export const AUDIENCES = ['manager', 'mentors', 'org'] as const;
/** Who, beyond the owner, an item is shared with. The empty set means private. */
export type Audience = (typeof AUDIENCES)[number];

/** How a viewer can stand towards the owner of an item. */
export const OWNER_RELATIONS = ['owner', 'manager-chain', 'mentor', 'org-member'] as const;
export type OwnerRelation = (typeof OWNER_RELATIONS)[number];

/** People named on an item itself: a document's reviewers, a packet's recipients. */
export const ITEM_GRANTS = ['reviewer', 'shared-with'] as const;
export type ItemGrant = (typeof ITEM_GRANTS)[number];

export type Relation = OwnerRelation | ItemGrant;

/**
 * The §4 table. `always`: relations that see an item whatever its audience. `audience`:
 * the relation each audience value opens the item to. Nothing else sees anything; in
 * particular the admin role is not a relation and grants no content.
 */
export const SEES = {
  always: ['owner', 'reviewer', 'shared-with'],
  audience: { manager: 'manager-chain', mentors: 'mentor', org: 'org-member' },
  /** An item in a trash: its owner alone, whatever its audience. */
  trashed: ['owner'],
} as const satisfies { always: readonly Relation[]; audience: Record<Audience, OwnerRelation>; trashed: readonly Relation[] };

/**
 * Who holds each owner relation, from the viewer's point of view: `self` is the viewer,
 * `reports` everyone below them in the reporting line (any depth), `mentees` the people
 * they mentor in an ACTIVE mentorship (proposed and ended ones count for nothing), and
 * `everyone` any owner (one installation is one organisation).
 */
export const RELATION_HOLDERS = {
  owner: 'self',
  'manager-chain': 'reports',
  mentor: 'mentees',
  'org-member': 'everyone',
} as const satisfies Record<OwnerRelation, 'self' | 'reports' | 'mentees' | 'everyone'>;

/** What a viewer is, as the rules need it. Loaded once per request (src/core/scope.ts). */
export interface ViewerScope {
  viewer: { personId: string; role: 'admin' | 'member' } | null;
  /** Direct and indirect reports: the viewer is in their manager chain. */
  reportIds: ReadonlySet<string>;
  /** People the viewer mentors in an active mentorship. */
  menteeIds: ReadonlySet<string>;
}

export const ANONYMOUS: ViewerScope = { viewer: null, reportIds: new Set(), menteeIds: new Set() };

/** The owners towards whom the viewer holds `relation`; `'all'` means every owner. */
export function holdersOf(scope: ViewerScope, relation: OwnerRelation): readonly string[] | 'all' {
  if (!scope.viewer) return [];
  switch (RELATION_HOLDERS[relation]) {
    case 'self':
      return [scope.viewer.personId];
    case 'reports':
      return [...scope.reportIds];
    case 'mentees':
      return [...scope.menteeIds];
    case 'everyone':
      return 'all';
  }
}

/** Whether the viewer holds `relation` towards `ownerId` (set look-ups, no copies). */
function holds(scope: ViewerScope, relation: OwnerRelation, ownerId: string): boolean {
  if (!scope.viewer) return false;
  switch (RELATION_HOLDERS[relation]) {
    case 'self':
      return scope.viewer.personId === ownerId;
    case 'reports':
      return scope.reportIds.has(ownerId);
    case 'mentees':
      return scope.menteeIds.has(ownerId);
    case 'everyone':
      return true;
  }
}

/**
 * The §4 table applied to a viewer, as the shape SQL and search indexes need: each branch
 * says "items whose owner is in `owners` (or any owner) and, unless `audience` is null,
 * whose audience includes `audience`". A row is visible when any branch holds, or when the
 * viewer holds one of the item's grants. `null`: the viewer sees nothing.
 */
export interface VisibilityFilter {
  viewerId: string;
  branches: readonly VisibilityBranch[];
}

export interface VisibilityBranch {
  relation: OwnerRelation;
  owners: readonly string[] | 'all';
  /** `null`: whatever the audience (the owner). */
  audience: Audience | null;
}

export function visibilityFilter(scope: ViewerScope): VisibilityFilter | null {
  if (!scope.viewer) return null;
  const branches: VisibilityBranch[] = [];
  for (const relation of SEES.always) {
    if (isOwnerRelation(relation)) branches.push({ relation, owners: holdersOf(scope, relation), audience: null });
  }
  // Organisation-wide branches first: they are the cheapest to test and the widest.
  const byAudience = AUDIENCES.map((audience) => {
    const relation = SEES.audience[audience];
    return { relation, owners: holdersOf(scope, relation), audience };
  }).sort((a, b) => Number(b.owners === 'all') - Number(a.owners === 'all'));
  for (const b of byAudience) if (b.owners === 'all' || b.owners.length > 0) branches.push(b);
  return { viewerId: scope.viewer.personId, branches };
}

export function isOwnerRelation(r: Relation): r is OwnerRelation {
  return (OWNER_RELATIONS as readonly string[]).includes(r);
}

/** A piece of content as the single-item check sees it. */
export interface VisibleItem {
  ownerId: string;
  audience: readonly Audience[];
  /** People holding a per-item grant (reviewers, recipients), by grant. */
  grants?: Partial<Record<ItemGrant, readonly string[]>>;
  /** In a trash (deleted, restorable). */
  trashed?: boolean;
}

/** Every relation the viewer holds to the item's owner or to the item itself. */
export function relationsTo(scope: ViewerScope, item: VisibleItem): Set<Relation> {
  const out = new Set<Relation>();
  if (!scope.viewer) return out;
  for (const r of OWNER_RELATIONS) if (holds(scope, r, item.ownerId)) out.add(r);
  for (const g of ITEM_GRANTS) if (item.grants?.[g]?.includes(scope.viewer.personId)) out.add(g);
  return out;
}

/** The §4 table for one item. */
export function canSee(scope: ViewerScope, item: VisibleItem): boolean {
  const rel = relationsTo(scope, item);
  if (item.trashed) return SEES.trashed.some((r) => rel.has(r));
  if (SEES.always.some((r) => rel.has(r))) return true;
  return item.audience.some((a) => rel.has(SEES.audience[a]));
}

// ---------------------------------------------------------------------------------------
// Writing and other decisions that are not a plain read

/** What can be done to a piece of content besides reading it. */
export const CONTENT_ACTIONS = ['edit', 'delete', 'restore', 'share', 'review', 'comment'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

/** "Writing is the owner's; reviewers write reviews and comments only." */
export const DEFAULT_WRITERS: Record<ContentAction, readonly Relation[]> = {
  edit: ['owner'],
  delete: ['owner'],
  restore: ['owner'],
  share: ['owner'],
  review: ['reviewer'],
  comment: ['owner', 'reviewer'],
};

/** Account-level work: admins only, and it never grants content. */
export const ADMIN_AREAS = ['people', 'teams', 'frameworks', 'audit', 'settings'] as const;
export type AdminArea = (typeof ADMIN_AREAS)[number];

/**
 * Decisions about a person rather than a piece of content, by the viewer's relation to
 * that person (`self`, `manager-chain`, `mentor`) or the admin role.
 */
export const PERSON_ACTIONS = {
  /** Readiness and the starting plan. */
  'read-progress': ['self', 'manager-chain', 'mentor'],
  /** "A person or their manager sets targetLevel" (admins too, as account keepers). */
  'set-target-level': ['self', 'manager-chain', 'admin'],
  /** A manager assessment: only someone in the subject's manager chain. */
  'assess-as-manager': ['manager-chain'],
  /** Ticking the starting plan: the person alone. */
  'tick-plan': ['self'],
  /** The directory (name, e-mail, teams, manager): every signed-in member. */
  'read-directory': ['self', 'manager-chain', 'mentor', 'member'],
} as const satisfies Record<string, readonly ('self' | 'manager-chain' | 'mentor' | 'member' | 'admin')[]>;
export type PersonAction = keyof typeof PERSON_ACTIONS;

/**
 * Assessments (§4, §8): drafts are the author's alone; once shared, the subject and the
 * subject's manager chain see them too.
 */
export const ASSESSMENT_READERS = {
  draft: ['author'],
  shared: ['author', 'subject', 'subject-manager-chain'],
} as const satisfies Record<'draft' | 'shared', readonly ('author' | 'subject' | 'subject-manager-chain')[]>;

// ---------------------------------------------------------------------------------------
// Content kinds: each declares its table, and gets visibility from the rules above.

export interface ContentKind {
  /** The word used in "not found" answers. */
  name: string;
  table: string;
  idColumn: string;
  ownerColumn: string;
  /** One 0/1 column per audience value, so each branch is an indexed predicate. */
  audienceColumns: Record<Audience, string>;
  /** Set when the item is in a trash: such rows are invisible to every read but the owner's trash. */
  deletedColumn?: string;
  /** Per-item grants: rows of `table` naming a person who holds `grant` on an item. */
  grantTables?: readonly { grant: ItemGrant; table: string; itemColumn: string; personColumn: string }[];
  /** Writers beyond `DEFAULT_WRITERS` (a packet's draft: the subject's manager chain too). */
  writers?: Partial<Record<ContentAction, readonly Relation[]>>;
}

export const CONTENT_KINDS = {
  evidence: {
    name: 'evidence',
    table: 'evidence',
    idColumn: 'id',
    ownerColumn: 'owner_id',
    audienceColumns: { manager: 'aud_manager', mentors: 'aud_mentors', org: 'aud_org' },
    deletedColumn: 'deleted_at',
  },
  initiative: {
    name: 'initiative',
    table: 'initiatives',
    idColumn: 'id',
    ownerColumn: 'owner_id',
    audienceColumns: { manager: 'aud_manager', mentors: 'aud_mentors', org: 'aud_org' },
  },
  outcome: {
    name: 'outcome',
    table: 'outcomes',
    idColumn: 'id',
    ownerColumn: 'owner_id',
    audienceColumns: { manager: 'aud_manager', mentors: 'aud_mentors', org: 'aud_org' },
  },
  document: {
    name: 'document',
    table: 'documents',
    idColumn: 'id',
    ownerColumn: 'owner_id',
    audienceColumns: { manager: 'aud_manager', mentors: 'aud_mentors', org: 'aud_org' },
    grantTables: [{ grant: 'reviewer', table: 'document_reviewers', itemColumn: 'document_id', personColumn: 'person_id' }],
  },
} as const satisfies Record<string, ContentKind>;

export type ContentKindName = keyof typeof CONTENT_KINDS;

/** The audience columns' values for a row being written. */
export function audienceFlags(kind: ContentKind, audience: readonly Audience[]): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = {};
  for (const a of AUDIENCES) out[kind.audienceColumns[a]] = audience.includes(a) ? 1 : 0;
  return out;
}
