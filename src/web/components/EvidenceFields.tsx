/**
 * The editing widgets of an evidence entry, shared by the quick-capture dialog ("More") and
 * the entry's in-place editor. Each lives in ./evidence-fields/; this module is their one
 * import path.
 */
export {
  draftMetrics,
  draftOf,
  emptyMetricDraft,
  metricToDraft,
  nextMetricKey,
  parseNumber,
  type EvidenceDraft,
  type MetricDraft,
  type MetricProblem,
} from './evidence-fields/draft.js';
export { AudiencePicker } from './evidence-fields/AudiencePicker.js';
export { DimensionToggles } from './evidence-fields/DimensionToggles.js';
export { ImpactSelect } from './evidence-fields/ImpactSelect.js';
export { MarkdownEditor } from './evidence-fields/MarkdownEditor.js';
export { MetricEditor } from './evidence-fields/MetricEditor.js';
export { TagInput, validateLink } from './evidence-fields/TagInput.js';
