import type { Db } from '../storage/database.js';
import { mentorshipsRepository, type MentorshipRow } from '../storage/repositories/mentorships.repository.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import { resolvePersonId } from './people.js';
import { canSeeMentorship } from './visibility.js';
import type { Actor, Mentorship, MentorshipStatus, Page } from './types.js';

function toMentorship(r: MentorshipRow): Mentorship {
  return {
    id: r.id,
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    proposedById: r.proposed_by_id,
    status: r.status as MentorshipStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    acceptedAt: r.accepted_at,
    endedAt: r.ended_at,
  };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Mentorships: proposed by either party, accepted or declined by the other, ended by either.
 * Only an active mentorship lets the mentor see what the mentee shares with mentors.
 */
export class MentorshipsService {
  constructor(private readonly db: Db) {}

  /** A mentorship is visible to its two parties only. */
  private async loadFor(actor: Actor, id: string): Promise<MentorshipRow> {
    const row = await mentorshipsRepository.findById(this.db, id);
    if (!row || !canSeeMentorship({ personId: actor.personId, role: actor.role }, { mentorId: row.mentor_id, menteeId: row.mentee_id })) throw notFound('mentorship');
    return row;
  }

  async get(actor: Actor, id: string): Promise<Mentorship> {
    return toMentorship(await this.loadFor(actor, id));
  }

  async list(actor: Actor, q: { status?: MentorshipStatus | undefined; limit: number; cursor?: string | undefined }): Promise<Page<Mentorship>> {
    const rows = await mentorshipsRepository.listFor(this.db, actor.personId, q.status, decodeCursor(q.cursor), q.limit);
    return toPage(rows, q.limit, toMentorship, (r) => ({ k: r.created_at, id: r.id }));
  }

  async propose(actor: Actor, input: { mentorId: string; menteeId: string }): Promise<Mentorship> {
    const mentorId = resolvePersonId(actor, input.mentorId);
    const menteeId = resolvePersonId(actor, input.menteeId);
    if (mentorId === menteeId) throw invalid('/menteeId', 'Nobody can mentor themself.', 'self_mentorship');
    for (const [pointer, id] of [['/mentorId', mentorId], ['/menteeId', menteeId]] as const) {
      const p = await peopleRepository.findById(this.db, id);
      if (!p || p.active !== 1) throw invalid(pointer, 'No such active person.');
    }
    if (actor.personId !== mentorId && actor.personId !== menteeId) {
      throw forbidden('You can only propose a mentorship you are part of.');
    }
    const key = pairKey(mentorId, menteeId);
    const conflict = (): AppError => new AppError('mentorship_exists', 'These two people already have an open mentorship.');
    if (await mentorshipsRepository.findOpenPair(this.db, key)) throw conflict();
    const now = nowIso();
    const id = newId();
    try {
      await mentorshipsRepository.insert(this.db, {
        id,
        mentor_id: mentorId,
        mentee_id: menteeId,
        proposed_by_id: actor.personId,
        pair_key: key,
        status: 'proposed',
        created_at: now,
        updated_at: now,
        accepted_at: null,
        ended_at: null,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict();
      throw err;
    }
    return this.get(actor, id);
  }

  async accept(actor: Actor, id: string): Promise<Mentorship> {
    return this.answer(actor, id, 'active');
  }

  async decline(actor: Actor, id: string): Promise<Mentorship> {
    return this.answer(actor, id, 'declined');
  }

  private async answer(actor: Actor, id: string, to: 'active' | 'declined'): Promise<Mentorship> {
    const row = await this.loadFor(actor, id);
    if (row.proposed_by_id === actor.personId) throw forbidden('The other person answers a proposal.');
    if (row.status !== 'proposed') throw new AppError('invalid_state', `This mentorship is ${row.status}, not proposed.`);
    const now = nowIso();
    const patch = to === 'active' ? { status: to, updated_at: now, accepted_at: now } : { status: to, updated_at: now, ended_at: now };
    if (!(await mentorshipsRepository.transition(this.db, id, 'proposed', patch))) {
      throw new AppError('invalid_state', 'This mentorship changed meanwhile; reload it.');
    }
    return this.get(actor, id);
  }

  async end(actor: Actor, id: string): Promise<Mentorship> {
    const row = await this.loadFor(actor, id);
    if (row.status !== 'active' && row.status !== 'proposed') throw new AppError('invalid_state', `This mentorship is already ${row.status}.`);
    const now = nowIso();
    if (!(await mentorshipsRepository.transition(this.db, id, row.status, { status: 'ended', updated_at: now, ended_at: now }))) {
      throw new AppError('invalid_state', 'This mentorship changed meanwhile; reload it.');
    }
    return this.get(actor, id);
  }
}
