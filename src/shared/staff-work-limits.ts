/**
 * How long the fields of initiatives, stakeholders and outcomes may be, once: the core's rules
 * and the HTTP schemas enforce them; the web's forms read them for `maxLength` and counters.
 */
export const INITIATIVE_LIMITS = {
  title: 300,
  text: 20_000,
  itemText: 1000,
  itemNote: 2000,
  teams: 30,
  team: 100,
  items: 50,
  milestones: 100,
} as const;

export const STAKEHOLDER_LIMITS = { name: 200, note: 5000 } as const;

export const OUTCOME_LIMITS = { name: 200, unit: 40, note: 2000, measurements: 5000 } as const;

/** The organisation setting `stakeholderStaleDays`: whole days in this range. */
export const STALE_DAYS_RANGE = { min: 1, max: 365 } as const;

/** Documents (issue 10): the title, the Markdown body, reviews and comments. */
export const DOCUMENT_LIMITS = {
  title: 300,
  body: 200_000,
  review: 20_000,
  comment: 10_000,
  section: 300,
  matrixItems: 30,
  matrixName: 200,
  matrixReason: 5000,
} as const;
