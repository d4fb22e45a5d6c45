/** The quick-capture draft: what a blank one is, and which fields the API may complain about. */
import type { EvidenceDraft } from '../../components/EvidenceFields.js';

export const CAPTURE_FIELDS = ['title', 'body', 'occurredOn', 'dimensions', 'impact', 'metrics', 'teams', 'links', 'audience'] as const;

export function blankDraft(audience: EvidenceDraft['audience']): EvidenceDraft {
  return { title: '', body: '', occurredOn: '', dimensions: [], impact: null, metrics: [], teams: [], links: [], audience: [...audience] };
}

/** Nothing typed or chosen beyond the person's defaults (so "Clear" has nothing to clear). */
export function isBlank(d: EvidenceDraft, defaultAudience: EvidenceDraft['audience']): boolean {
  return (
    !d.title.trim() &&
    !d.body.trim() &&
    !d.occurredOn &&
    !d.dimensions.length &&
    !d.impact &&
    !d.metrics.length &&
    !d.teams.length &&
    !d.links.length &&
    [...d.audience].sort().join() === [...defaultAudience].sort().join()
  );
}
