/**
 * The caller's open proposals (their own only; the server shows nobody else's), and the two
 * decisions on one: accept (with the edited fields, as a new entry) and dismiss (with an Undo
 * that reopens it).
 */
import { api, errorMessage } from '../../../api/client.js';
import type { AcceptProposal, Evidence, EvidenceProposal, Page } from '../../../api/types.js';
import { useToast } from '../../../components/Toast.js';
import { useInvalidate } from '../../../data/invalidate.js';
import { keys } from '../../../data/keys.js';
import { useApiQuery } from '../../../data/queries.js';

/** One page is plenty to review at a time; the count says when there are more. */
export const PROPOSALS_PAGE = 50;

const path = (id: string, action: 'accept' | 'dismiss' | 'reopen') => `/evidence/proposals/${encodeURIComponent(id)}/${action}`;

export const shortTitle = (title: string): string => (title.length > 60 ? `${title.slice(0, 59)}…` : title);

export function useProposals() {
  const params = { status: 'proposed', limit: PROPOSALS_PAGE };
  const query = useApiQuery(keys.proposals.list(params), (signal) => api.get<Page<EvidenceProposal>>('/evidence/proposals', { query: params, signal }));
  return { ...query, items: query.data?.items ?? [], more: Boolean(query.data?.nextCursor) };
}

export function useProposalActions() {
  const toast = useToast();
  const invalidate = useInvalidate();

  /** Saves the entry; a refused field throws (the dialog shows it beside the field). */
  async function accept(p: EvidenceProposal, edits: AcceptProposal): Promise<Evidence> {
    const { evidence } = await api.post<{ proposal: EvidenceProposal; evidence: Evidence }>(path(p.id, 'accept'), edits);
    void invalidate.proposals();
    toast({ message: `Added “${shortTitle(evidence.title)}” to your evidence.` });
    return evidence;
  }

  function reopen(p: EvidenceProposal) {
    api
      .post<EvidenceProposal>(path(p.id, 'reopen'))
      .then(async () => {
        await invalidate.proposals();
        toast({ message: 'The proposal is back.', tone: 'info' });
      })
      .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
  }

  async function dismiss(p: EvidenceProposal): Promise<void> {
    try {
      await api.post<EvidenceProposal>(path(p.id, 'dismiss'));
      void invalidate.proposals();
      toast({ message: `Dismissed “${shortTitle(p.title)}”. It will not be proposed again.`, action: { label: 'Undo', onClick: () => reopen(p) } });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    }
  }

  return { accept, dismiss };
}
