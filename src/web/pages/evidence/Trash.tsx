/** The evidence trash: deleted entries, restorable for 30 days. */
import { ArchiveRestore, NotebookText, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../api/client.js';
import type { EvidenceListItem, Page } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { EmptyState, ListFoot, Loading, PageHeader } from '../../components/bits.js';
import { FormError } from '../../components/Form.js';
import { useToast } from '../../components/Toast.js';
import { useInvalidate } from '../../data/invalidate.js';
import { keys } from '../../data/keys.js';
import { usePagedQuery } from '../../data/queries.js';
import { addDays, formatDay, formatTimeIn, todayIn } from '../../lib/evidence.js';
import { formatRelative } from '../../lib/format.js';
import { useInfiniteScroll } from './useInfiniteScroll.js';

const TRASH_DAYS = 30;

export function Trash() {
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const today = todayIn(me.timeZone);
  const invalidate = useInvalidate();
  const [restoring, setRestoring] = useState<string | null>(null);
  const list = usePagedQuery<EvidenceListItem>(keys.evidence.trash(), (cursor, signal) =>
    api.get<Page<EvidenceListItem>>('/evidence', { query: { deleted: 'true', cursor, limit: 50 }, signal }),
  );
  const sentinel = useInfiniteScroll(list);

  async function restore(item: EvidenceListItem) {
    setRestoring(item.id);
    try {
      await api.post(`/evidence/${encodeURIComponent(item.id)}/restore`);
      list.setItems((items) => items.filter((i) => i.id !== item.id));
      void invalidate.evidence();
      toast({
        message: `Restored “${item.title}”.`,
        action: { label: 'Open', onClick: () => navigate(`/evidence/${encodeURIComponent(item.id)}`) },
      });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setRestoring(null);
    }
  }

  return (
    <div className="page">
      <PageHeader
        title="Trash"
        documentTitle="Evidence trash"
        description={`Deleted entries wait here for ${TRASH_DAYS} days, in case you change your mind; then they are gone for good.`}
        actions={
          <Link to="/evidence" className="btn">
            <NotebookText size={16} aria-hidden="true" /> Back to evidence
          </Link>
        }
      />
      <FormError message={list.error ? errorMessage(list.error) : null} />
      {list.loading && !list.items.length ? (
        <Loading label="Loading the trash…" />
      ) : list.items.length === 0 ? (
        list.error ? null : (
          <EmptyState icon={<Trash2 size={28} />} title="The trash is empty">
            <p>
              When you delete an entry, such as “Drafted the Q3 reliability review”, it waits here for {TRASH_DAYS} days and
              you can restore it with one click.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="list" aria-label="Deleted entries">
            {list.items.map((item) => {
              const goneOn = item.deletedAt ? addDays(item.deletedAt.slice(0, 10), TRASH_DAYS) : null;
              return (
                <li key={item.id} className="list-row trash-row">
                  <div className="grow">
                    <div className="strong trash-title">{item.title}</div>
                    <div className="meta-line">
                      {formatDay(item.occurredOn, today)}
                      {item.deletedAt && (
                        <>
                          {' · '}
                          <span title={formatTimeIn(item.deletedAt, me.timeZone)}>deleted {formatRelative(item.deletedAt)}</span>
                        </>
                      )}
                      {goneOn && <> · gone for good on {formatDay(goneOn, today)}</>}
                    </div>
                  </div>
                  <button type="button" className="btn btn-small" onClick={() => void restore(item)} disabled={restoring === item.id} aria-label={`Restore “${item.title}”`}>
                    <ArchiveRestore size={14} aria-hidden="true" /> {restoring === item.id ? 'Restoring…' : 'Restore'}
                  </button>
                </li>
              );
            })}
          </ul>
          <ListFoot list={list} ref={sentinel}>
            {list.items.length} {list.items.length === 1 ? 'entry' : 'entries'} in the trash
          </ListFoot>
        </>
      )}
    </div>
  );
}
