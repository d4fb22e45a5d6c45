/**
 * The brag document: a timeline of entries grouped by week or month, with filters and
 * search-as-you-type. Every filter lives in the query string, so any view can be shared:
 *
 *   q, owner (me | reports | all), dimension*, impact*, team, from, to, group (week | month)
 *
 * `?deleted=true` shows the trash instead.
 *
 * The pieces live in pages/evidence/: useEvidenceQuery (filters and the list), TimelineFilters,
 * TimelineList, Timeline and Trash.
 */
import { useSearchParams } from 'react-router';
import { Timeline } from './evidence/Timeline.js';
import { Trash } from './evidence/Trash.js';

export default function EvidencePage() {
  const [params] = useSearchParams();
  return params.get('deleted') === 'true' ? <Trash /> : <Timeline />;
}
