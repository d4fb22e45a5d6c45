/**
 * Evidence proposals straight through the core's `ProposalsService.propose` (its rules apply:
 * idempotent by owner and source key, dimensions outside the framework dropped, the owner
 * notified), for tests whose subject is reviewing proposals rather than what makes them.
 */
import type { EvidenceProposal, ProposalDraft } from '../../src/core/evidence/proposals.service.js';
import type { Storage } from '../../src/storage/database.js';
import { coreOf, todayUtc, unique } from './factories.js';

/** A proposal to `ownerId` (source `document` unless told); null when its source key was proposed before. */
export async function makeProposal(storage: Storage, ownerId: string, draft: Partial<Omit<ProposalDraft, 'ownerId'>> = {}): Promise<EvidenceProposal | null> {
  return coreOf(storage).proposals.propose(storage.db, {
    source: 'document',
    sourceKey: unique('document-approved'),
    title: unique('Wrote an RFC'),
    body: 'The RFC was approved by its reviewers.',
    occurredOn: todayUtc(),
    dimensions: ['communication'],
    ...draft,
    ownerId,
  });
}

/** As makeProposal, for set-ups that need it made (a repeated source key is a mistake there). */
export async function madeProposal(storage: Storage, ownerId: string, draft: Partial<Omit<ProposalDraft, 'ownerId'>> = {}): Promise<EvidenceProposal> {
  const p = await makeProposal(storage, ownerId, draft);
  if (!p) throw new Error(`proposal-factory: ${draft.sourceKey ?? 'the source key'} was proposed before`);
  return p;
}
