/**
 * One outcome in full: progress, a larger chart, the measurements table, record and import,
 * and for its owner edit and delete. Edits are guarded by its ETag (a 412 shows both versions).
 * The pieces live in pages/outcomes/ and components/outcomes/.
 */
import { useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { Loading } from '../components/bits.js';
import { OutcomeMissing } from './outcomes/OutcomeMissing.js';
import { OutcomeView } from './outcomes/OutcomeView.js';
import { useOutcomeDetail } from './outcomes/useOutcomeDetail.js';

export default function OutcomeDetailPage() {
  const { id = '' } = useParams();
  const { query, gone, setGone } = useOutcomeDetail(id);
  const current = isApiError(query.error) && query.error.status === 404 ? undefined : query.data;

  if (query.loading && !current && !gone) {
    return (
      <div className="page">
        <Loading label="Loading the outcome…" />
      </div>
    );
  }
  if (!current || gone) return <OutcomeMissing error={gone ? null : query.error} onRetry={query.reload} />;
  return <OutcomeView versioned={current} onDeleted={() => setGone(true)} />;
}
