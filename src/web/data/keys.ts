/**
 * Query keys, one factory per resource. A key starts with the resource, so invalidating
 * `keys.evidence.all` reaches every list, search, entry and count of evidence at once.
 */
type Params = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export const keys = {
  people: {
    all: ['people'] as const,
    one: (id: string) => ['people', 'one', id] as const,
    list: (params: Params) => ['people', 'list', params] as const,
  },
  teams: {
    all: ['teams'] as const,
    list: () => ['teams', 'list'] as const,
    one: (id: string) => ['teams', 'one', id] as const,
  },
  framework: {
    all: ['frameworks'] as const,
    active: () => ['frameworks', 'active'] as const,
    list: () => ['frameworks', 'list'] as const,
    one: (id: string) => ['frameworks', 'one', id] as const,
  },
  evidence: {
    all: ['evidence'] as const,
    list: (params: Params) => ['evidence', 'list', params] as const,
    one: (id: string) => ['evidence', 'one', id] as const,
    trash: () => ['evidence', 'trash'] as const,
    recent: (params: Params) => ['evidence', 'recent', params] as const,
  },
  assessments: {
    all: ['assessments'] as const,
    list: (params: Params) => ['assessments', 'list', params] as const,
    one: (id: string) => ['assessments', 'one', id] as const,
  },
  readiness: {
    all: ['readiness'] as const,
    of: (personId: string, params: Params = {}) => ['readiness', personId, params] as const,
  },
  plan: {
    all: ['plan'] as const,
    of: (personId: string) => ['plan', personId] as const,
  },
  mentorships: { all: ['mentorships'] as const, list: (params: Params) => ['mentorships', 'list', params] as const },
  notifications: { all: ['notifications'] as const, list: (params: Params) => ['notifications', 'list', params] as const },
  sessions: { all: ['sessions'] as const },
  tokens: { all: ['tokens'] as const },
  audit: { all: ['audit'] as const, list: (params: Params) => ['audit', 'list', params] as const },
  initiatives: {
    all: ['initiatives'] as const,
    list: (params: Params) => ['initiatives', 'list', params] as const,
    one: (id: string) => ['initiatives', 'one', id] as const,
  },
  stakeholders: {
    all: ['stakeholders'] as const,
    of: (parent: { initiativeId?: string; documentId?: string }) => ['stakeholders', 'of', parent] as const,
  },
  outcomes: {
    all: ['outcomes'] as const,
    list: (params: Params) => ['outcomes', 'list', params] as const,
    one: (id: string) => ['outcomes', 'one', id] as const,
  },
  settings: { all: ['settings'] as const, organisation: () => ['settings', 'organisation'] as const },
  documents: {
    all: ['documents'] as const,
    list: (params: Params) => ['documents', 'list', params] as const,
    one: (id: string) => ['documents', 'one', id] as const,
    /** Reviews, comments, revisions and diffs of one document (all start with its id). */
    part: (id: string, part: 'reviews' | 'comments' | 'revisions' | 'diff', extra?: Params) => ['documents', 'part', id, part, extra ?? {}] as const,
    templates: () => ['documents', 'templates'] as const,
    lint: (params: Params) => ['documents', 'lint', params] as const,
  },
  proposals: { all: ['proposals'] as const, list: (params: Params) => ['proposals', 'list', params] as const },
} as const;
