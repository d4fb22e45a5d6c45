import { describe, expect, test } from 'vitest';
import { scopeSummary, type ScopeCanvas, type ScopeContext, type ScopeThresholds } from '../../src/core/initiatives/scope-summary.js';

const key = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
const STAFF: ScopeThresholds = { anyOf: [{ minOutsideTeams: 2 }, { minOneWayDecisions: 1, minOpenHighRisks: 1 }] };
const ctx = (thresholds: ScopeThresholds | null, level = { id: 'staff', name: 'Staff' }): ScopeContext => ({
  organisationTeamKeys: new Set(['payments', 'checkout', 'platform', 'search']),
  ownTeamKeys: new Set(['payments']),
  keyOf: key,
  level,
  thresholds,
});
const canvas = (over: Partial<ScopeCanvas>): ScopeCanvas => ({ teams: [], decisions: [], risks: [], duplication: [], investments: [], ...over });

describe('scope summary', () => {
  test('counts organisation teams (outside groups count in neither), teams beyond one’s own, one-way decisions, open high risks', () => {
    const s = scopeSummary(
      canvas({
        teams: ['Payments', 'Checkout', 'checkout', 'Platform', 'Acme Bank'],
        decisions: [{ text: 'Move to event sourcing', reversible: false }, { text: 'Feature flag', reversible: true }],
        risks: [
          { text: 'Data loss', likelihood: 'low', severity: 'high', open: true },
          { text: 'Slow rollout', likelihood: 'high', severity: 'low', open: false },
          { text: 'Cost', likelihood: 'medium', severity: 'medium', open: true },
        ],
      }),
      ctx(STAFF),
    );
    expect(s).toMatchObject({ teams: 3, outsideTeams: 2, oneWayDecisions: 1, openHighRisks: 1, level: 'staff', meetsLevel: true });
    expect(s.reasons[0]?.code).toBe('meets_level');
    expect(s.reasons[0]?.text).toMatch(/^Reads as Staff scope: at least 2 teams beyond your own\./);
  });

  test('the second alternative: a one-way decision with an open high risk, on one team', () => {
    const s = scopeSummary(
      canvas({ teams: ['Payments'], decisions: [{ text: 'Drop the legacy API', reversible: false }], risks: [{ text: 'Partners break', likelihood: 'high', severity: 'high', open: true }] }),
      ctx(STAFF),
    );
    expect(s.meetsLevel).toBe(true);
    expect(s.reasons[0]?.text).toMatch(/at least 1 one-way decision together with at least 1 open high risk/);
  });

  test('below the bar says what the level asks for and why the canvas falls short', () => {
    const s = scopeSummary(canvas({ teams: ['Acme Bank'], decisions: [{ text: 'Flag it', reversible: true }] }), ctx(STAFF));
    expect(s.meetsLevel).toBe(false);
    expect(s.reasons.map((r) => r.code)).toEqual(['below_level', 'no_organisation_teams', 'all_reversible']);
    expect(s.reasons[0]?.text).toMatch(/asks for at least 2 teams beyond your own, or at least 1 one-way decision together with at least 1 open high risk/);
  });

  test('other thresholds give other verdicts; no bar is said as such', () => {
    const scope = canvas({ teams: ['Payments', 'Checkout', 'Platform'] });
    expect(scopeSummary(scope, ctx(STAFF)).meetsLevel).toBe(true);
    const principal: ScopeThresholds = { anyOf: [{ minOutsideTeams: 3 }] };
    expect(scopeSummary(scope, ctx(principal, { id: 'principal', name: 'Principal' })).meetsLevel).toBe(false);
    const none = scopeSummary(scope, ctx(null, { id: 'senior', name: 'Senior' }));
    expect(none).toMatchObject({ meetsLevel: false, reasons: [{ code: 'no_scope_bar' }] });
  });
});
