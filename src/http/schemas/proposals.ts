import { Type } from 'typebox';
import { PROPOSAL_STATUSES } from '../../core/evidence/proposal-rules.js';
import { Body, Id, IsoDate, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';
import { EvidencePatchBody, EvidenceRef, EvidenceSource, Impact } from './evidence.js';

export const ProposalStatus = lit(PROPOSAL_STATUSES);

/** Evidence someone else's action suggests; its owner's alone until accepted or dismissed. */
export const ProposalSchema = Type.Object(
  {
    id: Id,
    ownerId: Id,
    source: EvidenceSource,
    title: Type.String(),
    body: Type.String(),
    occurredOn: IsoDate,
    dimensions: Type.Array(Type.String(), { description: 'Suggested dimension ids of the active framework' }),
    impact: Impact,
    teams: Type.Array(Type.String()),
    links: Type.Array(Type.String()),
    initiativeId: NullableId,
    documentId: Type.Union([Id, Type.Null()], { description: 'The document it came from, when it came from one' }),
    status: ProposalStatus,
    evidenceId: Type.Union([Id, Type.Null()], { description: 'The entry it became, once accepted' }),
    createdAt: IsoTime,
    decidedAt: Type.Union([IsoTime, Type.Null()]),
  },
  { $id: 'EvidenceProposal' },
);
export const ProposalRef = ref(ProposalSchema);

export const ProposalQuery = Type.Object({ ...PageQuery, status: Type.Optional(ProposalStatus) });

/** The entry's fields as the owner edited them; what is left out is taken from the proposal. */
export const AcceptProposalBody = Body({ ...EvidencePatchBody.properties });

export const AcceptedAnswer = Type.Object({ proposal: ProposalRef, evidence: EvidenceRef });
