/** The comments of one document (oldest first) and the writes: a comment on a section, a reply, resolve and reopen. */
import { api } from '../../api/client.js';
import type { Document, DocumentComment, NewComment } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { usePeopleById } from '../../data/people.js';
import { useApiQuery } from '../../data/queries.js';

const path = (id: string, rest = '') => `/documents/${encodeURIComponent(id)}/comments${rest}`;

export function useDocumentComments(document: Document) {
  const me = useMe();
  const invalidate = useInvalidate();
  const id = document.id;
  const list = useApiQuery(keys.documents.part(id, 'comments'), async (signal) => (await api.get<{ items: DocumentComment[] }>(path(id), { signal })).items);
  const items = list.data ?? [];
  const people = usePeopleById(items.map((c) => c.authorId));
  const nameOf = (personId: string) => (personId === me.id ? 'You' : (people.get(personId)?.name ?? '…'));
  const canComment = document.ownerId === me.id || document.reviewers.some((r) => r.personId === me.id);
  const { setData } = list;

  const put = (saved: DocumentComment) =>
    setData((prev) => {
      const all = prev ?? [];
      return all.some((c) => c.id === saved.id) ? all.map((c) => (c.id === saved.id ? saved : c)) : [...all, saved];
    });

  async function add(body: NewComment) {
    const created = await api.post<DocumentComment>(path(id), body);
    put(created);
    void invalidate.documents();
    return created;
  }

  async function resolve(comment: DocumentComment, resolved: boolean) {
    const saved = await api.post<DocumentComment>(path(id, `/${encodeURIComponent(comment.id)}/resolve`), { resolved });
    put(saved);
    void invalidate.documents();
    return saved;
  }

  return { me, list, items, people, nameOf, canComment, add, resolve };
}

export type DocumentCommentsState = ReturnType<typeof useDocumentComments>;
