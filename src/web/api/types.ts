/**
 * The API's shapes, all from the server's wire schemas (src/http/schemas/wire.ts, imported
 * with `import type`, so nothing reaches the bundle): a field renamed on the server breaks
 * the web's compile. Client-only shapes are built from the wire types, never restated.
 */
import type { Audience, Evidence, NewEvidence, TokenScope } from '../../http/schemas/wire.js';

export type {
  AccessToken,
  Assessment,
  AssessmentKind,
  AuditAction,
  AuditEntry,
  CreatedToken,
  Dimension,
  DimensionFacts,
  DimensionLevel,
  DimensionReadiness,
  Evidence,
  EvidenceListItem,
  Framework,
  Impact,
  Level,
  Metric,
  NamedItem,
  Notification,
  OwnerRelation,
  Page,
  Person,
  Plan,
  PlanStepState,
  Problem,
  Rating,
  RatingInput,
  Readiness,
  ReadinessReason,
  ReadinessStatus,
  Role,
  ScopeQuestion,
  Session,
  SessionAnswer,
  StoredFramework,
  Team,
  Initiative,
  InitiativeStatus,
  InitiativeScope,
  InitiativePatch,
  NewInitiative,
  Milestone,
  ScopeSummary,
  RiskGrade,
  Stakeholder,
  StakeholderRole,
  Stance,
  NewStakeholder,
  StakeholderPatch,
  Direction,
  Measurement,
  MeasurementImport,
  Outcome,
  NewOutcome,
  OutcomePatch,
  NewMeasurement,
  OrganisationSettings,
  OrganisationSettingsPatch,
  DocumentKind,
  DocumentStatus,
  Verdict,
  DecisionMatrix,
  RankedOption,
  DocumentReviewer,
  Document,
  NewDocument,
  DocumentPatch,
  DocumentTransition,
  NewReviewer,
  DocumentReview,
  NewReview,
  DocumentComment,
  NewComment,
  DocumentRevision,
  RevisionDiff,
  LintFinding,
  LintResult,
  DocumentTemplate,
  EvidenceProposal,
  ProposalStatus,
  AcceptProposal,
} from '../../http/schemas/wire.js';

/** Who may see an entry; the empty set is private. */
export type AudienceMember = Audience;

export type Scope = TokenScope;

/**
 * What the entry form writes: the fields of a new entry the form owns, every one of them
 * present (the server fills what a client leaves out; `initiativeId` is not the form's).
 */
export type EvidenceInput = Required<Pick<NewEvidence, 'occurredOn' | 'title' | 'body' | 'dimensions' | 'impact' | 'teams' | 'links'>> &
  Pick<Evidence, 'metrics'> & { audience: AudienceMember[] };
