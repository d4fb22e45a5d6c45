/**
 * The rules of a stakeholder (PRODUCT.md §9), pure so initiatives and (later) documents share
 * them unchanged: the stance history, staleness, and "who still has to answer".
 */
import { addDays } from '../../shared/dates.js';

export const STAKEHOLDER_ROLES = ['approver', 'consulted', 'informed'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];
export const STANCES = ['unaware', 'briefed', 'supportive', 'concerned', 'blocking', 'approved'] as const;
export type Stance = (typeof STANCES)[number];
export const DEFAULT_STALE_DAYS = 21;

export interface StanceChange {
  stance: Stance;
  /** ISO time of the change. */
  at: string;
}

/** The history after a write: starts with the first stance; only a change of stance appends. */
export function nextHistory(history: readonly StanceChange[], stance: Stance, at: string): StanceChange[] {
  const last = history[history.length - 1];
  if (last && last.stance === stance) return [...history];
  return [...history, { stance, at }];
}

/**
 * Stale while the parent is open and the stakeholder was never contacted, or last contacted
 * more than `staleDays` days before `today` (both calendar dates where the owner lives).
 */
export function isStale(opts: { parentOpen: boolean; lastContactOn: string | null; today: string; staleDays: number }): boolean {
  if (!opts.parentOpen) return false;
  if (!opts.lastContactOn) return true;
  return addDays(opts.lastContactOn, opts.staleDays) < opts.today;
}

export interface StakeholderFact {
  role: StakeholderRole;
  stance: Stance;
}

/** Who still has to answer: approvers who have not approved, and anyone blocking or concerned. */
export function stillToAnswer<S extends StakeholderFact>(stakeholders: readonly S[]): S[] {
  return stakeholders.filter((s) => (s.role === 'approver' && s.stance !== 'approved') || s.stance === 'blocking' || s.stance === 'concerned');
}
