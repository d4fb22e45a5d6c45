/** While the details are folded: when, who sees it and the dimensions, in one line. */
import type { EvidenceDraft } from '../../components/EvidenceFields.js';
import { AudienceBadge, DimensionChips } from '../../components/EvidenceBits.js';
import { formatLongDay } from '../../lib/evidence.js';

export function CaptureFacts({ draft, today }: { draft: EvidenceDraft; today: string }) {
  return (
    <div className="capture-facts">
      <span>{draft.occurredOn && draft.occurredOn !== today ? formatLongDay(draft.occurredOn) : 'Today'}</span>
      <span aria-hidden="true">·</span>
      <AudienceBadge audience={draft.audience} />
      {draft.dimensions.length > 0 && (
        <>
          <span aria-hidden="true">·</span>
          <DimensionChips ids={draft.dimensions} />
        </>
      )}
    </div>
  );
}
