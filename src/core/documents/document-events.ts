/**
 * What happens around a document besides its own rows (issue 10 items 4 and 9): the people
 * involved hear of it (in-app notifications), and writing, getting approved and reviewing
 * someone else's document become proposed evidence, which each person confirms or dismisses —
 * nothing enters anyone's log silently. Everything runs inside the caller's transaction.
 */
import type { Db } from '../../storage/database.js';
import { peopleRepository } from '../../storage/repositories/people.repository.js';
import { teamsRepository } from '../../storage/repositories/teams.repository.js';
import { todayIn } from '../../shared/dates.js';
import { notify } from '../people/notify.js';
import type { Actor } from '../types.js';
import type { DocumentStatus } from './document-lifecycle.js';
import type { Document, DocumentComment, Review } from './types.js';

/** A proposed evidence entry (the proposals service makes it once per owner and key). */
export interface ProposalDraft {
  ownerId: string;
  source: 'document';
  sourceKey: string;
  title: string;
  body: string;
  occurredOn: string;
  dimensions: string[];
  teams?: string[];
  links?: string[];
  initiativeId?: string | null;
  documentId?: string | null;
}

export interface EvidenceProposer {
  propose(db: Db, draft: ProposalDraft): Promise<unknown>;
}

const link = (doc: Document) => `/documents/${doc.id}`;
const named = (doc: Document) => `${doc.key} “${doc.title}”`;

export class DocumentEvents {
  private proposer: EvidenceProposer | null = null;

  /** The evidence proposals service, wired once at start (services.ts). */
  useProposer(proposer: EvidenceProposer): void {
    this.proposer = proposer;
  }

  private async person(db: Db, id: string) {
    return peopleRepository.findById(db, id);
  }

  private async nameOf(db: Db, id: string): Promise<string> {
    return (await this.person(db, id))?.name ?? 'Someone';
  }

  private async propose(db: Db, draft: Omit<ProposalDraft, 'occurredOn' | 'source'>): Promise<void> {
    if (!this.proposer) return;
    const owner = await this.person(db, draft.ownerId);
    await this.proposer.propose(db, { ...draft, source: 'document', occurredOn: todayIn(owner?.time_zone) });
  }

  /** A status change: reviewers are asked when it goes to review, and hear when it is approved. */
  async moved(db: Db, actor: Actor, doc: Document, from: DocumentStatus): Promise<void> {
    const author = await this.nameOf(db, doc.ownerId);
    if (doc.status === 'in-review' && from === 'draft') {
      const by = doc.reviewDeadline ? ` by ${doc.reviewDeadline}` : '';
      for (const r of doc.reviewers) {
        await notify(db, { personId: r.personId, kind: 'review-requested', actorId: actor.personId, subjectId: doc.id, text: `${author} asks for your review of ${named(doc)}${by}.`, link: link(doc) });
      }
      await this.propose(db, {
        ownerId: doc.ownerId,
        sourceKey: `document:${doc.id}:written`,
        title: `Wrote ${named(doc)} and sent it for review`,
        body: `Wrote the ${doc.kind.replace('-', ' ')} ${named(doc)} and asked ${doc.reviewers.length} reviewer(s) for their verdict.`,
        dimensions: ['communication'],
        links: [],
        initiativeId: doc.initiativeId,
        documentId: doc.id,
      });
    }
    if (doc.status === 'approved') {
      for (const r of doc.reviewers) {
        await notify(db, { personId: r.personId, kind: 'document-approved', actorId: actor.personId, subjectId: doc.id, text: `${named(doc)} by ${author} is approved.`, link: link(doc) });
      }
      const approvers = await Promise.all(doc.reviewers.filter((r) => r.verdict === 'approve').map((r) => this.nameOf(db, r.personId)));
      await this.propose(db, {
        ownerId: doc.ownerId,
        sourceKey: `document:${doc.id}:approved`,
        title: `${named(doc)} approved`,
        body: approvers.length > 0 ? `${named(doc)} was approved; approved by ${approvers.join(', ')}.` : `${named(doc)} was approved.`,
        dimensions: ['communication'],
        links: [],
        initiativeId: doc.initiativeId,
        documentId: doc.id,
      });
    }
  }

  /** A reviewer was added: asked at once when the document is in review, told it is a draft otherwise. */
  async reviewerAdded(db: Db, actor: Actor, doc: Document, personId: string): Promise<void> {
    const author = await this.nameOf(db, doc.ownerId);
    const text =
      doc.status === 'in-review'
        ? `${author} asks for your review of ${named(doc)}${doc.reviewDeadline ? ` by ${doc.reviewDeadline}` : ''}.`
        : `${author} added you as a reviewer of ${named(doc)}; you can read it now, and reviews open when it goes to review.`;
    await notify(db, { personId, kind: 'review-requested', actorId: actor.personId, subjectId: doc.id, text, link: link(doc) });
  }

  /** A review: the author hears of it; a verdict on someone else's document is proposed to the reviewer. */
  async reviewed(db: Db, actor: Actor, doc: Document, review: Review): Promise<void> {
    const reviewer = await this.nameOf(db, review.reviewerId);
    const what = review.verdict === 'approve' ? 'approved' : review.verdict === 'request-changes' ? 'asked for changes on' : 'commented on';
    await notify(db, { personId: doc.ownerId, kind: 'document-reviewed', actorId: actor.personId, subjectId: doc.id, text: `${reviewer} ${what} ${named(doc)}.`, link: link(doc) });
    if (review.verdict === 'comment') return;
    const author = await this.nameOf(db, doc.ownerId);
    const teamIds = (await peopleRepository.teamIdsFor(db, [doc.ownerId])).get(doc.ownerId) ?? [];
    const teams = teamIds.length > 0 ? (await teamsRepository.all(db)).filter((t) => teamIds.includes(t.id)).map((t) => t.name) : [];
    await this.propose(db, {
      ownerId: review.reviewerId,
      sourceKey: `review:${doc.id}`,
      title: `Reviewed ${named(doc)} by ${author}`,
      body: `Reviewed ${author}’s ${doc.kind.replace('-', ' ')} ${named(doc)} and ${review.verdict === 'approve' ? 'approved it' : 'asked for changes'}.`,
      dimensions: ['influence'],
      teams,
      links: [],
      documentId: doc.id,
    });
  }

  /** A comment: the author hears of it, and so does the writer of the comment it answers. */
  async commented(db: Db, actor: Actor, doc: Document, comment: DocumentComment, parentAuthorId: string | null): Promise<void> {
    const who = await this.nameOf(db, actor.personId);
    const told = new Set<string>([actor.personId]);
    const tell = async (personId: string, text: string) => {
      if (told.has(personId)) return;
      told.add(personId);
      await notify(db, { personId, kind: 'document-comment', actorId: actor.personId, subjectId: doc.id, text, link: link(doc) });
    };
    if (parentAuthorId) await tell(parentAuthorId, `${who} replied to your comment on “${comment.section}” in ${named(doc)}.`);
    await tell(doc.ownerId, `${who} commented on “${comment.section}” in ${named(doc)}.`);
  }
}
