import type { Db } from '../../storage/database.js';
import { planRepository } from '../../storage/repositories/plan.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { nowIso } from '../ids.js';
import { loadScope } from '../scope.js';
import type { Actor } from '../types.js';
import { resolvePersonId } from '../people.js';
import type { PlanDetector } from '../frameworks/framework-file.js';
import type { FrameworksService } from '../frameworks/frameworks.service.js';
import { canSeeAssessment, canSeeMentorship, mayReadProgress, type ViewerScope } from '../visibility.js';
import { isStandingView } from '../assessments/assessments.service.js';
import { contentFilter } from '../visibility.js';
import { outcomesRepository } from '../../storage/repositories/outcomes.repository.js';
import { stakeholdersRepository } from '../../storage/repositories/stakeholders.repository.js';
import type { StanceChange } from '../stakeholders/stakeholder-rules.js';
import type { Initiative } from '../initiatives/types.js';
import type { InitiativesService } from '../initiatives/initiatives.service.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { Document } from '../documents/types.js';

export interface PlanStepState {
  id: string;
  title: string;
  description: string;
  detector: PlanDetector;
  /** Whether staffpath can see this step done by itself yet. */
  automatic: boolean;
  /**
   * What the detector sees, over what the caller may see; null while the step is manual, and
   * when the caller may not see what it watches and nothing they can see ticks it.
   */
  detected: boolean | null;
  /**
   * Whether the caller may see everything the detector watches. False, for instance, for a
   * manager on the "mentor" step: someone else's mentorships are visible to their two parties
   * only. True for manual steps (they watch nothing).
   */
  visible: boolean;
  /** The person's own tick or un-tick, which overrides the detector. */
  manual: boolean | null;
  done: boolean;
  /** A sentence on how the step counts as done. */
  how: string;
  /** What the detector found or is still missing, in words, over what the caller may see; null when it has nothing to say. */
  reason: string | null;
}

interface DetectorContext {
  db: Db;
  scope: ViewerScope;
  subjectId: string;
  /** The subject's initiatives the caller may see, with their scope summaries (loaded once). */
  initiatives: () => Promise<Initiative[]>;
  /** The subject's documents the caller may see (loaded once). */
  documents: () => Promise<Document[]>;
  /** A level's name in the active framework. */
  levelName: (id: string) => string;
}

/**
 * `found`: a fact the caller may see ticks the step. `complete`: the caller may see every
 * fact the detector watches, so "not found" means "not done" and not "not visible to you".
 */
type Detector = (ctx: DetectorContext) => Promise<{ found: boolean; complete: boolean; reason?: string }>;

/** Content with an audience: only its owner sees all of it, whatever the audiences. */
const ownsAll = ({ scope, subjectId }: DetectorContext) => scope.viewer?.personId === subjectId;
const quoted = (title: string) => `“${title}”`;

/** Stands for "someone else" when asking the visibility rules about a kind of fact. */
const SOMEONE_ELSE = '';

/** Detectors whose feature exists. The others make their step manual until it does. */
const DETECTORS: Partial<Record<PlanDetector, { detect: Detector; how: string }>> = {
  'manager-expectations': {
    // A shared manager assessment of the person, visible to the caller, whose author is still
    // in the person's manager chain (a former manager's no longer counts, as in readiness).
    detect: async ({ db, scope, subjectId }) => {
      const authors = await planRepository.sharedManagerAssessmentAuthors(db, subjectId);
      const visible = authors.filter((authorId) => canSeeAssessment(scope, { authorId, subjectId, shared: true }));
      const chain = visible.length > 0 ? await peopleRepository.managerChain(db, subjectId) : [];
      return {
        found: visible.some((authorId) => isStandingView({ kind: 'manager', authorId }, chain)),
        complete: canSeeAssessment(scope, { authorId: SOMEONE_ELSE, subjectId, shared: true }),
      };
    },
    how: 'Done when your manager shares an assessment of you against the framework.',
  },
  'active-mentee': {
    // An active mentorship in which the person mentors someone, visible to the caller.
    detect: async ({ db, scope, subjectId }) => {
      const mentorships = await planRepository.activeMentorshipsAsMentor(db, subjectId);
      return {
        found: mentorships.some((m) => canSeeMentorship(scope.viewer, m)),
        complete: canSeeMentorship(scope.viewer, { mentorId: subjectId, menteeId: SOMEONE_ELSE }),
      };
    },
    how: 'Done when you mentor someone in an active mentorship.',
  },
  'initiative-exists': {
    // An initiative, not dropped, whose scope summary reads as the target level.
    detect: async (ctx) => {
      const live = (await ctx.initiatives()).filter((i) => i.status !== 'dropped');
      const hit = live.find((i) => i.scopeSummary.meetsLevel);
      const first = live[0];
      return {
        found: hit !== undefined,
        complete: ownsAll(ctx),
        ...(hit
          ? { reason: `${quoted(hit.title)} reads as ${ctx.levelName(hit.scopeSummary.level)} scope.` }
          : first
            ? { reason: `${quoted(first.title)}: ${first.scopeSummary.reasons[0]?.text ?? ''}` }
            : {}),
      };
    },
    how: 'Done when one of your initiatives, not dropped, has a scope that reads as your target level (the scope canvas says why).',
  },
  'stakeholders-added': {
    // An approver whose stance was supportive or approved before the initiative went active.
    detect: async (ctx) => {
      const live = (await ctx.initiatives()).filter((i) => i.status !== 'dropped');
      const activation = await planRepository.activations(ctx.db, live.map((i) => i.id));
      const rows = await stakeholdersRepository.ofInitiatives(ctx.db, live.map((i) => i.id));
      const early = rows.find((r) => {
        if (r.role !== 'approver' || r.initiative_id === null) return false;
        const wentActive = activation.get(r.initiative_id) ?? null;
        return (JSON.parse(r.history) as StanceChange[]).some((h) => (h.stance === 'supportive' || h.stance === 'approved') && (wentActive === null || h.at < wentActive));
      });
      const title = early ? live.find((i) => i.id === early.initiative_id)?.title : undefined;
      const approvers = rows.filter((r) => r.role === 'approver').length;
      return {
        found: early !== undefined,
        complete: ownsAll(ctx),
        ...(title !== undefined
          ? { reason: `An approver of ${quoted(title)} was on board before it went active.` }
          : live.length > 0
            ? { reason: approvers === 0 ? 'None of your initiatives has an approver yet.' : 'No approver was supportive or approved before their initiative went active.' }
            : {}),
      };
    },
    how: 'Done when an approver of one of your initiatives is supportive or has approved before the initiative goes active.',
  },
  'plan-before-implementation': {
    // A design doc, RFC or migration plan linked to one of the person's initiatives, sent for
    // review (and not withdrawn, rejected or abandoned) before the initiative went active.
    detect: async (ctx) => {
      const live = (await ctx.initiatives()).filter((i) => i.status !== 'dropped');
      const activation = await planRepository.activations(ctx.db, live.map((i) => i.id));
      const plans = (await ctx.documents()).filter((d) => PLAN_KINDS.includes(d.kind) && d.initiativeId !== null);
      const hit = plans.find((d) => {
        if (!PLAN_STATUSES.includes(d.status) || d.submittedAt === null || !live.some((i) => i.id === d.initiativeId)) return false;
        const wentActive = activation.get(d.initiativeId as string) ?? null;
        return wentActive === null || d.submittedAt < wentActive;
      });
      const initiative = hit ? live.find((i) => i.id === hit.initiativeId) : undefined;
      return {
        found: hit !== undefined,
        complete: ownsAll(ctx),
        ...(hit && initiative
          ? { reason: `${hit.key} ${quoted(hit.title)} went to review before ${quoted(initiative.title)} went active.` }
          : plans.length > 0
            ? { reason: 'Your design docs, RFCs and migration plans linked to an initiative went to review only after it went active, or not yet.' }
            : live.length > 0
              ? { reason: 'No design doc, RFC or migration plan is linked to one of your initiatives yet.' }
              : {}),
      };
    },
    how: 'Done when a design doc, RFC or migration plan linked to one of your initiatives goes to review (or is approved) before the initiative goes active.',
  },
  'outcome-measured': {
    // An outcome linked to an initiative with at least two measurements.
    detect: async (ctx) => {
      const visible = contentFilter(ctx.scope);
      const outcomes = visible ? await outcomesRepository.ofOwner(ctx.db, ctx.subjectId, visible) : [];
      const linked = outcomes.filter((o) => o.initiative_id !== null);
      const counts = await outcomesRepository.measurementsOf(ctx.db, linked.map((o) => o.id));
      const hit = linked.find((o) => (counts.get(o.id)?.length ?? 0) >= 2);
      return {
        found: hit !== undefined,
        complete: ownsAll(ctx),
        ...(hit
          ? { reason: `${quoted(hit.name)} has been measured ${counts.get(hit.id)?.length ?? 0} times.` }
          : linked.length > 0
            ? { reason: 'Your outcomes linked to an initiative have fewer than two measurements.' }
            : outcomes.length > 0
              ? { reason: 'None of your outcomes is linked to an initiative yet.' }
              : {}),
      };
    },
    how: 'Done when an outcome linked to one of your initiatives has at least two measurements.',
  },
};

/** The kinds that plan an implementation, and the statuses in which a plan still stands. */
const PLAN_KINDS: readonly string[] = ['design-doc', 'rfc', 'migration-plan'];
const PLAN_STATUSES: readonly string[] = ['in-review', 'approved', 'superseded'];

const NOT_VISIBLE = ' What it watches is not visible to you, so only their own tick shows here.';

/** Until its feature exists, a step is manual: what staffpath will notice it with, once it arrives. */
const LATER: Record<PlanDetector, string> = {
  'manager-expectations': '',
  'active-mentee': '',
  'initiative-exists': '',
  'plan-before-implementation': '',
  'stakeholders-added': '',
  'outcome-measured': '',
  'packet-drafted': 'promotion packets arrive',
};

/** The practical path as a checklist: detectors tick steps, the person can tick or un-tick. */
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly frameworks: FrameworksService,
    private readonly initiatives: InitiativesService,
    private readonly documents: DocumentsService,
  ) {}

  async forPerson(actor: Actor, rawId: string): Promise<{ personId: string; steps: PlanStepState[]; done: number; total: number }> {
    const personId = resolvePersonId(actor, rawId);
    const scope = await loadScope(this.db, actor);
    if (!(await peopleRepository.findById(this.db, personId)) || !mayReadProgress(scope, personId)) throw notFound('person');
    const framework = await this.frameworks.active();
    const ticks = await planRepository.ticks(this.db, personId);
    const steps: PlanStepState[] = [];
    // Each detector runs over what the caller may see: the plan never tells a viewer more
    // than the facts behind it would.
    let initiatives: Promise<Initiative[]> | null = null;
    let documents: Promise<Document[]> | null = null;
    const ctx: DetectorContext = { db: this.db, scope, subjectId: personId, initiatives: () => (initiatives ??= this.initiatives.visibleOf(this.db, scope, personId)),
      documents: () => (documents ??= this.documents.visibleOf(this.db, scope, personId)),
      levelName: (id) => framework.definition.levels.find((l) => l.id === id)?.name ?? id,
    };
    for (const step of framework.definition.plan) {
      const d = DETECTORS[step.detector];
      const seen = d ? await d.detect(ctx) : null;
      const detected = seen === null ? null : seen.found ? true : seen.complete ? false : null;
      const visible = seen === null || seen.complete;
      const manual = ticks.get(step.id) ?? null;
      steps.push({
        ...step,
        automatic: d !== undefined,
        detected,
        visible,
        manual,
        done: manual ?? detected ?? false,
        how: d ? `${d.how}${detected === null ? NOT_VISIBLE : ''}` : `Tick it yourself: staffpath will notice it once ${LATER[step.detector]}.`,
        reason: seen?.reason ?? null,
      });
    }
    return { personId, steps, done: steps.filter((s) => s.done).length, total: steps.length };
  }

  /** `done: null` clears the manual tick and hands the step back to its detector. */
  async tick(actor: Actor, rawId: string, stepId: string, done: boolean | null) {
    const personId = resolvePersonId(actor, rawId);
    if (personId !== actor.personId) {
      const scope = await loadScope(this.db, actor);
      if (mayReadProgress(scope, personId)) throw forbidden('Only the person ticks their own plan.');
      throw notFound('person');
    }
    const framework = await this.frameworks.active();
    if (!framework.definition.plan.some((s) => s.id === stepId)) throw invalid('stepId', 'No such step in the plan.', 'validation_failed', 'path');
    await planRepository.setTick(this.db, personId, stepId, done, nowIso());
    return this.forPerson(actor, personId);
  }
}
