/**
 * Evidence proposals (issue 10 item 9; issues 11 and 12 propose too): evidence that someone
 * else's action suggests, confirmed by its owner. Nothing enters anyone's log silently.
 *
 * A proposal is its owner's alone: no manager, mentor or admin ever reads one, through any
 * route; someone else's answers 404 exactly as a missing one.
 */
import { withTransaction, type Db } from '../../storage/database.js';
import { proposalsRepository, type ProposalRow } from '../../storage/repositories/proposals.repository.js';
import { AppError, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { decodeCursor, toPage } from '../pagination.js';
import { notify } from '../people/notify.js';
import type { Actor, Page } from '../types.js';
import { isOwnInitiative, type EvidenceService } from './evidence.service.js';
import { acceptInput, cleanDraft, decisionProblem, type AcceptEdits, type EvidenceProposal, type ProposalDraft, type ProposalStatus } from './proposal-rules.js';
import type { Evidence, EvidenceSource, Impact } from './types.js';

export type { AcceptEdits, EvidenceProposal, ProposalDraft, ProposalStatus } from './proposal-rules.js';

export interface ProposalQuery {
  status?: ProposalStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Where the owner reviews proposals: the panel at the top of the Evidence page. */
export const PROPOSALS_LINK = '/evidence?proposals=1';

export function toProposal(r: ProposalRow): EvidenceProposal {
  return {
    id: r.id,
    ownerId: r.owner_id,
    source: r.source as EvidenceSource,
    title: r.title,
    body: r.body,
    occurredOn: r.occurred_on,
    dimensions: JSON.parse(r.dimensions) as string[],
    impact: r.impact as Impact | null,
    teams: JSON.parse(r.teams) as string[],
    links: JSON.parse(r.links) as string[],
    initiativeId: r.initiative_id,
    documentId: r.document_id,
    status: r.status as ProposalStatus,
    evidenceId: r.evidence_id,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
  };
}

const quoted = (title: string): string => `“${title.length > 80 ? `${title.slice(0, 79)}…` : title}”`;

export class ProposalsService {
  constructor(
    private readonly db: Db,
    private readonly evidence: EvidenceService,
  ) {}

  /**
   * Proposes an entry to `draft.ownerId` inside the caller's transaction, and tells them.
   * Idempotent by (owner, source key): when that pair exists — proposed, accepted or
   * dismissed — nothing happens and the answer is null, so a dismissed proposal never returns.
   */
  async propose(db: Db, draft: ProposalDraft): Promise<EvidenceProposal | null> {
    const clean = cleanDraft(draft, await this.evidence.dimensionIds(db));
    const initiativeId = (await isOwnInitiative(db, clean.ownerId, clean.initiativeId)) ? (clean.initiativeId ?? null) : null;
    const id = newId();
    const inserted = await proposalsRepository.insertOnce(db, {
      id,
      owner_id: clean.ownerId,
      source: clean.source,
      source_key: clean.sourceKey,
      title: clean.title,
      body: clean.body,
      occurred_on: clean.occurredOn,
      dimensions: JSON.stringify(clean.dimensions),
      impact: clean.impact ?? null,
      teams: JSON.stringify(clean.teams ?? []),
      links: JSON.stringify(clean.links ?? []),
      initiative_id: initiativeId,
      document_id: clean.documentId ?? null,
      status: 'proposed',
      evidence_id: null,
      created_at: nowIso(),
      decided_at: null,
    });
    if (!inserted) return null;
    await notify(db, {
      personId: clean.ownerId,
      kind: 'evidence-proposed',
      actorId: clean.actorId ?? null,
      subjectId: id,
      text: `Proposed for your evidence log: ${quoted(clean.title)}. Accept it, edit it first, or dismiss it.`,
      link: PROPOSALS_LINK,
    });
    return toProposal((await proposalsRepository.findOwn(db, clean.ownerId, id)) as ProposalRow);
  }

  /** The caller's own proposals in one status (default proposed), newest first. */
  async list(actor: Actor, q: ProposalQuery): Promise<Page<EvidenceProposal>> {
    const rows = await proposalsRepository.list(this.db, actor.personId, q.status ?? 'proposed', decodeCursor(q.cursor), q.limit);
    return toPage(rows, q.limit, toProposal, (r) => ({ k: r.created_at, id: r.id }));
  }

  async get(actor: Actor, id: string, db: Db = this.db): Promise<EvidenceProposal> {
    return toProposal(await this.loadOwn(db, actor, id));
  }

  private async loadOwn(db: Db, actor: Actor, id: string): Promise<ProposalRow> {
    const row = await proposalsRepository.findOwn(db, actor.personId, id);
    if (!row) throw notFound('proposal');
    return row;
  }

  /**
   * Writes the entry (the proposal with the owner's edits; every evidence rule applies, and a
   * bad field is named as on POST /evidence) and marks the proposal accepted — one transaction,
   * so a refused edit leaves the proposal proposed and no entry behind.
   */
  async accept(actor: Actor, id: string, edits: AcceptEdits): Promise<{ proposal: EvidenceProposal; evidence: Evidence }> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadOwn(trx, actor, id);
      const current = toProposal(row);
      const problem = decisionProblem(current.status, 'accept');
      if (problem) throw new AppError('conflict', problem);
      const input = acceptInput(current, edits, await this.evidence.dimensionIds(trx), await isOwnInitiative(trx, actor.personId, current.initiativeId));
      const evidence = await this.evidence.insert(trx, actor.personId, input, current.source);
      const moved = await proposalsRepository.decide(trx, actor.personId, id, ['proposed', 'dismissed'], { status: 'accepted', evidence_id: evidence.id, decided_at: nowIso() });
      // Accepted meanwhile by another request: this one's entry is rolled back with it.
      if (!moved) throw new AppError('conflict', decisionProblem('accepted', 'accept') as string);
      return { proposal: await this.get(actor, id, trx), evidence };
    });
  }

  /** Dismissed proposals stay (so the same source never proposes again) until reopened. */
  async dismiss(actor: Actor, id: string): Promise<EvidenceProposal> {
    return this.move(actor, id, 'dismiss', 'proposed', 'dismissed');
  }

  /** The undo of dismiss. */
  async reopen(actor: Actor, id: string): Promise<EvidenceProposal> {
    return this.move(actor, id, 'reopen', 'dismissed', 'proposed');
  }

  private async move(actor: Actor, id: string, decision: 'dismiss' | 'reopen', from: ProposalStatus, to: ProposalStatus): Promise<EvidenceProposal> {
    return withTransaction(this.db, async (trx) => {
      const row = await this.loadOwn(trx, actor, id);
      const problem = decisionProblem(row.status as ProposalStatus, decision);
      if (problem) throw new AppError('conflict', problem);
      // Already where the decision leads: nothing to change (a repeated click, an Undo twice).
      if (row.status !== to && !(await proposalsRepository.decide(trx, actor.personId, id, [from], { status: to, decided_at: to === 'proposed' ? null : nowIso() }))) {
        throw new AppError('conflict', 'This proposal changed meanwhile; reload it.');
      }
      return this.get(actor, id, trx);
    });
  }
}
