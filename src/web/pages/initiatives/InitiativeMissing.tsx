/** The initiative is not there, or not the reader's to see (404), or it failed to load. */
import { Target } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.js';
import { EmptyState, PageHeader } from '../../components/bits.js';

export function InitiativeMissing({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const missing = isApiError(error) && error.status === 404;
  return (
    <div className="page page-narrow">
      <PageHeader title={missing ? 'Initiative not found' : 'The initiative did not load'} />
      <EmptyState
        icon={<Target size={28} />}
        title={missing ? 'There is no initiative here that you can see' : 'Something went wrong'}
        action={
          missing ? (
            <Link className="btn btn-primary" to="/initiatives">
              Go to Initiatives
            </Link>
          ) : (
            <button type="button" className="btn btn-primary" onClick={onRetry}>
              Try again
            </button>
          )
        }
      >
        <p>{missing ? 'It may have been deleted, or its owner has not shared it with you.' : errorMessage(error)}</p>
      </EmptyState>
    </div>
  );
}
