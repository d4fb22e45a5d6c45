/** The five scope questions (PRODUCT.md §2) as the canvas asks them, with what belongs in each. */
import type { ScopePart } from '../values.js';

export const QUESTIONS: Record<ScopePart, { title: string; question: string; empty: string }> = {
  teams: {
    title: 'Teams affected',
    question: 'Which teams does this change, or need to change?',
    empty: 'No teams named yet. List every team that has to change something or will feel the result — for example “Payments” and “Mobile”.',
  },
  decisions: {
    title: 'Decisions',
    question: 'Which decisions does it take, and which of them are hard to undo?',
    empty: 'No decisions yet. For example: “Move session storage to the shared cache” — one-way if rolling back means a data migration.',
  },
  risks: {
    title: 'Risks',
    question: 'What could go wrong, how likely is it and how bad would it be?',
    empty: 'No risks yet. For example: “Cache outage takes sign-in down for every product” — low likelihood, high severity.',
  },
  duplication: {
    title: 'Duplicated effort',
    question: 'Where are several teams solving the same problem separately?',
    empty: 'Nothing noted yet. For example: “Three teams keep their own retry libraries” — in Payments, Search and Mobile.',
  },
  investments: {
    title: 'Investments',
    question: 'What would a shared investment unlock for others?',
    empty: 'Nothing noted yet. For example: “One rate limiter for every public API” — unlocks self-service quotas for partners.',
  },
};
