/**
 * The pure rules of evidence proposals: evidence that someone else's action suggests (a
 * document approved, a review given; later public credit and git import), private to its
 * owner until the owner accepts it (then it is an evidence entry) or dismisses it.
 *
 *   proposed → accepted (an entry is written) | dismissed
 *   dismissed → proposed (reopen, the undo of dismiss) | accepted
 *
 * Accepted is final: the entry it became is edited or deleted like any other.
 */
import { isIsoDate } from '../../shared/dates.js';
import { AppError } from '../errors.js';
import { EVIDENCE_LIMITS } from '../../shared/evidence-limits.js';
import type { Audience } from '../types.js';
import type { EvidenceInput, EvidenceSource, Impact, MetricInput } from './types.js';

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'dismissed'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What a source (the documents service, credit, git import) proposes. */
export interface ProposalDraft {
  ownerId: string;
  source: EvidenceSource;
  /** Names what made the proposal, once per owner (`document:<id>:approved`); nothing is proposed twice. */
  sourceKey: string;
  title: string;
  body: string;
  /** `YYYY-MM-DD` */
  occurredOn: string;
  dimensions: string[];
  impact?: Impact | null | undefined;
  teams?: string[] | undefined;
  links?: string[] | undefined;
  initiativeId?: string | null | undefined;
  documentId?: string | null | undefined;
  /** Whose action suggested it, for the notification (optional). */
  actorId?: string | null | undefined;
}

export interface EvidenceProposal {
  id: string;
  ownerId: string;
  source: EvidenceSource;
  title: string;
  body: string;
  occurredOn: string;
  dimensions: string[];
  impact: Impact | null;
  teams: string[];
  links: string[];
  initiativeId: string | null;
  documentId: string | null;
  status: ProposalStatus;
  evidenceId: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** What the owner may change while accepting: the fields of a new entry. */
export interface AcceptEdits {
  title?: string | undefined;
  body?: string | undefined;
  occurredOn?: string | undefined;
  dimensions?: string[] | undefined;
  impact?: Impact | null | undefined;
  metrics?: MetricInput[] | undefined;
  teams?: string[] | undefined;
  links?: string[] | undefined;
  initiativeId?: string | null | undefined;
  audience?: Audience[] | undefined;
}

const isWebLink = (l: string): boolean => {
  try {
    const u = new URL(l);
    return (u.protocol === 'http:' || u.protocol === 'https:') && l.length <= EVIDENCE_LIMITS.link;
  } catch {
    return false;
  }
};

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A draft made fit to become an entry as it stands: dimensions outside the active framework
 * dropped, the title and body within the entry limits, links and teams the entry rules accept.
 * A source is code, not a person typing, so this repairs rather than refuses — except what no
 * repair can supply.
 */
export function cleanDraft(draft: ProposalDraft, dimensionIds: ReadonlySet<string>): ProposalDraft {
  const title = cut(draft.title.trim(), EVIDENCE_LIMITS.title);
  if (!title) throw new AppError('validation_failed', 'A proposal needs a title.', { errors: [{ pointer: '/title', message: 'A proposal needs a title.' }] });
  if (!isIsoDate(draft.occurredOn)) throw new AppError('validation_failed', 'A proposal needs a date.', { errors: [{ pointer: '/occurredOn', message: 'Use a date like 2026-11-02.' }] });
  if (!draft.sourceKey.trim()) throw new AppError('validation_failed', 'A proposal needs a source key.', { errors: [{ pointer: '/sourceKey', message: 'Name what made the proposal.' }] });
  const teams = [...new Set((draft.teams ?? []).map((t) => t.trim()).filter((t) => t && t.length <= EVIDENCE_LIMITS.tag))].slice(0, EVIDENCE_LIMITS.tags);
  return {
    ...draft,
    title,
    body: cut(draft.body, EVIDENCE_LIMITS.body),
    dimensions: [...new Set(draft.dimensions)].filter((d) => dimensionIds.has(d)),
    teams,
    links: [...new Set(draft.links ?? [])].filter(isWebLink).slice(0, EVIDENCE_LIMITS.links),
  };
}

/**
 * The entry an accepted proposal becomes: the proposal's fields with the owner's edits on
 * top. Suggested dimensions the framework no longer has are dropped (the owner's own choice
 * is checked by the entry rules, which name the field); the suggested initiative stays only
 * while it is still one of the owner's.
 */
export function acceptInput(p: EvidenceProposal, edits: AcceptEdits, dimensionIds: ReadonlySet<string>, suggestedInitiativeIsOwn: boolean): EvidenceInput {
  const input: EvidenceInput = {
    title: edits.title ?? p.title,
    body: edits.body ?? p.body,
    occurredOn: edits.occurredOn ?? p.occurredOn,
    dimensions: edits.dimensions ?? p.dimensions.filter((d) => dimensionIds.has(d)),
    impact: edits.impact !== undefined ? edits.impact : p.impact,
    metrics: edits.metrics ?? [],
    teams: edits.teams ?? p.teams,
    links: edits.links ?? p.links,
    initiativeId: edits.initiativeId !== undefined ? edits.initiativeId : suggestedInitiativeIsOwn ? p.initiativeId : null,
  };
  if (edits.audience !== undefined) input.audience = edits.audience;
  return input;
}

/** Why a decision cannot be taken from this status, or null when it can. */
export function decisionProblem(status: ProposalStatus, decision: 'accept' | 'dismiss' | 'reopen'): string | null {
  if (status !== 'accepted') return null;
  if (decision === 'accept') return 'This proposal was already accepted; its entry is in your evidence log.';
  if (decision === 'dismiss') return 'This proposal was already accepted; delete its entry from your evidence log instead.';
  return 'This proposal was accepted, so there is nothing to reopen.';
}
