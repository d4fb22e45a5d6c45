/**
 * The wire shapes: what a client reads and writes, derived from the schemas the server
 * validates and serialises with. Type-only: the web app imports this file with
 * `import type` (eslint refuses a value import), so nothing here reaches the bundle, and a
 * field renamed in a schema breaks the web's compile as well as the handler's.
 */
import type { Static } from 'typebox';
import type { ProblemSchema, Page as PageSchema } from './common.js';
import type { PersonSchema, Role as RoleSchema, OwnerRelation as OwnerRelationSchema, WeekStart as WeekStartSchema, NewPersonBody, PersonPatchBody, MePatchBody } from './people.js';
import type { SignedInSchema, PasswordChangeBody } from './auth.js';
import type { TeamSchema } from './teams.js';
import type { MentorshipSchema, MentorshipStatus as MentorshipStatusSchema } from './mentorships.js';
import type {
  AudienceMember,
  EvidenceListItemSchema,
  EvidencePatchBody,
  EvidenceSchema,
  EvidenceSource as EvidenceSourceSchema,
  ImpactKind,
  ImportAnswer,
  ImportBody,
  ExportAnswer,
  MetricInput as MetricInputSchema,
  MetricSchema,
  NewEvidenceBody,
  SuggestAnswer,
} from './evidence.js';
import type {
  DimensionLevelSchema,
  DimensionSchema,
  FrameworkDefinitionSchema,
  FrameworkSchema,
  FrameworkVersionsAnswer,
  LevelSchema,
  NamedItemSchema,
  PlanStepSchema,
  ReadinessConfigSchema,
  ReadinessThresholdsSchema,
  ScopeQuestionSchema,
} from './frameworks.js';
import type { AssessmentKind as AssessmentKindSchema, AssessmentSchema, NewAssessmentBody, RatingInputSchema, RatingSchema } from './assessments.js';
import type {
  DimensionFactsSchema,
  DimensionReadinessSchema,
  PlanSchema,
  PlanStepStateSchema,
  ReadinessReasonSchema,
  ReadinessSchema,
  ReadinessStatus as ReadinessStatusSchema,
} from './readiness.js';
import type { NotificationSchema } from './notifications.js';
import type { NewTokenBody, NewTokenSchema, Scope, SessionSchema, TokenSchema } from './sessions.js';
import type { AuditAction as AuditActionSchema, AuditEntrySchema } from './audit.js';
import type {
  InitiativePatchBody,
  InitiativeSchema,
  InitiativeStatus as InitiativeStatusSchema,
  MilestoneSchema,
  NewInitiativeBody,
  RiskGrade as RiskGradeSchema,
  ScopeSchema,
  ScopeSummarySchema,
} from './initiatives.js';
import type { NewStakeholderBody, StakeholderPatchBody, StakeholderRole as StakeholderRoleSchema, StakeholderSchema, Stance as StanceSchema } from './stakeholders.js';
import type {
  Direction as DirectionSchema,
  ImportAnswer as MeasurementImportAnswer,
  MeasurementSchema,
  NewMeasurementBody,
  NewOutcomeBody,
  OutcomePatchBody,
  OutcomeSchema,
} from './outcomes.js';
import type { OrganisationSettingsSchema, SettingsPatchBody } from './settings.js';
import type {
  CommentSchema,
  DiffSchema,
  DocumentKind as DocumentKindSchema,
  DocumentPatchBody,
  DocumentSchema,
  DocumentStatus as DocumentStatusSchema,
  FindingSchema,
  LintAnswer,
  MatrixSchema,
  NewCommentBody,
  NewDocumentBody,
  NewReviewBody,
  NewReviewerBody,
  RankedOptionSchema,
  ReviewerSchema,
  ReviewSchema,
  RevisionSchema,
  TemplateSchema,
  TransitionBody,
  Verdict as VerdictSchema,
} from './documents.js';
import type { AcceptProposalBody, ProposalSchema, ProposalStatus as ProposalStatusSchema } from './proposals.js';
import type { DocumentExportAnswer, DocumentImportAnswer, DocumentImportBody } from './documents-transfer.js';
import type { TUnknown } from 'typebox';

// Errors
export type Problem = Static<typeof ProblemSchema>;

// Pages: every list answer is a page of items and the cursor of the next one.
type AnyPage = Static<ReturnType<typeof PageSchema<TUnknown>>>;
export type Page<T> = Omit<AnyPage, 'items'> & { items: T[] };

// People
export type Person = Static<typeof PersonSchema>;
export type Role = Static<typeof RoleSchema>;
export type WeekStart = Static<typeof WeekStartSchema>;
/** How the caller stands to a person (src/shared/policy.ts `OwnerRelation`). */
export type OwnerRelation = Static<typeof OwnerRelationSchema>;
export type NewPerson = Static<typeof NewPersonBody>;
export type PersonPatch = Static<typeof PersonPatchBody>;
export type MePatch = Static<typeof MePatchBody>;
export type Team = Static<typeof TeamSchema>;
export type Mentorship = Static<typeof MentorshipSchema>;
export type MentorshipStatus = Static<typeof MentorshipStatusSchema>;

// Signing in, sessions, tokens
export type SessionAnswer = Static<typeof SignedInSchema>;
export type PasswordChange = Static<typeof PasswordChangeBody>;
export type Session = Static<typeof SessionSchema>;
export type TokenScope = Static<typeof Scope>;
export type AccessToken = Static<typeof TokenSchema>;
export type CreatedToken = Static<typeof NewTokenSchema>;
export type NewToken = Static<typeof NewTokenBody>;

// Evidence
export type Evidence = Static<typeof EvidenceSchema>;
export type EvidenceListItem = Static<typeof EvidenceListItemSchema>;
export type Metric = Static<typeof MetricSchema>;
export type MetricInput = Static<typeof MetricInputSchema>;
export type Impact = Static<typeof ImpactKind>;
export type Audience = Static<typeof AudienceMember>;
export type EvidenceSource = Static<typeof EvidenceSourceSchema>;
export type NewEvidence = Static<typeof NewEvidenceBody>;
export type EvidencePatch = Static<typeof EvidencePatchBody>;
export type MetricSuggestions = Static<typeof SuggestAnswer>;
export type EvidenceExport = Static<typeof ExportAnswer>;
export type EvidenceImport = Static<typeof ImportBody>;
export type EvidenceImportResult = Static<typeof ImportAnswer>;

// Frameworks
export type StoredFramework = Static<typeof FrameworkSchema>;
export type FrameworkVersions = Static<typeof FrameworkVersionsAnswer>;
export type Framework = Static<typeof FrameworkDefinitionSchema>;
export type Level = Static<typeof LevelSchema>;
export type Dimension = Static<typeof DimensionSchema>;
export type DimensionLevel = Static<typeof DimensionLevelSchema>;
export type NamedItem = Static<typeof NamedItemSchema>;
export type ScopeQuestion = Static<typeof ScopeQuestionSchema>;
export type ReadinessConfig = Static<typeof ReadinessConfigSchema>;
export type ReadinessThresholds = Static<typeof ReadinessThresholdsSchema>;
export type PlanStep = Static<typeof PlanStepSchema>;

// Assessments
export type Assessment = Static<typeof AssessmentSchema>;
export type AssessmentKind = Static<typeof AssessmentKindSchema>;
export type Rating = Static<typeof RatingSchema>;
export type RatingInput = Static<typeof RatingInputSchema>;
export type NewAssessment = Static<typeof NewAssessmentBody>;

// Readiness and the starting plan
export type Readiness = Static<typeof ReadinessSchema>;
export type DimensionReadiness = Static<typeof DimensionReadinessSchema>;
export type DimensionFacts = Static<typeof DimensionFactsSchema>;
export type ReadinessReason = Static<typeof ReadinessReasonSchema>;
export type ReadinessStatus = Static<typeof ReadinessStatusSchema>;
export type Plan = Static<typeof PlanSchema>;
export type PlanStepState = Static<typeof PlanStepStateSchema>;

// Notifications, audit
export type Notification = Static<typeof NotificationSchema>;
export type AuditEntry = Static<typeof AuditEntrySchema>;
export type AuditAction = Static<typeof AuditActionSchema>;

// Initiatives, stakeholders, outcomes (PRODUCT.md §9)
export type InitiativeStatus = Static<typeof InitiativeStatusSchema>;
export type RiskGrade = Static<typeof RiskGradeSchema>;
export type InitiativeScope = Static<typeof ScopeSchema>;
export type ScopeSummary = Static<typeof ScopeSummarySchema>;
export type Milestone = Static<typeof MilestoneSchema>;
export type Initiative = Static<typeof InitiativeSchema>;
export type NewInitiative = Static<typeof NewInitiativeBody>;
export type InitiativePatch = Static<typeof InitiativePatchBody>;
export type StakeholderRole = Static<typeof StakeholderRoleSchema>;
export type Stance = Static<typeof StanceSchema>;
export type Stakeholder = Static<typeof StakeholderSchema>;
export type NewStakeholder = Static<typeof NewStakeholderBody>;
export type StakeholderPatch = Static<typeof StakeholderPatchBody>;
export type Direction = Static<typeof DirectionSchema>;
export type Measurement = Static<typeof MeasurementSchema>;
export type Outcome = Static<typeof OutcomeSchema>;
export type NewOutcome = Static<typeof NewOutcomeBody>;
export type OutcomePatch = Static<typeof OutcomePatchBody>;
export type NewMeasurement = Static<typeof NewMeasurementBody>;
export type MeasurementImport = Static<typeof MeasurementImportAnswer>;
export type OrganisationSettings = Static<typeof OrganisationSettingsSchema>;
export type OrganisationSettingsPatch = Static<typeof SettingsPatchBody>;

// Documents (PRODUCT.md §7, §9; issue 10)
export type DocumentKind = Static<typeof DocumentKindSchema>;
export type DocumentStatus = Static<typeof DocumentStatusSchema>;
export type Verdict = Static<typeof VerdictSchema>;
export type DecisionMatrix = Static<typeof MatrixSchema>;
export type RankedOption = Static<typeof RankedOptionSchema>;
export type DocumentReviewer = Static<typeof ReviewerSchema>;
export type Document = Static<typeof DocumentSchema>;
export type NewDocument = Static<typeof NewDocumentBody>;
export type DocumentPatch = Static<typeof DocumentPatchBody>;
export type DocumentTransition = Static<typeof TransitionBody>;
export type NewReviewer = Static<typeof NewReviewerBody>;
export type DocumentReview = Static<typeof ReviewSchema>;
export type NewReview = Static<typeof NewReviewBody>;
export type DocumentComment = Static<typeof CommentSchema>;
export type NewComment = Static<typeof NewCommentBody>;
export type DocumentRevision = Static<typeof RevisionSchema>;
export type RevisionDiff = Static<typeof DiffSchema>;
export type LintFinding = Static<typeof FindingSchema>;
export type LintResult = Static<typeof LintAnswer>;
export type DocumentTemplate = Static<typeof TemplateSchema>;

// Evidence proposals (issue 10 item 9; credit and git import propose too)
export type EvidenceProposal = Static<typeof ProposalSchema>;
export type ProposalStatus = Static<typeof ProposalStatusSchema>;
export type AcceptProposal = Static<typeof AcceptProposalBody>;

// Documents as files (issue 10 item 8)
export type DocumentExport = Static<typeof DocumentExportAnswer>;
export type DocumentImport = Static<typeof DocumentImportBody>;
export type DocumentImportResult = Static<typeof DocumentImportAnswer>;
