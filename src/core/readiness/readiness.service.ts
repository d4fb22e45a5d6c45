import type { Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { evidenceRepository } from '../../storage/repositories/evidence.repository.js';
import { notFound } from '../errors.js';
import { loadScope } from '../scope.js';
import { contentFilter, mayReadProgress } from '../visibility.js';
import type { Actor } from '../types.js';
import { resolvePersonId } from '../people.js';
import { todayIn } from '../../shared/dates.js';
import { teamKey } from '../evidence/evidence-rules.js';
import type { FrameworksService } from '../frameworks/frameworks.service.js';
import type { AssessmentsService } from '../assessments/assessments.service.js';
import { addMonths, computeReadiness, type AssessmentFact, type EvidenceFact, type InitiativeFact, type ReadinessResult } from './readiness.js';
import { outcomesRepository } from '../../storage/repositories/outcomes.repository.js';
import type { InitiativesService } from '../initiatives/initiatives.service.js';
import type { DocumentsService } from '../documents/documents.service.js';

/**
 * Gathers the inputs of `computeReadiness` — only what the caller may see, so the answer never
 * reveals a private entry — and computes it. Outcomes count when they have a measurement in
 * the window; initiatives give the scope dimension's reasons. Sources that do not exist yet
 * (mentoring) are left out, which adds no reasons and no gaps. "Today" is the
 * person's today in their time zone, since that is how their entries are dated.
 */
export class ReadinessService {
  constructor(
    private readonly db: Db,
    private readonly frameworks: FrameworksService,
    private readonly assessments: AssessmentsService,
    private readonly initiatives: InitiativesService,
    private readonly documents: DocumentsService,
    /** The clock; tests pass a fixed one. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  async forPerson(actor: Actor, rawId: string, opts: { level?: string | undefined; window?: number | undefined } = {}): Promise<ReadinessResult & { personId: string; frameworkId: string }> {
    const personId = resolvePersonId(actor, rawId);
    const scope = await loadScope(this.db, actor);
    const person = await peopleRepository.findById(this.db, personId);
    if (!person || !mayReadProgress(scope, personId)) throw notFound('person');
    const framework = await this.frameworks.active();
    // A target level the active framework lacks (it changed since) falls back to the
    // framework's usual target: the level above the lowest.
    const levels = framework.definition.levels.map((l) => l.id);
    const level = opts.level ?? (levels.includes(person.target_level) ? person.target_level : (levels[1] ?? levels[0] ?? person.target_level));
    // Entries are dated where the person lives, so "today" — the window's last day — is too.
    const today = todayIn(person.time_zone, this.now());
    const windowMonths = opts.window ?? framework.definition.readiness.windowMonths;
    const visible = contentFilter(scope);
    if (!visible) throw notFound('person');

    const rows = await evidenceRepository.facts(this.db, { visible, owners: [personId], from: addMonths(today, -Math.min(Math.max(windowMonths, 1), 120)) });
    const evidence: EvidenceFact[] = rows.map((r) => ({
      id: r.id,
      occurredOn: r.occurred_on,
      dimensions: JSON.parse(r.dimensions) as string[],
      teams: (JSON.parse(r.teams) as string[]).map(teamKey),
      measured: r.metrics !== '[]',
    }));
    // Shared assessments the caller may see; a former manager's no longer counts as the manager's view.
    const assessments: AssessmentFact[] = (await this.assessments.standingViews(actor, personId))
      .map((a) => ({ kind: a.kind, sharedAt: a.sharedAt as string, ratings: a.ratings }));
    const teams = await peopleRepository.teamIdsFor(this.db, [personId]);
    const ownTeamKeys = await peopleRepository.teamSlugs(this.db, teams.get(personId) ?? []);

    const windowStart = addMonths(today, -Math.min(Math.max(windowMonths, 1), 120));
    // Outcomes with a measurement inside the window, of what the caller may see.
    const outcomeRows = await outcomesRepository.ofOwner(this.db, personId, visible);
    const measured = await outcomesRepository.measurementsOf(this.db, outcomeRows.map((o) => o.id));
    const outcomes = outcomeRows.filter((o) => (measured.get(o.id) ?? []).some((m) => m.measured_on >= windowStart && m.measured_on <= today));
    // Initiatives not dropped, with their scope verdicts, for the scope dimension's reasons.
    const initiatives: InitiativeFact[] = (await this.initiatives.visibleOf(this.db, scope, personId))
      .filter((i) => i.status !== 'dropped')
      .map((i) => ({ title: i.title, meetsLevel: i.scopeSummary.meetsLevel, summary: i.scopeSummary.reasons[0]?.text ?? '' }));

    // Documents approved in the window, and other people's documents reviewed in it, of what the caller may see.
    const from = `${windowStart}T00:00:00.000Z`;
    const until = `${addMonths(today, 0)}T23:59:59.999Z`;
    const documents = (await this.documents.visibleOf(this.db, scope, personId)).filter((d) => d.approvedAt !== null && d.approvedAt >= from && d.approvedAt <= until);
    const reviews = await this.documents.reviewedBy(this.db, scope, personId, from, until);

    const result = computeReadiness({
      framework: framework.definition,
      level,
      today,
      ...(opts.window !== undefined && { windowMonths: opts.window }),
      sources: { evidence, assessments, outcomes, initiatives, documents, reviews },
      ownTeamKeys,
    });
    return { ...result, personId, frameworkId: framework.id };
  }
}
