/** The entry could not be shown: not found (with a way to the trash) or failed to load (with a retry). */
import { ArrowLeft, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.js';
import { EmptyState, PageHeader } from '../../components/bits.js';

export function EntryMissing({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const missing = isApiError(error) && error.status === 404;
  return (
    <div className="page page-narrow">
      <PageHeader title={missing ? 'Entry not found' : 'Could not load the entry'} />
      <EmptyState
        title={missing ? 'This entry does not exist, or you cannot see it' : errorMessage(error)}
        action={
          <div className="empty-actions">
            <Link to="/evidence" className="btn">
              <ArrowLeft size={16} aria-hidden="true" /> Back to evidence
            </Link>
            {missing && (
              <Link to="/evidence?deleted=true" className="btn">
                <Trash2 size={16} aria-hidden="true" /> Look in the trash
              </Link>
            )}
            {!missing && (
              <button type="button" className="btn" onClick={onRetry}>
                Try again
              </button>
            )}
          </div>
        }
      >
        {missing && <p>Entries you delete stay in the trash for 30 days.</p>}
      </EmptyState>
    </div>
  );
}
