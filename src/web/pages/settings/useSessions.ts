/** Where the person is signed in (`GET /sessions`), and signing one or all the others out. */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Page, Session } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useInvalidate } from '../../data/invalidate.js';
import { useApiQuery } from '../../data/queries.js';

const sessionsKey = [...keys.sessions.all, 'list'] as const;

export function useSessions() {
  const invalidate = useInvalidate();
  const query = useApiQuery(sessionsKey, (signal) => api.get<Page<Session>>('/sessions', { query: { limit: 100 }, signal }));
  const { setData } = query;
  const signOut = useMutation({
    mutationFn: (id: string) => api.delete(`/sessions/${encodeURIComponent(id)}`),
    onSuccess: (_answer, id) => {
      setData((d) => ({ items: (d?.items ?? []).filter((x) => x.id !== id), nextCursor: null }));
      void invalidate.sessions();
    },
  });
  const signOutOthers = useMutation({
    mutationFn: () => api.post('/sessions/revoke-others'),
    onSuccess: () => void invalidate.sessions(),
  });
  const sessions = query.data?.items ?? [];
  return {
    sessions,
    others: sessions.filter((s) => !s.current),
    loading: query.loading,
    error: query.error,
    signOut: (id: string) => signOut.mutateAsync(id),
    signOutOthers: () => signOutOthers.mutateAsync(),
  };
}
