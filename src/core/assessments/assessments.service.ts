import { withTransaction, type Db } from '../../storage/database.js';
import { assessmentsRepository, type AssessmentRow } from '../../storage/repositories/assessments.repository.js';
import { notificationsRepository } from '../../storage/repositories/notifications.repository.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { AppError, forbidden, invalid, notFound, type FieldError } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { loadScope } from '../scope.js';
import { canSeeAssessment } from '../visibility.js';
import type { Actor } from '../types.js';
import { resolvePersonId } from '../people.js';
import { levelRank, type Framework } from '../frameworks/framework-file.js';
import type { FrameworksService } from '../frameworks/frameworks.service.js';
import { ASSESSMENT_LIMITS } from '../../shared/assessment-limits.js';

export const ASSESSMENT_KINDS = ['self', 'manager', 'peer'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export interface Rating {
  dimension: string;
  level: string;
  /** Set when the rating sits between `level` and this next level up. */
  towards: string | null;
  note: string;
  evidenceIds: string[];
}

export interface Assessment {
  id: string;
  subjectId: string;
  authorId: string;
  kind: AssessmentKind;
  frameworkId: string;
  frameworkKey: string;
  frameworkVersion: number;
  status: 'draft' | 'shared';
  ratings: Rating[];
  createdAt: string;
  updatedAt: string;
  sharedAt: string | null;
}

export type RatingInput = { dimension: string; level: string; towards?: string | null; note?: string; evidenceIds?: string[] };

/**
 * Whether a shared assessment still stands as what its kind says: a manager assessment only
 * while its author is in the subject's manager chain (`chain`, nearest first); self and peer
 * assessments always.
 */
export function isStandingView(a: { kind: AssessmentKind; authorId: string }, chain: readonly string[]): boolean {
  return a.kind !== 'manager' || chain.includes(a.authorId);
}

/**
 * Self, manager and peer assessments on the framework's rubric. Drafts are the author's
 * alone; a shared assessment is visible to its subject and the subject's manager chain, and
 * is never edited again — a new one follows it. A manager assessment is written and shared
 * only by someone in the subject's manager chain at that moment, and counts as the manager's
 * view (readiness, the plan) only while its author is still in that chain.
 */
export class AssessmentsService {
  constructor(
    private readonly db: Db,
    private readonly frameworks: FrameworksService,
  ) {}

  private async present(row: AssessmentRow): Promise<Assessment> {
    const f = await this.frameworks.stored(row.framework_id);
    return {
      id: row.id,
      subjectId: row.subject_id,
      authorId: row.author_id,
      kind: row.kind as AssessmentKind,
      frameworkId: row.framework_id,
      frameworkKey: f.key,
      frameworkVersion: f.version,
      status: row.status as 'draft' | 'shared',
      ratings: JSON.parse(row.ratings) as Rating[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      sharedAt: row.shared_at,
    };
  }

  private async canSee(actor: Actor, row: AssessmentRow): Promise<boolean> {
    return canSeeAssessment(await loadScope(this.db, actor), { authorId: row.author_id, subjectId: row.subject_id, shared: row.status === 'shared' });
  }

  private async load(actor: Actor, id: string): Promise<AssessmentRow> {
    const row = await assessmentsRepository.findById(this.db, id);
    if (!row || !(await this.canSee(actor, row))) throw notFound('assessment');
    return row;
  }

  checkRatings(framework: Framework, ratings: RatingInput[]): Rating[] {
    const errors: FieldError[] = [];
    const dims = new Set(framework.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    const out = ratings.map((r, i) => {
      const at = `/ratings/${i}`;
      if (!dims.has(r.dimension)) errors.push({ pointer: `${at}/dimension`, message: `"${r.dimension}" is not a dimension of ${framework.name}.` });
      else if (seen.has(r.dimension)) errors.push({ pointer: `${at}/dimension`, message: 'Rate each dimension once.' });
      seen.add(r.dimension);
      const rank = levelRank(framework, r.level);
      if (rank < 0) errors.push({ pointer: `${at}/level`, message: `"${r.level}" is not a level of ${framework.name}.` });
      const towards = r.towards ?? null;
      if (towards !== null && rank >= 0 && levelRank(framework, towards) !== rank + 1) {
        errors.push({ pointer: `${at}/towards`, message: 'Use the next level up, or null.' });
      }
      return { dimension: r.dimension, level: r.level, towards, note: (r.note ?? '').slice(0, ASSESSMENT_LIMITS.note), evidenceIds: [...new Set(r.evidenceIds ?? [])].slice(0, ASSESSMENT_LIMITS.evidenceIds) };
    });
    if (errors.length) throw new AppError('validation_failed', `${errors[0]?.pointer}: ${errors[0]?.message}`, { errors });
    return out;
  }

  async create(actor: Actor, input: { subjectId: string; kind: AssessmentKind; ratings?: RatingInput[] }): Promise<Assessment> {
    const subjectId = resolvePersonId(actor, input.subjectId);
    const subject = await peopleRepository.findById(this.db, subjectId);
    if (!subject || subject.active !== 1) throw invalid('/subjectId', 'No such active person.');
    const self = subjectId === actor.personId;
    if (input.kind === 'self' && !self) throw invalid('/kind', 'A self-assessment is about yourself; use peer or manager.');
    if (input.kind !== 'self' && self) throw invalid('/kind', 'Rate yourself with a self-assessment.');
    if (input.kind === 'manager') {
      const chain = await peopleRepository.managerChain(this.db, subjectId);
      if (!chain.includes(actor.personId)) throw forbidden('Only someone in their manager chain can write a manager assessment.');
    }
    const active = await this.frameworks.active();
    const ratings = this.checkRatings(active.definition, input.ratings ?? []);
    const now = nowIso();
    const id = newId();
    await assessmentsRepository.insert(this.db, {
      id,
      subject_id: subjectId,
      author_id: actor.personId,
      kind: input.kind,
      framework_id: active.id,
      status: 'draft',
      ratings: JSON.stringify(ratings),
      version: 1,
      created_at: now,
      updated_at: now,
      shared_at: null,
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<Assessment> {
    return this.present(await this.load(actor, id));
  }

  private async loadDraft(actor: Actor, id: string): Promise<AssessmentRow> {
    const row = await this.load(actor, id);
    if (row.author_id !== actor.personId) throw forbidden('Only the author changes an assessment.');
    if (row.status !== 'draft') throw new AppError('invalid_state', 'A shared assessment is not edited; start a new one.');
    return row;
  }

  async update(actor: Actor, id: string, ratings: RatingInput[]): Promise<Assessment> {
    const row = await this.loadDraft(actor, id);
    const checked = this.checkRatings(await this.frameworks.byId(row.framework_id), ratings);
    const ok = await assessmentsRepository.update(this.db, id, { ratings: JSON.stringify(checked), updated_at: nowIso(), version: row.version + 1 }, row.version);
    if (!ok) throw new AppError('precondition_failed', 'The assessment changed while you saved; reload it.');
    return this.get(actor, id);
  }

  /**
   * Sharing is final. A manager assessment is shared only while its author is in the
   * subject's manager chain — the reporting line may have changed since the draft was
   * started — so a former manager gets the same 403 as someone who never was one.
   */
  async share(actor: Actor, id: string): Promise<Assessment> {
    const row = await this.loadDraft(actor, id);
    const now = nowIso();
    await withTransaction(this.db, async (trx) => {
      if (row.kind === 'manager' && !(await peopleRepository.managerChain(trx, row.subject_id)).includes(actor.personId)) {
        throw forbidden('You are no longer in their manager chain, so this manager assessment cannot be shared.');
      }
      if ((JSON.parse(row.ratings) as Rating[]).length === 0) throw invalid('/ratings', 'Rate at least one dimension before sharing.');
      const ok = await assessmentsRepository.update(trx, id, { status: 'shared', shared_at: now, updated_at: now, version: row.version + 1 }, row.version);
      if (!ok) throw new AppError('precondition_failed', 'The assessment changed while you shared it; reload it.');
      if (row.subject_id !== actor.personId) {
        const author = await peopleRepository.findById(trx, actor.personId);
        await notificationsRepository.insert(trx, {
          id: newId(),
          person_id: row.subject_id,
          kind: 'assessment-shared',
          actor_id: actor.personId,
          subject_id: id,
          text: `${author?.name ?? 'Someone'} shared a ${row.kind} assessment of you.`,
          link: '/framework',
          created_at: now,
          read_at: null,
        });
      }
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.loadDraft(actor, id);
    await assessmentsRepository.remove(this.db, id);
  }

  /** A subject's assessments the caller may see (shared ones, and the caller's drafts), oldest first. */
  async list(actor: Actor, subject: string): Promise<Assessment[]> {
    const subjectId = resolvePersonId(actor, subject);
    const rows = await assessmentsRepository.forSubject(this.db, subjectId, actor.personId);
    const out: Assessment[] = [];
    for (const r of rows) if (await this.canSee(actor, r)) out.push(await this.present(r));
    return out;
  }

  /**
   * The shared assessments of a subject that the caller may see and that still stand as what
   * their kind says, oldest first: what readiness reads. A manager assessment stands as the
   * manager's view only while its author is in the subject's manager chain; once the
   * reporting line changes it stays in the history (`list`) but is left out here.
   */
  async standingViews(actor: Actor, subject: string): Promise<Assessment[]> {
    const subjectId = resolvePersonId(actor, subject);
    const shared = (await this.list(actor, subjectId)).filter((a) => a.status === 'shared' && a.sharedAt !== null);
    if (!shared.some((a) => a.kind === 'manager')) return shared;
    const chain = await peopleRepository.managerChain(this.db, subjectId);
    return shared.filter((a) => isStandingView(a, chain));
  }

  /** Ask a colleague for a peer assessment: a notification in their inbox. */
  async requestPeer(actor: Actor, personId: string, message?: string): Promise<void> {
    const id = resolvePersonId(actor, personId);
    if (id === actor.personId) throw invalid('/personId', 'Ask someone else.');
    const colleague = await peopleRepository.findById(this.db, id);
    if (!colleague || colleague.active !== 1) throw invalid('/personId', 'No such active person.');
    const me = await peopleRepository.findById(this.db, actor.personId);
    await notificationsRepository.insert(this.db, {
      id: newId(),
      person_id: id,
      kind: 'peer-assessment-request',
      actor_id: actor.personId,
      subject_id: actor.personId,
      text: `${me?.name ?? 'A colleague'} asks for your peer assessment${message ? `: “${message.slice(0, 300)}”` : '.'}`,
      link: `/framework/assess/${actor.personId}?kind=peer`,
      created_at: nowIso(),
      read_at: null,
    });
  }
}
