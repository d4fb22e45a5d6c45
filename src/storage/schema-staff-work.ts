/**
 * The Staff-work tables (initiatives, stakeholders, outcomes, documents and their reviews,
 * evidence proposals) as Kysely sees them, with the same conventions as schema.ts, which
 * puts them into the one `Database` interface.
 */
export interface InitiativesTable {
  id: string;
  owner_id: string;
  title: string;
  problem: string;
  why: string;
  status: string;
  start_on: string | null;
  target_on: string | null;
  /** JSON: the scope canvas. */
  scope: string;
  /** JSON: [{id, title, dueOn, done}]. */
  milestones: string;
  audience: string;
  aud_manager: number;
  aud_mentors: number;
  aud_org: number;
  activated_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Exactly one of initiative_id / document_id; exactly one of person_id / team_id / name. */
export interface StakeholdersTable {
  id: string;
  initiative_id: string | null;
  document_id: string | null;
  person_id: string | null;
  team_id: string | null;
  name: string | null;
  role: string;
  stance: string;
  influence: string | null;
  interest: string | null;
  /** JSON: [{stance, at}]. */
  history: string;
  last_contact_on: string | null;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OutcomesTable {
  id: string;
  owner_id: string;
  name: string;
  unit: string;
  direction: string;
  baseline: number;
  target: number;
  impact: string | null;
  initiative_id: string | null;
  audience: string;
  aud_manager: number;
  aud_mentors: number;
  aud_org: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MeasurementsTable {
  id: string;
  outcome_id: string;
  value: number;
  measured_on: string;
  note: string;
  created_at: string;
}

export interface DocumentsTable {
  id: string;
  owner_id: string;
  kind: string;
  number: number;
  title: string;
  body: string;
  status: string;
  matrix: string | null;
  initiative_id: string | null;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  review_deadline: string | null;
  audience: string;
  aud_manager: number;
  aud_mentors: number;
  aud_org: number;
  revision: number;
  submitted_at: string | null;
  approved_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentNumbersTable {
  kind: string;
  last_number: number;
}

export interface DocumentRevisionsTable {
  id: string;
  document_id: string;
  revision: number;
  title: string;
  body: string;
  matrix: string | null;
  author_id: string | null;
  restored_from: number | null;
  created_at: string;
}

export interface DocumentReviewersTable {
  document_id: string;
  person_id: string;
  required: number;
  added_at: string;
}

export interface DocumentReviewsTable {
  id: string;
  document_id: string;
  reviewer_id: string;
  verdict: string;
  body: string;
  revision: number;
  created_at: string;
}

export interface DocumentCommentsTable {
  id: string;
  document_id: string;
  author_id: string;
  section: string;
  body: string;
  parent_id: string | null;
  resolved_at: string | null;
  resolved_by_id: string | null;
  created_at: string;
}

export interface EvidenceProposalsTable {
  id: string;
  owner_id: string;
  source: string;
  source_key: string;
  title: string;
  body: string;
  occurred_on: string;
  dimensions: string;
  impact: string | null;
  teams: string;
  links: string;
  initiative_id: string | null;
  document_id: string | null;
  status: string;
  evidence_id: string | null;
  created_at: string;
  decided_at: string | null;
}
