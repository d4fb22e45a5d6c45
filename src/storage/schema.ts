/**
 * The database as Kysely sees it. Times are ISO 8601 UTC strings and dates `YYYY-MM-DD`
 * strings on both dialects; booleans are 0/1 integers; lists are JSON text. One
 * representation everywhere keeps the repositories free of dialect branches.
 */
import type * as StaffWork from './schema-staff-work.js';

export type * from './schema-staff-work.js';

export interface PeopleTable {
  id: string;
  name: string;
  email: string;
  password_hash: string;
  role: string;
  manager_id: string | null;
  target_level: string;
  active: number;
  must_change_password: number;
  default_audience: string;
  time_zone: string;
  week_start: string;
  created_at: string;
  updated_at: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  slug: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  person_id: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  person_id: string;
  csrf_token: string;
  user_agent: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AccessTokensTable {
  id: string;
  person_id: string;
  name: string;
  scopes: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  kind: string;
  key: string;
  at: string;
}

export interface MentorshipsTable {
  id: string;
  mentor_id: string;
  mentee_id: string;
  proposed_by_id: string;
  pair_key: string;
  status: string;
  created_at: string;
  updated_at: string;
  accepted_at: string | null;
  ended_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface EvidenceTable {
  id: string;
  owner_id: string;
  occurred_on: string;
  title: string;
  body: string;
  dimensions: string;
  impact: string | null;
  metrics: string;
  teams: string;
  links: string;
  initiative_id: string | null;
  audience: string;
  aud_manager: number;
  aud_mentors: number;
  aud_org: number;
  source: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** SQLite only: the entry's key in the full-text index. */
  search_key?: number | null;
}

export interface EvidenceDimensionsTable {
  evidence_id: string;
  dimension: string;
}

export interface EvidenceTeamsTable {
  evidence_id: string;
  team_key: string;
}

export interface FrameworksTable {
  id: string;
  key: string;
  version: number;
  name: string;
  definition: string;
  source: string;
  created_by: string | null;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  subject_id: string;
  author_id: string;
  kind: string;
  framework_id: string;
  status: string;
  ratings: string;
  version: number;
  created_at: string;
  updated_at: string;
  shared_at: string | null;
}

export interface PlanTicksTable {
  person_id: string;
  step_id: string;
  done: number;
  updated_at: string;
}

export interface NotificationsTable {
  id: string;
  person_id: string;
  kind: string;
  actor_id: string | null;
  subject_id: string | null;
  text: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/** One row per throttled key; a sign-in upserts it to count and reserve attempts one at a time. */
export interface LoginThrottleKeysTable {
  kind: string;
  key: string;
  at: string;
}

/** Append-only (triggers refuse updates and deletes); `details` is JSON text. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  summary: string;
  details: string;
  address: string | null;
}

export interface Database {
  frameworks: FrameworksTable;
  assessments: AssessmentsTable;
  plan_ticks: PlanTicksTable;
  notifications: NotificationsTable;
  evidence: EvidenceTable;
  evidence_dimensions: EvidenceDimensionsTable;
  evidence_teams: EvidenceTeamsTable;
  settings: SettingsTable;
  people: PeopleTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  login_failures: LoginFailuresTable;
  mentorships: MentorshipsTable;
  audit_log: AuditLogTable;
  login_throttle_keys: LoginThrottleKeysTable;
  initiatives: StaffWork.InitiativesTable;
  stakeholders: StaffWork.StakeholdersTable;
  outcomes: StaffWork.OutcomesTable;
  measurements: StaffWork.MeasurementsTable;
  documents: StaffWork.DocumentsTable;
  document_numbers: StaffWork.DocumentNumbersTable;
  document_revisions: StaffWork.DocumentRevisionsTable;
  document_reviewers: StaffWork.DocumentReviewersTable;
  document_reviews: StaffWork.DocumentReviewsTable;
  document_comments: StaffWork.DocumentCommentsTable;
  evidence_proposals: StaffWork.EvidenceProposalsTable;
}
