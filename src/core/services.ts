import type { Storage } from '../storage/database.js';
import { AuthService, type AuthOptions } from './auth.js';
import { MentorshipsService } from './mentorships.js';
import { PeopleService } from './people.js';
import { TeamsService } from './teams.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { EvidenceTransfer } from './evidence/evidence-transfer.js';
import { ProposalsService } from './evidence/proposals.service.js';
import { FrameworksService } from './frameworks/frameworks.service.js';
import { AssessmentsService } from './assessments/assessments.service.js';
import { ReadinessService } from './readiness/readiness.service.js';
import { PlanService } from './plan/plan.service.js';
import { NotificationsService } from './notifications.js';
import { AuditService } from './audit.js';
import { SweepJob } from './jobs/sweep.js';
import { InitiativesService } from './initiatives/initiatives.service.js';
import { StakeholdersService } from './stakeholders/stakeholders.service.js';
import { OutcomesService } from './outcomes/outcomes.service.js';
import { OrganisationSettingsService } from './organisation-settings.js';
import { DocumentsService } from './documents/documents.service.js';
import { DocumentReviewsService } from './documents/document-reviews.service.js';
import { DocumentRevisionsService } from './documents/document-revisions.service.js';
import { DocumentEvents } from './documents/document-events.js';
import { DocumentTemplates } from './documents/templates.js';
import { DocumentTransfer } from './documents/document-transfer.js';

/** The core, wired once per process; every door (HTTP, CLI, jobs) calls these. */
export interface Services {
  storage: Storage;
  auth: AuthService;
  people: PeopleService;
  teams: TeamsService;
  mentorships: MentorshipsService;
  evidence: EvidenceService;
  evidenceTransfer: EvidenceTransfer;
  /** Evidence someone else's action suggests, private to its owner until accepted or dismissed. */
  proposals: ProposalsService;
  frameworks: FrameworksService;
  assessments: AssessmentsService;
  readiness: ReadinessService;
  plan: PlanService;
  notifications: NotificationsService;
  audit: AuditService;
  initiatives: InitiativesService;
  stakeholders: StakeholdersService;
  outcomes: OutcomesService;
  settings: OrganisationSettingsService;
  documents: DocumentsService;
  documentReviews: DocumentReviewsService;
  documentRevisions: DocumentRevisionsService;
  /** Notifications and evidence proposals around documents. */
  documentEvents: DocumentEvents;
  /** Documents as Markdown files: export, and import of exports and ADR folders. */
  documentTransfer: DocumentTransfer;
  /** Deletes expired sessions and purges the old trash; the server schedules it, `staffpath sweep` runs it. */
  sweep: SweepJob;
}

export function createServices(storage: Storage, auth: AuthOptions & { templatesDir?: string }): Services {
  const frameworks = new FrameworksService(storage.db);
  const people = new PeopleService(storage.db, async (db) => (await frameworks.active(db)).definition.levels.map((l) => l.id));
  const evidence = new EvidenceService(storage, frameworks);
  const assessments = new AssessmentsService(storage.db, frameworks);
  const settings = new OrganisationSettingsService(storage.db);
  const initiatives = new InitiativesService(storage.db, frameworks, settings);
  const stakeholders = new StakeholdersService(storage.db, settings);
  stakeholders.register('initiative', initiatives.stakeholderParent());
  const proposals = new ProposalsService(storage.db, evidence);
  const documentEvents = new DocumentEvents(proposals);
  const documents = new DocumentsService(storage.db, initiatives, new DocumentTemplates(auth.templatesDir ?? ''), documentEvents);
  stakeholders.register('document', documents.stakeholderParent());
  return {
    storage,
    people,
    auth: new AuthService(storage.db, people, auth),
    teams: new TeamsService(storage.db),
    mentorships: new MentorshipsService(storage.db),
    evidence,
    evidenceTransfer: new EvidenceTransfer(storage.db, evidence),
    proposals,
    frameworks,
    assessments,
    readiness: new ReadinessService(storage.db, frameworks, assessments, initiatives, documents),
    plan: new PlanService(storage.db, frameworks, initiatives, documents),
    notifications: new NotificationsService(storage.db),
    audit: new AuditService(storage.db),
    sweep: new SweepJob(storage.db, evidence),
    initiatives,
    stakeholders,
    outcomes: new OutcomesService(storage.db),
    settings,
    documents,
    documentReviews: new DocumentReviewsService(storage.db, documents, documentEvents),
    documentRevisions: new DocumentRevisionsService(storage.db, documents),
    documentEvents,
    documentTransfer: new DocumentTransfer(storage.db),
  };
}
