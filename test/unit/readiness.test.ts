import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { loadDefaultFramework, parseFrameworkFile, type Framework } from '../../src/core/frameworks/framework-file.js';
import {
  READINESS_REASON_CODES,
  addMonths,
  computeReadiness,
  monthName,
  resolveThresholds,
  type AssessmentFact,
  type EvidenceFact,
  type ReadinessInput,
  type ReadinessResult,
} from '../../src/core/readiness/readiness.js';

const TODAY = '2026-11-02';
const DEFAULT = loadDefaultFramework();
const ALL = ['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact'];

function fourLevels(): Framework {
  const r = parseFrameworkFile(readFileSync(new URL('../../frameworks/example-four-levels.yaml', import.meta.url), 'utf8'), 'example-four-levels.yaml');
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r.framework;
}

let seq = 0;
/** `count` entries on the given dates (cycled), tagged `dimensions`, teams cycled one per entry. */
function entries(count: number, o: { dimensions: string[]; teams: string[]; measured?: number; dates: string[] }): EvidenceFact[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${++seq}`,
    occurredOn: o.dates[i % o.dates.length] as string,
    dimensions: o.dimensions,
    teams: o.teams.length > 0 ? [o.teams[i % o.teams.length] as string] : [],
    measured: i < (o.measured ?? count),
  }));
}

const RECENT = ['2026-10-20', '2026-09-14', '2026-08-03'];
/** Six recent, measured entries per dimension across three other teams: strong at Staff everywhere. */
const STRONG = entries(6, { dimensions: ALL, teams: ['search', 'ledger', 'identity'], dates: RECENT });

function run(partial: Partial<ReadinessInput> & { sources: ReadinessInput['sources'] }): ReadinessResult {
  return computeReadiness({ framework: DEFAULT, level: 'staff', today: TODAY, ownTeamKeys: ['payments'], ...partial });
}

function byId(result: ReadinessResult): Record<string, { status: string; codes: string[]; texts: string[] }> {
  return Object.fromEntries(result.dimensions.map((d) => [d.id, { status: d.status, codes: d.reasons.map((r) => r.code), texts: d.reasons.map((r) => r.text) }]));
}

function manager(sharedAt: string, ratings: [string, string, string | null][]): AssessmentFact {
  return { kind: 'manager', sharedAt, ratings: ratings.map(([dimension, level, towards]) => ({ dimension, level, towards })) };
}

describe('readiness', () => {
  it('strong everywhere when every threshold is met, with the facts behind it', () => {
    const r = run({ sources: { evidence: STRONG, assessments: [] } });
    expect(r.level).toBe('staff');
    expect(r.windowMonths).toBe(12);
    const all = byId(r);
    for (const id of ALL) expect(all[id]).toMatchObject({ status: 'strong', codes: ['meets_thresholds'] });
    expect(all.scope?.texts[0]).toBe('6 entries tagged scope across 3 teams, 6 with a measured outcome, the latest in October 2026: meets every Staff threshold.');
    expect(r.dimensions[0]?.facts).toEqual({
      evidence: 6, teams: 3, measured: 6, latest: '2026-10-20',
      selfRating: null, selfTowards: null, managerRating: null, managerTowards: null,
      documents: null, outcomes: null, mentees: null, reviews: null,
    });
    expect(r.dimensions.map((d) => d.name)).toEqual(['Scope', 'Technical direction', 'Communication', 'Influence', 'Mentoring', 'Business impact']);
  });

  it('plenty of evidence inside one team is not Staff scope', () => {
    const evidence = entries(8, { dimensions: ['scope'], teams: ['payments'], dates: RECENT });
    const scope = byId(run({ sources: { evidence } })).scope;
    expect(scope).toEqual({
      status: 'developing',
      codes: ['single_team', 'own_team_only'],
      texts: [
        'Only one team reached (payments); strong needs 3.',
        'Every team reached is their own team (payments); reach counts teams beyond it.',
      ],
    });
  });

  it('no tagged evidence in the window is a gap, and says when the last one was', () => {
    const evidence = entries(3, { dimensions: ['influence'], teams: ['search'], dates: ['2025-06-10'] });
    const all = byId(run({ sources: { evidence } }));
    expect(all.influence).toEqual({
      status: 'gap',
      codes: ['no_evidence'],
      texts: ['No evidence tagged influence in the last 12 months; the latest is from June 2025.'],
    });
    expect(all.scope).toEqual({ status: 'gap', codes: ['no_evidence'], texts: ['No evidence tagged scope in the last 12 months.'] });
  });

  it('old evidence only is not strong: no recent evidence', () => {
    const evidence = entries(6, { dimensions: ['direction'], teams: ['search', 'ledger', 'identity'], dates: ['2026-03-20', '2026-02-11', '2026-01-05'] });
    const r = run({ sources: { evidence } });
    expect(byId(r).direction).toEqual({
      status: 'developing',
      codes: ['no_recent_evidence'],
      texts: ['No evidence tagged technical direction since March 2026; strong needs an entry in the last 4 months.'],
    });
    expect(r.dimensions[1]?.facts.latest).toBe('2026-03-20');
  });

  it('too little evidence is a gap; each shortfall names the threshold it misses', () => {
    const evidence = entries(1, { dimensions: ['scope'], teams: ['search'], measured: 0, dates: RECENT });
    expect(byId(run({ sources: { evidence } })).scope).toEqual({
      status: 'gap',
      codes: ['few_evidence', 'single_team', 'few_measured'],
      texts: [
        'Only 1 entry tagged scope in the last 12 months; developing needs 2.',
        'Only one team reached (search); strong needs 3.',
        'None of the 1 entry tagged scope has a measured outcome; strong needs 2.',
      ],
    });
  });

  it('a manager rating below the target caps at developing; towards the target is approaching', () => {
    const assessments = [
      manager('2026-05-01T10:00:00Z', [['influence', 'senior', null]]),
      manager('2026-09-01T10:00:00Z', [
        ['scope', 'senior', null],
        ['direction', 'senior', 'staff'],
        ['communication', 'staff', null],
        ['influence', 'principal', null],
      ]),
      { kind: 'self', sharedAt: '2026-09-02T10:00:00Z', ratings: [{ dimension: 'mentoring', level: 'senior', towards: null }] } satisfies AssessmentFact,
      { kind: 'peer', sharedAt: '2026-09-03T10:00:00Z', ratings: [{ dimension: 'impact', level: 'senior', towards: null }] } satisfies AssessmentFact,
    ];
    const r = run({ sources: { evidence: STRONG, assessments } });
    const all = byId(r);
    expect(all.scope).toEqual({ status: 'developing', codes: ['manager_rates_below'], texts: ['The manager rates scope at Senior, below Staff.'] });
    expect(all.direction).toEqual({
      status: 'developing',
      codes: ['manager_rates_approaching'],
      texts: ['The manager rates technical direction at Senior, approaching Staff.'],
    });
    expect(all.communication?.status).toBe('strong');
    expect(all.communication?.codes).toEqual(['meets_thresholds', 'manager_rates_at_level']);
    // The latest manager assessment wins.
    expect(all.influence?.codes).toEqual(['meets_thresholds', 'manager_rates_at_level']);
    expect(all.influence?.texts[1]).toBe('The manager rates influence at Principal, above Staff.');
    // Self and peer ratings are facts, not caps.
    expect(all.mentoring?.codes).toEqual(['meets_thresholds']);
    expect(all.impact?.codes).toEqual(['meets_thresholds']);
    expect(r.dimensions.find((d) => d.id === 'mentoring')?.facts).toMatchObject({ selfRating: 'senior', managerRating: null });
    expect(r.dimensions.find((d) => d.id === 'direction')?.facts).toMatchObject({ managerRating: 'senior', managerTowards: 'staff' });
  });

  it('a per-dimension override changes the outcome, and thresholds come from the file', () => {
    const evidence = entries(4, { dimensions: ['mentoring', 'direction'], teams: ['search'], measured: 0, dates: RECENT });
    const all = byId(run({ sources: { evidence } }));
    // Mentoring asks for 4 entries, 1 team and no metric; direction uses the defaults.
    expect(all.mentoring).toMatchObject({ status: 'strong', codes: ['meets_thresholds'] });
    expect(all.direction).toEqual({
      status: 'developing',
      codes: ['few_evidence', 'single_team', 'few_measured'],
      texts: [
        '4 entries tagged technical direction in the last 12 months; strong needs 6.',
        'Only one team reached (search); strong needs 2.',
        'None of the 4 entries tagged technical direction has a measured outcome; strong needs 2.',
      ],
    });

    const stricter = structuredClone(DEFAULT);
    const mentoring = stricter.readiness.dimensions?.mentoring;
    if (!mentoring?.strong) throw new Error('the default framework overrides mentoring');
    mentoring.strong.minEvidence = 5;
    expect(byId(run({ framework: stricter, sources: { evidence } })).mentoring?.codes).toEqual(['few_evidence']);
    expect(resolveThresholds(stricter, 'staff', 'mentoring').strong).toMatchObject({ minEvidence: 5, minTeams: 1, minMeasured: 0 });
  });

  it('a target level with its own thresholds: the same work is strong at Staff, not at Principal', () => {
    const all = byId(run({ level: 'principal', sources: { evidence: STRONG } }));
    expect(all.scope).toEqual({
      status: 'developing',
      codes: ['few_evidence', 'few_teams'],
      texts: [
        '6 entries tagged scope in the last 12 months; strong needs 8.',
        '3 teams reached (identity, ledger, search); strong needs 4.',
      ],
    });
    expect(all.impact?.codes).toEqual(['few_evidence', 'few_teams']);
    expect(all.mentoring?.codes).toEqual(['meets_thresholds']);
    expect(resolveThresholds(DEFAULT, 'principal', 'impact')).toEqual({
      recentMonths: 4,
      strong: { minEvidence: 8, minTeams: 4, minMeasured: 4, minOutcomes: 2 },
      developing: { minEvidence: 2 },
    });
  });

  it('an absent source adds no reasons; a present one counts, even when empty', () => {
    const absent = byId(run({ sources: { evidence: STRONG } }));
    expect(absent.communication?.codes).toEqual(['meets_thresholds']);
    expect(absent.mentoring?.codes).toEqual(['meets_thresholds']);

    const present = run({ sources: { evidence: STRONG, documents: [], mentoring: [{ id: 'm1' }], outcomes: [{}, {}] } });
    const all = byId(present);
    expect(all.communication).toEqual({ status: 'developing', codes: ['few_documents'], texts: ['No document approved in the window; strong needs 2.'] });
    expect(all.mentoring?.codes).toEqual(['meets_thresholds']);
    expect(all.impact?.codes).toEqual(['meets_thresholds']);
    expect(present.dimensions.find((d) => d.id === 'communication')?.facts).toMatchObject({ documents: 0, outcomes: 2, mentees: 1 });
    expect(byId(run({ sources: { evidence: STRONG, mentoring: [] } })).mentoring?.codes).toEqual(['few_mentees']);
    // Reviews given on other people's documents count toward influence.
    const reviews = byId(run({ sources: { evidence: STRONG, reviews: [{}] } }));
    expect(reviews.influence).toEqual({ status: 'developing', codes: ['few_reviews'], texts: ['1 review of other people’s documents in the window; strong needs 2.'] });
    expect(byId(run({ sources: { evidence: STRONG, reviews: [{}, {}] } })).influence?.codes).toEqual(['meets_thresholds']);

    // Without the evidence source there is no evidence reason at all; assessments still count.
    const noEvidence = byId(run({ sources: { assessments: [manager('2026-09-01', [['scope', 'senior', null]])] } }));
    expect(noEvidence.scope?.codes).toEqual(['manager_rates_below']);
    expect(noEvidence.impact?.codes).toEqual(['meets_thresholds']);
  });

  it('works with the four-level example framework and its own window', () => {
    const framework = fourLevels();
    const evidence = [
      ...entries(5, { dimensions: ['craft'], teams: ['web'], measured: 0, dates: ['2026-10-01'] }),
      ...entries(5, { dimensions: ['collaboration'], teams: ['web', 'mobile'], dates: ['2026-10-01'] }),
      ...entries(5, { dimensions: ['business'], teams: ['web', 'mobile'], measured: 1, dates: ['2026-10-01'] }),
      ...entries(1, { dimensions: ['leadership'], teams: ['web'], measured: 0, dates: ['2026-03-01'] }),
      ...entries(2, { dimensions: ['delivery'], teams: ['web'], dates: ['2025-06-01'] }),
    ];
    const assessments = [manager('2026-10-15', [['craft', 'l5', 'l6']])];
    const r = computeReadiness({ framework, level: 'l6', today: TODAY, ownTeamKeys: ['web'], sources: { evidence, assessments } });
    expect(r.windowMonths).toBe(18);
    const all = byId(r);
    expect(all.craft).toEqual({
      status: 'developing',
      codes: ['manager_rates_approaching'],
      texts: ['The manager rates craft at Senior Engineer, approaching Lead Engineer.'],
    });
    expect(all.collaboration).toMatchObject({ status: 'developing', codes: ['few_teams'] });
    expect(all.business).toMatchObject({ status: 'developing', codes: ['few_measured'] });
    expect(all.business?.texts).toEqual(['1 of the 5 entries tagged business has a measured outcome; strong needs 3.']);
    expect(all.leadership).toMatchObject({ status: 'developing', codes: ['few_evidence', 'single_team', 'own_team_only', 'few_measured', 'no_recent_evidence'] });
    // 2025-06-01 is inside 18 months; 12 leave it out.
    expect(all.delivery).toMatchObject({ status: 'developing', codes: ['few_evidence', 'single_team', 'own_team_only', 'no_recent_evidence'] });
    const shorter = byId(computeReadiness({ framework, level: 'l6', today: TODAY, windowMonths: 12, ownTeamKeys: ['web'], sources: { evidence } }));
    expect(shorter.delivery).toEqual({
      status: 'gap',
      codes: ['no_evidence'],
      texts: ['No evidence tagged delivery in the last 12 months; the latest is from June 2025.'],
    });
  });

  it('teams are counted once whatever their case (shown as first written); future-dated entries do not count', () => {
    const evidence = [
      ...entries(3, { dimensions: ['influence'], teams: ['Search', 'search', 'LEDGER'], dates: RECENT }),
      ...entries(3, { dimensions: ['influence'], teams: ['identity'], dates: ['2027-01-01'] }),
    ];
    const influence = run({ sources: { evidence } }).dimensions.find((d) => d.id === 'influence');
    expect(influence?.facts).toMatchObject({ evidence: 3, teams: 2, latest: '2026-10-20' });
    expect(influence?.reasons.map((x) => x.text)).toContain('2 teams reached (LEDGER, Search); strong needs 3.');
  });

  it('refuses an unknown level, a bad window and a bad date', () => {
    expect(() => run({ level: 'l6', sources: {} })).toThrow(AppError);
    try {
      run({ level: 'distinguished', sources: {} });
    } catch (err) {
      expect(err).toMatchObject({ code: 'validation_failed', errors: [{ pointer: 'level', in: 'query' }] });
    }
    expect(() => run({ windowMonths: 0, sources: {} })).toThrow(AppError);
    expect(() => run({ windowMonths: 2.5, sources: {} })).toThrow(AppError);
    expect(() => run({ today: '2026-02-30', sources: {} })).toThrow(RangeError);
  });

  it('every reason code given is a documented one', () => {
    const codes = new Set<string>();
    const runs = [
      run({ sources: { evidence: STRONG, assessments: [manager('2026-09-01', [['scope', 'senior', null], ['direction', 'senior', 'staff'], ['impact', 'staff', null]])] } }),
      run({ sources: { evidence: entries(3, { dimensions: ALL, teams: [], measured: 0, dates: ['2026-01-01'] }), documents: [], outcomes: [], mentoring: [] } }),
      run({ sources: { evidence: [] } }),
    ];
    for (const r of runs) for (const d of r.dimensions) for (const reason of d.reasons) codes.add(reason.code);
    for (const c of codes) expect(READINESS_REASON_CODES).toContain(c);
    expect(codes).toContain('no_teams');
  });
});

describe('readiness dates', () => {
  it('moves by calendar months and names months in words', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-02', -12)).toBe('2025-11-02');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(monthName('2026-03-14')).toBe('March 2026');
  });
});
