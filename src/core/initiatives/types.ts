/** The shapes of initiatives (PRODUCT.md §9 "Initiatives"). */
import type { Audience } from '../types.js';
import type { RiskGrade, ScopeSummary } from './scope-summary.js';

export const INITIATIVE_STATUSES = ['exploring', 'proposed', 'active', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Closed initiatives: their stakeholders are no longer chased. */
export const CLOSED_STATUSES: readonly InitiativeStatus[] = ['done', 'dropped'];

export interface Decision {
  text: string;
  /** A two-way door (true) can be walked back; a one-way door (false) cannot. */
  reversible: boolean;
  note: string;
}

export interface Risk {
  text: string;
  likelihood: RiskGrade;
  severity: RiskGrade;
  open: boolean;
}

export interface Scope {
  teams: string[];
  decisions: Decision[];
  risks: Risk[];
  duplication: { text: string; where: string }[];
  investments: { text: string; unlocks: string }[];
}

export interface StakeholderSummary {
  total: number;
  stale: number;
  stillToAnswer: number;
}

export interface Milestone {
  id: string;
  title: string;
  dueOn: string | null;
  done: boolean;
}

export interface Initiative {
  id: string;
  ownerId: string;
  title: string;
  problem: string;
  why: string;
  status: InitiativeStatus;
  startOn: string | null;
  targetOn: string | null;
  audience: Audience[];
  scope: Scope;
  milestones: Milestone[];
  scopeSummary: ScopeSummary;
  /** Computed: how many stakeholders it has, how many are stale, how many still have to answer. */
  stakeholderSummary: StakeholderSummary;
  createdAt: string;
  updatedAt: string;
}

/** What a client sends: scope parts and milestones as given, ids optional. */
export interface ScopeInput {
  teams?: string[] | undefined;
  decisions?: { text: string; reversible: boolean; note?: string | undefined }[] | undefined;
  risks?: { text: string; likelihood: RiskGrade; severity: RiskGrade; open?: boolean | undefined }[] | undefined;
  duplication?: { text: string; where?: string | undefined }[] | undefined;
  investments?: { text: string; unlocks?: string | undefined }[] | undefined;
}

export interface MilestoneInput {
  id?: string | undefined;
  title: string;
  dueOn?: string | null | undefined;
  done?: boolean | undefined;
}

export interface InitiativeInput {
  title?: string | undefined;
  problem?: string | undefined;
  why?: string | undefined;
  status?: InitiativeStatus | undefined;
  startOn?: string | null | undefined;
  targetOn?: string | null | undefined;
  audience?: Audience[] | undefined;
  scope?: ScopeInput | undefined;
  milestones?: MilestoneInput[] | undefined;
}

export const EMPTY_SCOPE: Scope = { teams: [], decisions: [], risks: [], duplication: [], investments: [] };
