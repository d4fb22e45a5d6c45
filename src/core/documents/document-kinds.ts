/**
 * The seven kinds of document (PRODUCT.md §7) and the sections each kind is expected to hold.
 *
 * A section is found by its heading. Headings are compared after `normaliseHeading`: lower
 * case, leading numbering dropped ("2.", "2)", "2.1", "IV."), "&" read as "and", every other
 * punctuation mark read as a space. A heading matches a section when its normal form equals
 * the section's heading or one of its aliases exactly — "Decision Drivers" is not "Decision".
 * Aliases include the MADR headings ("Context and Problem Statement", "Considered Options",
 * "Decision Outcome") and the Nygard ADR ones where they fit.
 *
 * `finding` is the stable code reported when the section is missing or empty.
 */

export const DOCUMENT_KINDS = [
  'design-doc',
  'rfc',
  'adr',
  'migration-plan',
  'trade-off',
  'incident-review',
  'roadmap-input',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export const FINDING_CODES = [
  'no_problem_statement',
  'no_context',
  'no_summary',
  'no_goals',
  'no_design',
  'no_proposal',
  'no_alternatives',
  'no_drawbacks',
  'no_open_questions',
  'no_risks',
  'no_rollback',
  'no_decision',
  'no_status',
  'no_consequences',
  'no_current_state',
  'no_target_state',
  'no_phases',
  'no_verification',
  'no_options',
  'no_criteria',
  'no_timeline',
  'no_impact',
  'no_contributing_factors',
  'no_what_went_well',
  'no_follow_ups',
  'no_cost',
  'no_unlocks',
  'missing_section',
  'decision_without_reason',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export interface ExpectedSection {
  /** Stable id within the kind, e.g. `rollback`. */
  id: string;
  /** The heading the shipped template uses. */
  heading: string;
  /** Other headings that count as this section (written naturally; compared normalised). */
  aliases: string[];
  /** Reported when the section is missing or empty. */
  finding: FindingCode;
  /** A front-matter key that, when present with a value, stands in for the section (MADR `status`). */
  frontMatterKey?: string;
}

export interface DocumentKindSpec {
  id: DocumentKind;
  /** How people name the kind in prose. */
  label: string;
  /** Sections every document of the kind must hold, in template order. */
  sections: ExpectedSection[];
  /**
   * The section whose decisions need a stated reason. For adr and trade-off it is one of
   * `sections`; for rfc and design-doc it is optional (no finding when absent) and only checked
   * when the document has it.
   */
  decision?: ExpectedSection;
}

const CONTEXT_ALIASES = ['context and problem statement', 'problem statement', 'background', 'context and problem'];
const ALTERNATIVES_ALIASES = [
  'alternatives considered',
  'considered alternatives',
  'considered options',
  'options considered',
  'other options',
  'rationale and alternatives',
];
const DECISION_ALIASES = ['decision outcome', 'outcome', 'chosen option', 'recommendation', 'the decision'];
const PROPOSAL_ALIASES = ['proposed solution', 'solution', 'detailed design', 'proposed design', 'the proposal'];

const decisionSection: ExpectedSection = {
  id: 'decision',
  heading: 'Decision',
  aliases: DECISION_ALIASES,
  finding: 'no_decision',
};

export const DOCUMENT_KIND_SPECS: Record<DocumentKind, DocumentKindSpec> = {
  'design-doc': {
    id: 'design-doc',
    label: 'design doc',
    sections: [
      { id: 'context', heading: 'Context', aliases: [...CONTEXT_ALIASES, 'problem', 'overview', 'motivation'], finding: 'no_problem_statement' },
      { id: 'goals', heading: 'Goals and non-goals', aliases: ['goals', 'non goals and goals', 'objectives', 'scope'], finding: 'no_goals' },
      { id: 'design', heading: 'Design', aliases: ['proposed design', 'detailed design', 'technical design', 'proposal', 'solution', 'architecture'], finding: 'no_design' },
      { id: 'alternatives', heading: 'Alternatives', aliases: ALTERNATIVES_ALIASES, finding: 'no_alternatives' },
      { id: 'risks', heading: 'Risks', aliases: ['risks and mitigations', 'risks and open questions', 'concerns'], finding: 'no_risks' },
      { id: 'rollout', heading: 'Rollout and rollback', aliases: ['rollout and rollback plan', 'rollback', 'rollback plan', 'rollout plan', 'rollout', 'deployment and rollback'], finding: 'no_rollback' },
    ],
    decision: decisionSection,
  },
  rfc: {
    id: 'rfc',
    label: 'RFC',
    sections: [
      { id: 'summary', heading: 'Summary', aliases: ['abstract', 'tl dr', 'tldr', 'overview'], finding: 'no_summary' },
      { id: 'motivation', heading: 'Motivation', aliases: ['problem', 'problem statement', 'background', 'context', 'why'], finding: 'no_problem_statement' },
      { id: 'proposal', heading: 'Proposal', aliases: [...PROPOSAL_ALIASES, 'design', 'guide level explanation', 'reference level explanation'], finding: 'no_proposal' },
      { id: 'drawbacks', heading: 'Drawbacks', aliases: ['downsides', 'risks', 'drawbacks and risks'], finding: 'no_drawbacks' },
      { id: 'alternatives', heading: 'Alternatives', aliases: ALTERNATIVES_ALIASES, finding: 'no_alternatives' },
      { id: 'unresolved', heading: 'Unresolved questions', aliases: ['open questions', 'questions', 'unresolved'], finding: 'no_open_questions' },
    ],
    decision: decisionSection,
  },
  adr: {
    id: 'adr',
    label: 'ADR',
    sections: [
      { id: 'status', heading: 'Status', aliases: [], finding: 'no_status', frontMatterKey: 'status' },
      { id: 'context', heading: 'Context', aliases: CONTEXT_ALIASES, finding: 'no_context' },
      decisionSection,
      { id: 'consequences', heading: 'Consequences', aliases: ['implications', 'positive consequences', 'consequences and trade offs'], finding: 'no_consequences' },
    ],
    decision: decisionSection,
  },
  'migration-plan': {
    id: 'migration-plan',
    label: 'migration plan',
    sections: [
      { id: 'current', heading: 'Current state', aliases: ['current', 'as is', 'starting point', 'where we are'], finding: 'no_current_state' },
      { id: 'target', heading: 'Target state', aliases: ['target', 'to be', 'end state', 'desired state', 'where we are going'], finding: 'no_target_state' },
      { id: 'phases', heading: 'Phases', aliases: ['migration phases', 'stages', 'steps', 'migration steps', 'plan', 'milestones'], finding: 'no_phases' },
      { id: 'rollback', heading: 'Rollback', aliases: ['rollback plan', 'roll back', 'rolling back', 'back out plan', 'backout plan', 'fallback'], finding: 'no_rollback' },
      { id: 'verification', heading: 'Verification', aliases: ['verification plan', 'validation', 'how we verify', 'checks', 'testing'], finding: 'no_verification' },
    ],
  },
  'trade-off': {
    id: 'trade-off',
    label: 'trade-off summary',
    sections: [
      { id: 'options', heading: 'Options', aliases: ['considered options', 'options considered', 'alternatives', 'choices'], finding: 'no_options' },
      { id: 'criteria', heading: 'Criteria', aliases: ['decision criteria', 'decision drivers', 'evaluation criteria'], finding: 'no_criteria' },
      decisionSection,
    ],
    decision: decisionSection,
  },
  'incident-review': {
    id: 'incident-review',
    label: 'incident review',
    sections: [
      { id: 'timeline', heading: 'Timeline', aliases: ['timeline of events', 'sequence of events', 'chronology'], finding: 'no_timeline' },
      { id: 'impact', heading: 'Impact', aliases: ['customer impact', 'user impact', 'business impact'], finding: 'no_impact' },
      { id: 'factors', heading: 'Contributing factors', aliases: ['causes', 'root cause', 'root causes', 'root cause analysis', 'why it happened'], finding: 'no_contributing_factors' },
      { id: 'went-well', heading: 'What went well', aliases: ['went well', 'what worked', 'what worked well'], finding: 'no_what_went_well' },
      { id: 'follow-ups', heading: 'Follow-ups', aliases: ['follow up', 'follow up actions', 'action items', 'actions', 'next steps'], finding: 'no_follow_ups' },
    ],
  },
  'roadmap-input': {
    id: 'roadmap-input',
    label: 'roadmap input',
    sections: [
      { id: 'problem', heading: 'Problem', aliases: ['problem statement', 'the problem', 'context and problem statement', 'context'], finding: 'no_problem_statement' },
      { id: 'proposal', heading: 'Proposal', aliases: PROPOSAL_ALIASES, finding: 'no_proposal' },
      { id: 'cost', heading: 'Cost', aliases: ['costs', 'effort', 'cost and effort', 'estimate', 'investment'], finding: 'no_cost' },
      { id: 'unlocks', heading: 'What it unlocks', aliases: ['unlocks', 'benefits', 'value', 'what this unlocks', 'why now'], finding: 'no_unlocks' },
    ],
  },
};

// Leading numbering: "2. ", "2) ", "2.1 ", "2.1. ", "2: ", "IV. ", "a) ". Digits must be followed
// by punctuation or a space, so "2FA setup" keeps its number.
const LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*(?:[.):]\s*|\s+)|[ivxlc]+[.)]\s+|[a-z][.)]\s+)/;

/**
 * The form in which headings are compared: "2. Alternatives Considered" → "alternatives
 * considered", "Goals & Non-Goals" → "goals and non goals", "Follow-ups:" → "follow ups".
 */
export function normaliseHeading(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(LEADING_NUMBERING, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a heading (as written) names the given expected section. */
export function headingMatches(section: ExpectedSection, heading: string): boolean {
  const normal = normaliseHeading(heading);
  if (normal === '') return false;
  return [section.heading, ...section.aliases].some((name) => normaliseHeading(name) === normal);
}

/** How a document's number is written (PRODUCT.md §9: `RFC-0007`), per kind. */
export const KIND_PREFIX: Record<DocumentKind, string> = {
  'design-doc': 'DD',
  rfc: 'RFC',
  adr: 'ADR',
  'migration-plan': 'MIG',
  'trade-off': 'TO',
  'incident-review': 'IR',
  'roadmap-input': 'RI',
};

/** `RFC-0007`: the prefix of the kind and the number, four digits at least. */
export function documentKey(kind: DocumentKind, number: number): string {
  return `${KIND_PREFIX[kind]}-${String(number).padStart(4, '0')}`;
}
