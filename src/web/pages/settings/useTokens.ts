/** The person's access tokens (`GET /tokens`), creating one and revoking one. */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { AccessToken, CreatedToken, Page, Scope } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useInvalidate } from '../../data/invalidate.js';
import { useApiQuery } from '../../data/queries.js';

const tokensKey = [...keys.tokens.all, 'list'] as const;

export interface NewToken {
  name: string;
  scopes: Scope[];
  expiresAt?: string;
}

export function useTokens() {
  const invalidate = useInvalidate();
  const query = useApiQuery(tokensKey, (signal) => api.get<Page<AccessToken>>('/tokens', { query: { limit: 100 }, signal }));
  const { setData } = query;
  const create = useMutation({
    mutationFn: (body: NewToken) => api.post<CreatedToken>('/tokens', body),
    // `sessions()` reloads the person's credentials: their sessions and their tokens.
    onSuccess: () => void invalidate.sessions(),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/tokens/${encodeURIComponent(id)}`),
    onSuccess: (_answer, id) => {
      setData((d) => ({ items: (d?.items ?? []).filter((x) => x.id !== id), nextCursor: null }));
      void invalidate.sessions();
    },
  });
  return {
    tokens: query.data?.items ?? [],
    loading: query.loading,
    error: query.error,
    create: (body: NewToken) => create.mutateAsync(body),
    creating: create.isPending,
    revoke: (id: string) => revoke.mutateAsync(id),
  };
}
