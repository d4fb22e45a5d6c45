/** Deleting an entry (guarded by its ETag), with an Undo in the toast that restores it. */
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { api, errorMessage, isApiError } from '../../api/client.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import type { Loaded } from './entryFields.js';

export function useEntryRemoval({
  current,
  setPending,
  onGone,
  onStale,
}: {
  current: Loaded | undefined;
  setPending(pending: boolean): void;
  /** The entry is in the trash: the page stops asking for it. */
  onGone(): void;
  /** Someone changed it since it was opened (412): load the new version. */
  onStale(): void;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const invalidate = useInvalidate();

  return async function remove() {
    if (!current) return;
    const entry = current.evidence;
    setPending(true);
    try {
      await api.delete(`/evidence/${encodeURIComponent(entry.id)}`, current.etag ? { headers: { 'If-Match': current.etag } } : {});
      // Stop asking for the entry (the answer would be a 404) before everything that lists it reloads.
      flushSync(onGone);
      void invalidate.evidence();
      navigate('/evidence');
      toast({
        message: `Moved “${entry.title.length > 50 ? `${entry.title.slice(0, 49)}…` : entry.title}” to the trash.`,
        action: {
          label: 'Undo',
          onClick: () => {
            api
              .post(`/evidence/${encodeURIComponent(entry.id)}/restore`)
              .then(() => {
                void invalidate.evidence();
                toast({ message: `Restored “${entry.title}”.` });
              })
              .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
          },
        },
      });
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        onStale();
        toast({ message: 'This entry changed since you opened it. Have a look at the new version, then delete again if you still want to.', tone: 'error' });
      } else {
        toast({ message: errorMessage(e), tone: 'error' });
      }
    } finally {
      setPending(false);
    }
  };
}
