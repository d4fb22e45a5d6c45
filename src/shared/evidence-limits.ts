/**
 * How long an evidence entry's fields may be, once: the core's field rules enforce it on every
 * door; the web's forms read it for their `maxLength` and counters.
 */
export const EVIDENCE_LIMITS = { title: 300, body: 100_000, tags: 20, tag: 100, links: 50, link: 2000 } as const;
