/**
 * The review side of one document, through the API: its reviews (oldest first), reviewers added,
 * removed or made required, a verdict given, and the review deadline changed with If-Match.
 * Every write reloads the document (reviewers, verdicts, who still has to answer, mayApprove)
 * and whatever else reads documents (`invalidate.documents()`).
 */
import { api, isApiError } from '../../api/client.js';
import type { Document, DocumentReview, DocumentReviewer, NewReview } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { usePeopleById } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';

const path = (id: string, rest = '') => `/documents/${encodeURIComponent(id)}${rest}`;

/** The version the deadline edit is checked against (the ETag of the document as shown). */
function useDocumentEtag(document: Document, enabled: boolean) {
  return useApiQuery(
    [...keys.documents.one(document.id), 'etag', document.updatedAt],
    async (signal) => (await api.full.get<Document>(path(document.id), { signal })).etag,
    { enabled },
  );
}

export class StaleDocumentError extends Error {
  constructor() {
    super('This document changed since you opened it, so the deadline was not saved. The page now shows the newest version; set the deadline again if it still needs changing.');
    this.name = 'StaleDocumentError';
  }
}

export function useDocumentReview(document: Document) {
  const me = useMe();
  const invalidate = useInvalidate();
  const id = document.id;
  const isOwner = document.ownerId === me.id;
  const mine: DocumentReviewer | undefined = document.reviewers.find((r) => r.personId === me.id);
  const inReview = document.status === 'in-review';

  const reviews = useApiQuery(keys.documents.part(id, 'reviews'), async (signal) => (await api.get<{ items: DocumentReview[] }>(path(id, '/reviews'), { signal })).items);
  const etag = useDocumentEtag(document, isOwner);
  const people = usePeopleById([document.ownerId, ...document.reviewers.map((r) => r.personId), ...(reviews.data ?? []).map((r) => r.reviewerId)]);
  const nameOf = (personId: string) => (personId === me.id ? 'You' : (people.get(personId)?.name ?? '…'));

  async function addReviewer(personId: string, required: boolean) {
    await api.post<DocumentReviewer>(path(id, '/reviewers'), { personId, required });
    await invalidate.documents();
  }

  async function removeReviewer(personId: string) {
    await api.delete(path(id, `/reviewers/${encodeURIComponent(personId)}`));
    await invalidate.documents();
  }

  async function review(body: NewReview) {
    await api.post<DocumentReview>(path(id, '/reviews'), body);
    await invalidate.documents();
  }

  async function setDeadline(reviewDeadline: string | null) {
    const version = etag.data ?? (await api.full.get<Document>(path(id))).etag;
    try {
      await api.full.patch<Document>(path(id), { reviewDeadline }, version ? { headers: { 'If-Match': version } } : {});
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        await invalidate.documents();
        throw new StaleDocumentError();
      }
      throw e;
    }
    await invalidate.documents();
  }

  return { me, isOwner, mine, inReview, reviews, nameOf, people, addReviewer, removeReviewer, review, setDeadline };
}

export type DocumentReviewState = ReturnType<typeof useDocumentReview>;
