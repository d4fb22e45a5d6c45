/** The outcome could not be shown: not there (or not yours to see), deleted, or failed to load. */
import { ArrowLeft } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.js';
import { EmptyState, PageHeader } from '../../components/bits.js';

export function OutcomeMissing({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const failed = Boolean(error) && !(isApiError(error) && error.status === 404);
  return (
    <div className="page page-narrow">
      <PageHeader title={failed ? 'Could not load the outcome' : 'Outcome not found'} />
      <EmptyState
        title={failed ? errorMessage(error) : 'This outcome does not exist, or you cannot see it'}
        action={
          <div className="empty-actions">
            <Link to="/outcomes" className="btn">
              <ArrowLeft size={16} aria-hidden="true" /> Back to outcomes
            </Link>
            {failed && (
              <button type="button" className="btn" onClick={onRetry}>
                Try again
              </button>
            )}
          </div>
        }
      >
        {!failed && <p>It may have been deleted by its owner, or shared with fewer people.</p>}
      </EmptyState>
    </div>
  );
}
