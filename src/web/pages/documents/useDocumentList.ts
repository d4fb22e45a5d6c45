/**
 * The documents list, its filters from the URL: kind, status, owner (mine or everyone I can see)
 * and the review inbox (`reviewer=me&waiting=true`: in review and still waiting for my verdict).
 */
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import type { Document, DocumentKind, DocumentStatus, Page } from '../../api/types.js';
import { useUrlFilters } from '../../components/useUrlFilters.js';
import { keys } from '../../data/keys.js';
import { usePagedQuery } from '../../data/queries.js';
import { KINDS, STATUSES } from './labels.js';

export type OwnerMode = 'me' | 'all';

export function useDocumentList() {
  const filters = useUrlFilters(['kind', 'status', 'owner', 'reviewer', 'waiting']);
  const inbox = filters.values.reviewer === 'me' && filters.values.waiting === 'true';
  const owner: OwnerMode = filters.values.owner === 'all' || inbox ? 'all' : 'me';
  const kind = KINDS.some((k) => k.value === filters.values.kind) ? (filters.values.kind as DocumentKind) : '';
  const status = STATUSES.some((s) => s.value === filters.values.status) ? (filters.values.status as DocumentStatus) : '';
  const query = {
    kind: kind ? [kind] : undefined,
    status: status ? [status] : undefined,
    owner: owner === 'me' ? ['me'] : undefined,
    reviewer: inbox ? 'me' : undefined,
    waiting: inbox ? true : undefined,
  };
  const list = usePagedQuery<Document>(keys.documents.list({ kind, status, owner, inbox }), (cursor, signal) =>
    api.get<Page<Document>>('/documents', { query: { ...query, cursor, limit: 50 }, signal }),
  );
  const [, setParams] = useSearchParams();
  /** The inbox is two parameters; they change in one step so neither overwrites the other. */
  const showInbox = (on: boolean) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (on) {
          copy.set('reviewer', 'me');
          copy.set('waiting', 'true');
        } else {
          copy.delete('reviewer');
          copy.delete('waiting');
        }
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  return { filters, inbox, owner, kind, status, list, showInbox };
}
