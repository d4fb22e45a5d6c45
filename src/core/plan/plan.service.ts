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
import { mayReadProgress } from '../visibility.js';

export interface PlanStepState {
  id: string;
  title: string;
  description: string;
  detector: PlanDetector;
  /** Whether staffpath can see this step done by itself yet. */
  automatic: boolean;
  /** What the detector sees; null while the step is manual. */
  detected: boolean | null;
  /** The person's own tick or un-tick, which overrides the detector. */
  manual: boolean | null;
  done: boolean;
  /** A sentence on how the step counts as done. */
  how: string;
}

type Detector = (db: Db, personId: string) => Promise<boolean>;

/** Detectors whose feature exists. The others make their step manual until it does. */
const DETECTORS: Partial<Record<PlanDetector, { detect: Detector; how: string }>> = {
  'manager-expectations': {
    detect: (db, id) => planRepository.hasSharedManagerAssessment(db, id),
    how: 'Done when your manager shares an assessment of you against the framework.',
  },
  'active-mentee': {
    detect: (db, id) => planRepository.mentorsSomeone(db, id),
    how: 'Done when you mentor someone in an active mentorship.',
  },
};

const LATER: Record<PlanDetector, string> = {
  'manager-expectations': '',
  'active-mentee': '',
  'initiative-exists': 'initiatives',
  'plan-before-implementation': 'design documents',
  'stakeholders-added': 'stakeholder tracking',
  'outcome-measured': 'outcome tracking',
  'packet-drafted': 'promotion packets',
};

/** The practical path as a checklist: detectors tick steps, the person can tick or un-tick. */
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly frameworks: FrameworksService,
  ) {}

  async forPerson(actor: Actor, rawId: string): Promise<{ personId: string; steps: PlanStepState[]; done: number; total: number }> {
    const personId = resolvePersonId(actor, rawId);
    const scope = await loadScope(this.db, actor);
    if (!(await peopleRepository.findById(this.db, personId)) || !mayReadProgress(scope, personId)) throw notFound('person');
    const framework = await this.frameworks.active();
    const ticks = await planRepository.ticks(this.db, personId);
    const steps: PlanStepState[] = [];
    for (const step of framework.definition.plan) {
      const d = DETECTORS[step.detector];
      const detected = d ? await d.detect(this.db, personId) : null;
      const manual = ticks.get(step.id) ?? null;
      steps.push({
        ...step,
        automatic: d !== undefined,
        detected,
        manual,
        done: manual ?? detected ?? false,
        how: d ? d.how : `Tick it yourself: staffpath will notice it once ${LATER[step.detector]} arrive.`,
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
