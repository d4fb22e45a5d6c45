/**
 * How much an assessment may say, once: the request schemas and the core enforce it, the web's
 * forms read it for their `maxLength`.
 */
export const ASSESSMENT_LIMITS = {
  /** A rating's note. */
  note: 4000,
  /** Evidence entries a rating may cite. */
  evidenceIds: 20,
  /** The message that goes with a request for a peer assessment. */
  peerRequestMessage: 500,
} as const;
