/**
 * The scope summary of an initiative (PRODUCT.md §2 and §9), pure: counts from the scope
 * canvas, and whether the scope reads as the owner's target level by that level's thresholds
 * in the active framework, said in plain words.
 *
 * A level's thresholds are alternatives (`anyOf`): the scope meets the level when every
 * minimum of at least one alternative is met. The default framework asks Staff for two teams
 * beyond one's own, or a one-way decision together with an open high risk. The thresholds are
 * the framework file's `scope` block (shapes in framework-types.ts; `scopeThresholdsFor` picks
 * a level's).
 */
import type { ScopeRule, ScopeThresholds } from '../frameworks/framework-types.js';

export type { ScopeRule, ScopeThresholds };

export const RISK_GRADES = ['low', 'medium', 'high'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

export interface ScopeCanvas {
  teams: readonly string[];
  decisions: readonly { text: string; reversible: boolean; note?: string }[];
  risks: readonly { text: string; likelihood: RiskGrade; severity: RiskGrade; open: boolean }[];
  duplication: readonly { text: string; where?: string }[];
  investments: readonly { text: string; unlocks?: string }[];
}

export interface ScopeReason {
  code: string;
  text: string;
}

export interface ScopeSummary {
  teams: number;
  outsideTeams: number;
  oneWayDecisions: number;
  openHighRisks: number;
  level: string;
  meetsLevel: boolean;
  reasons: ScopeReason[];
}

export interface ScopeContext {
  /** The organisation's teams by key (`teamKey` of the name). */
  organisationTeamKeys: ReadonlySet<string>;
  /** The owner's own teams, by key. */
  ownTeamKeys: ReadonlySet<string>;
  /** How a team name becomes a key (the evidence rule: by slug). */
  keyOf(name: string): string;
  /** The owner's target level: id and name. */
  level: { id: string; name: string };
  /** That level's thresholds; none means the framework sets no scope bar for it. */
  thresholds: ScopeThresholds | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const RULE_WORDS: Record<keyof ScopeRule, (n: number) => string> = {
  minTeams: (n) => `${plural(n, 'team')} affected`,
  minOutsideTeams: (n) => `${plural(n, 'team')} beyond your own`,
  minOneWayDecisions: (n) => plural(n, 'one-way decision'),
  minOpenHighRisks: (n) => plural(n, 'open high risk'),
};

function ruleText(rule: ScopeRule): string {
  const parts = (Object.keys(RULE_WORDS) as (keyof ScopeRule)[]).filter((k) => (rule[k] ?? 0) > 0).map((k) => `at least ${RULE_WORDS[k](rule[k] ?? 0)}`);
  return parts.join(' together with ') || 'nothing in particular';
}

export function scopeSummary(scope: ScopeCanvas, ctx: ScopeContext): ScopeSummary {
  const keys = new Set(scope.teams.map((t) => ctx.keyOf(t)).filter((k) => ctx.organisationTeamKeys.has(k)));
  const teams = keys.size;
  const outsideTeams = [...keys].filter((k) => !ctx.ownTeamKeys.has(k)).length;
  const oneWayDecisions = scope.decisions.filter((d) => !d.reversible).length;
  const openHighRisks = scope.risks.filter((r) => r.open && (r.likelihood === 'high' || r.severity === 'high')).length;
  const counts: Record<keyof ScopeRule, number> = { minTeams: teams, minOutsideTeams: outsideTeams, minOneWayDecisions: oneWayDecisions, minOpenHighRisks: openHighRisks };
  const met = (rule: ScopeRule) => (Object.keys(RULE_WORDS) as (keyof ScopeRule)[]).every((k) => counts[k] >= (rule[k] ?? 0));

  const reasons: ScopeReason[] = [];
  const level = ctx.level.name;
  const rules = ctx.thresholds?.anyOf ?? [];
  const hit = rules.find(met);
  const facts = `It affects ${plural(teams, 'organisation team')} (${outsideTeams} beyond your own), with ${plural(oneWayDecisions, 'one-way decision')} and ${plural(openHighRisks, 'open high risk')}.`;
  if (!rules.length) {
    reasons.push({ code: 'no_scope_bar', text: `The framework sets no scope bar for ${level}. ${facts}` });
  } else if (hit) {
    reasons.push({ code: 'meets_level', text: `Reads as ${level} scope: ${ruleText(hit)}. ${facts}` });
  } else {
    const asks = rules.map(ruleText).join(', or ');
    reasons.push({ code: 'below_level', text: `Does not yet read as ${level} scope, which asks for ${asks}. ${facts}` });
    if (teams === 0 && scope.teams.length > 0) reasons.push({ code: 'no_organisation_teams', text: 'None of the teams named is one of the organisation’s teams; outside groups do not count towards scope.' });
    if (oneWayDecisions === 0 && scope.decisions.length > 0) reasons.push({ code: 'all_reversible', text: 'Every decision recorded can be undone; one-way decisions are what make scope weigh.' });
  }
  return { teams, outsideTeams, oneWayDecisions, openHighRisks, level: ctx.level.id, meetsLevel: Boolean(hit), reasons };
}
