import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PLAN_DETECTORS,
  SCOPE_RULE_KEYS,
  frameworkToYaml,
  loadDefaultFramework,
  parseFrameworkFile,
  scopeThresholdsFor,
  type Framework,
  type FrameworkFileError,
} from '../../src/core/frameworks/framework-file.js';
import { scopeSummary, type ScopeCanvas } from '../../src/core/initiatives/scope-summary.js';

const read = (name: string): string => readFileSync(new URL(`../../frameworks/${name}`, import.meta.url), 'utf8');

function ok(text: string, name = 'test.yaml'): Framework {
  const r = parseFrameworkFile(text, name);
  if ('errors' in r) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.framework;
}

function errors(text: string, name = 'test.yaml'): FrameworkFileError[] {
  const r = parseFrameworkFile(text, name);
  if (!('errors' in r)) throw new Error('expected errors, got a framework');
  return r.errors;
}

const PLAN_IDS = ['get-expectations', 'choose-problem', 'write-plan', 'align-stakeholders', 'mentor-through-work', 'track-outcomes', 'tell-the-story'];

// A small, valid framework whose line numbers the tests below rely on.
const SMALL = [
  'id: tiny', //                                   1
  'name: Tiny ladder', //                          2
  'version: 1', //                                 3
  'description: Two levels, two dimensions.', //   4
  'levels:', //                                    5
  '  - id: low', //                                6
  '    name: Low', //                              7
  '    summary: Lower level.', //                  8
  '  - id: high', //                               9
  '    name: High', //                            10
  '    summary: Higher level.', //                11
  'dimensions:', //                               12
  '  - id: reach', //                             13
  '    name: Reach', //                           14
  '    summary: How far it goes.', //             15
  '    levels:', //                               16
  '      low:', //                                17
  '        description: One team.', //            18
  '        signals: [Shipped a change in one team.]', // 19
  '      high:', //                               20
  '        description: Many teams.', //          21
  '        signals:', //                          22
  '          - Shipped a change three teams use.', // 23
  '  - id: craft', //                             24
  '    name: Craft', //                           25
  '    summary: How well it is built.', //        26
  '    levels:', //                               27
  '      low:', //                                28
  '        description: Tested code.', //         29
  '        signals: [Added a test that caught a regression.]', // 30
  '      high:', //                               31
  '        description: Standards.', //           32
  '        signals: [Wrote a guideline two teams cite.]', // 33
  'readiness:', //                                34
  '  windowMonths: 12', //                        35
  '  recentMonths: 4', //                         36
  '  strong: { minEvidence: 3, minTeams: 2 }', // 37
  '  developing: { minEvidence: 1 }', //          38
  'plan:', //                                     39
  '  - id: write-plan', //                        40
  '    title: Write the plan', //                 41
  '    description: Before building.', //         42
  '    detector: plan-before-implementation', //  43
  '',
].join('\n');

/** SMALL with a `scope` block (its lines) put before `plan:`, so it starts at line 39. */
const withScope = (...lines: string[]): string => SMALL.replace('plan:\n', `${lines.join('\n')}\nplan:\n`);

const SMALL_SCOPE = withScope(
  'scope:', //                                    39
  '  levels:', //                                 40
  '    high:', //                                 41
  '      anyOf:', //                              42
  '        - minOutsideTeams: 2', //              43
  '        - { minOneWayDecisions: 1, minOpenHighRisks: 1 }', // 44
);

describe('shipped framework files', () => {
  it('the default framework parses and carries the model of Staff work', () => {
    const f = ok(read('default.yaml'), 'default.yaml');
    expect(f.id).toBe('staffpath-default');
    expect(f.version).toBe(1);
    expect(f.levels.map((l) => l.id)).toEqual(['senior', 'staff', 'principal']);
    expect(f.dimensions.map((d) => d.id)).toEqual(['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact']);
    for (const d of f.dimensions) {
      expect(Object.keys(d.levels)).toEqual(['senior', 'staff', 'principal']);
      for (const l of Object.values(d.levels)) {
        expect(l.signals.length).toBeGreaterThanOrEqual(3);
        expect(l.signals.length).toBeLessThanOrEqual(6);
      }
    }
    const scope = f.dimensions.find((d) => d.id === 'scope');
    expect(scope?.questions).toHaveLength(5);
    const communication = f.dimensions.find((d) => d.id === 'communication');
    expect(communication?.artifacts?.map((a) => a.id)).toEqual([
      'design-doc', 'rfc', 'migration-plan', 'trade-off', 'incident-review', 'roadmap-input', 'promotion-evidence',
    ]);
    expect(f.dimensions.find((d) => d.id === 'influence')?.practices).toHaveLength(6);
    expect(f.dimensions.find((d) => d.id === 'mentoring')?.practices).toHaveLength(5);
    // Impact kinds use the evidence `impact` ids.
    expect(f.dimensions.find((d) => d.id === 'impact')?.impactKinds?.map((k) => k.id)).toEqual([
      'cost', 'reliability', 'developer-speed', 'capability', 'risk', 'performance',
    ]);
    expect(f.plan.map((s) => s.id)).toEqual(PLAN_IDS);
    expect(f.plan.map((s) => s.detector)).toEqual([...PLAN_DETECTORS]);
    expect(f.readiness).toMatchObject({ windowMonths: 12, recentMonths: 4, developing: { minEvidence: 2 } });
    expect(f.scope).toEqual({
      levels: {
        senior: { anyOf: [{ minTeams: 1 }] },
        staff: { anyOf: [{ minOutsideTeams: 2 }, { minOneWayDecisions: 1, minOpenHighRisks: 1 }] },
        principal: { anyOf: [{ minOutsideTeams: 4 }, { minOutsideTeams: 2, minOneWayDecisions: 2, minOpenHighRisks: 1 }] },
      },
    });
  });

  it('loadDefaultFramework finds the file relative to the module and hands out copies', () => {
    const a = loadDefaultFramework();
    const b = loadDefaultFramework();
    expect(a).toEqual(ok(read('default.yaml')));
    a.levels.pop();
    expect(b.levels).toHaveLength(3);
    expect(loadDefaultFramework().levels).toHaveLength(3);
  });

  it('the four-level example parses with its own levels, dimensions and thresholds', () => {
    const f = ok(read('example-four-levels.yaml'));
    expect(f.levels.map((l) => l.id)).toEqual(['l4', 'l5', 'l6', 'l7']);
    expect(f.dimensions.map((d) => d.id)).toEqual(['craft', 'delivery', 'leadership', 'collaboration', 'business']);
    for (const d of f.dimensions) expect(Object.keys(d.levels)).toEqual(['l4', 'l5', 'l6', 'l7']);
    expect(f.plan.map((s) => s.id)).toEqual(PLAN_IDS);
    expect(f.readiness.windowMonths).toBe(18);
    expect(Object.keys(f.scope?.levels ?? {})).toEqual(['l4', 'l5', 'l6', 'l7']);
    expect(scopeThresholdsFor(f, 'l6')).toEqual({ anyOf: [{ minOutsideTeams: 3 }, { minOneWayDecisions: 2, minOpenHighRisks: 1 }] });
  });

  it('the same scope canvas meets the default Staff bar and falls short of the example’s Lead Engineer bar', () => {
    const byDefault = ok(read('default.yaml'), 'default.yaml');
    const byExample = ok(read('example-four-levels.yaml'), 'example-four-levels.yaml');
    const key = (name: string) => name.trim().toLowerCase();
    const canvas: ScopeCanvas = {
      teams: ['Payments', 'Checkout', 'Platform'],
      decisions: [{ text: 'Retire the old ledger API', reversible: false }],
      risks: [{ text: 'Partners miss the cut-over', likelihood: 'medium', severity: 'high', open: true }],
      duplication: [],
      investments: [],
    };
    const summarise = (f: Framework, levelId: string) => {
      const level = f.levels.find((l) => l.id === levelId);
      if (!level) throw new Error(`no level ${levelId}`);
      return scopeSummary(canvas, {
        organisationTeamKeys: new Set(['payments', 'checkout', 'platform']),
        ownTeamKeys: new Set(['payments']),
        keyOf: key,
        level: { id: level.id, name: level.name },
        thresholds: scopeThresholdsFor(f, levelId),
      });
    };
    const staff = summarise(byDefault, 'staff');
    expect(staff).toMatchObject({ teams: 3, outsideTeams: 2, oneWayDecisions: 1, openHighRisks: 1, meetsLevel: true });
    expect(staff.reasons[0]?.text).toMatch(/^Reads as Staff scope: at least 2 teams beyond your own\./);
    const lead = summarise(byExample, 'l6');
    expect(lead).toMatchObject({ outsideTeams: 2, meetsLevel: false });
    expect(lead.reasons[0]?.text).toMatch(
      /^Does not yet read as Lead Engineer scope, which asks for at least 3 teams beyond your own, or at least 2 one-way decisions together with at least 1 open high risk\./,
    );
  });

  it('the schema file lists the same plan detectors as the code', () => {
    const schema = JSON.parse(read('framework.schema.json')) as {
      definitions: { planStep: { properties: { detector: { enum: string[] } } } };
    };
    expect(schema.definitions.planStep.properties.detector.enum).toEqual([...PLAN_DETECTORS]);
  });

  it('the schema file lists the same scope rule keys as the code', () => {
    const schema = JSON.parse(read('framework.schema.json')) as { definitions: { scopeRule: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.definitions.scopeRule.properties)).toEqual([...SCOPE_RULE_KEYS]);
  });
});

describe('scope thresholds', () => {
  it('parse, and a level without an entry has no bar', () => {
    const f = ok(SMALL_SCOPE);
    expect(f.scope).toEqual({ levels: { high: { anyOf: [{ minOutsideTeams: 2 }, { minOneWayDecisions: 1, minOpenHighRisks: 1 }] } } });
    expect(scopeThresholdsFor(f, 'high')).toEqual(f.scope?.levels.high);
    expect(scopeThresholdsFor(f, 'low')).toBeNull();
    expect(scopeThresholdsFor(f, 'constructor')).toBeNull();
    expect(scopeThresholdsFor(ok(SMALL), 'high')).toBeNull();
    expect(ok(SMALL).scope).toBeUndefined();
  });

  it('levels come out in the framework’s order and rule keys in the documented order', () => {
    const f = ok(
      withScope(
        'scope:',
        '  levels:',
        '    high: { anyOf: [{ minOpenHighRisks: 1, minTeams: 2, minOneWayDecisions: 1, minOutsideTeams: 1 }] }',
        '    low: { anyOf: [{ minTeams: 1 }] }',
      ),
    );
    expect(Object.keys(f.scope?.levels ?? {})).toEqual(['low', 'high']);
    expect(Object.keys(f.scope?.levels.high?.anyOf[0] ?? {})).toEqual([...SCOPE_RULE_KEYS]);
  });

  it('a level the framework does not have is named with its line and column', () => {
    const text = SMALL_SCOPE.replace('    high:\n      anyOf:', '    top:\n      anyOf:');
    expect(errors(text)).toEqual([
      { line: 41, column: 5, field: 'scope.levels.top', pointer: '/scope/levels/top', message: 'is not a level of this framework (levels: low, high)' },
    ]);
  });

  it('an unknown rule key, a negative or fractional minimum, an empty alternative', () => {
    const text = SMALL_SCOPE.replace('- minOutsideTeams: 2', '- minOutsideTeam: 2').replace(
      '{ minOneWayDecisions: 1, minOpenHighRisks: 1 }',
      '{ minOneWayDecisions: -1, minOpenHighRisks: 0.5 }\n        - {}',
    );
    expect(errors(text).map((e) => [e.line, e.field, e.message])).toEqual([
      [43, 'scope.levels.high.anyOf[0].minOutsideTeam', `is not a known field here (expected: ${SCOPE_RULE_KEYS.join(', ')})`],
      [44, 'scope.levels.high.anyOf[1].minOneWayDecisions', 'must be 0 or more'],
      [44, 'scope.levels.high.anyOf[1].minOpenHighRisks', 'must be a whole number'],
      [45, 'scope.levels.high.anyOf[2]', `must set at least one minimum (${SCOPE_RULE_KEYS.join(', ')})`],
    ]);
  });

  it('anyOf must list 1 to 10 alternatives; levels is required', () => {
    expect(errors(withScope('scope:', '  levels:', '    high: { anyOf: [] }')).map((e) => [e.line, e.field, e.message])).toEqual([
      [41, 'scope.levels.high.anyOf', 'must list at least 1'],
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `{ minTeams: ${i} }`).join(', ');
    expect(errors(withScope('scope:', '  levels:', `    high: { anyOf: [${eleven}] }`)).map((e) => [e.line, e.field, e.message])).toEqual([
      [41, 'scope.levels.high.anyOf', 'must list at most 10'],
    ]);
    expect(errors(withScope('scope:', '  levels:', '    high:', '      minTeams: 1')).map((e) => [e.line, e.field, e.message])).toEqual([
      [41, 'scope.levels.high.anyOf', 'is required'],
      [42, 'scope.levels.high.minTeams', 'is not a known field here (expected: anyOf)'],
    ]);
    expect(errors(withScope('scope: {}')).map((e) => [e.line, e.field, e.message])).toEqual([[39, 'scope.levels', 'is required']]);
  });
});

describe('errors name the line and the field', () => {
  it('the small fixture is valid', () => {
    const f = ok(SMALL);
    expect(f.dimensions[0]?.levels.low?.signals).toEqual(['Shipped a change in one team.']);
  });

  it('a YAML syntax error', () => {
    const text = SMALL.replace('        signals: [Added a test that caught a regression.]', '        signals: [Added a test that caught a regression.');
    // Only the first syntax error is reported; the parser notices the missing ] on the next
    // line, and the message names the line where the list began.
    const [e, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ line: 31, field: 'dimensions[1].levels.low.signals[0]' });
    expect(e?.message).toMatch(/^YAML syntax error: .*\]/);
    expect(e?.message).toMatch(/starts at line 30\)$/);
  });

  it('a duplicate key is a syntax error on its line', () => {
    const text = SMALL.replace('    name: Craft\n', '    name: Craft\n    name: Craft again\n');
    expect(errors(text)).toEqual([
      { line: 26, column: 5, field: 'dimensions[1].name', pointer: '/dimensions/1/name', message: 'YAML syntax error: Map keys must be unique' },
    ]);
  });

  it('a missing field points at the object that lacks it', () => {
    const text = SMALL.replace('    summary: How well it is built.\n', '');
    expect(errors(text)).toEqual([{ line: 24, column: 5, field: 'dimensions[1].summary', pointer: '/dimensions/1/summary', message: 'is required' }]);
  });

  it('a missing top-level section', () => {
    const text = SMALL.slice(0, SMALL.indexOf('plan:'));
    expect(errors(text)).toEqual([{ line: 1, column: 1, field: 'plan', pointer: '/plan', message: 'is required' }]);
  });

  it('a dimension missing a level points at its levels', () => {
    const text = SMALL.replace('      high:\n        description: Standards.\n        signals: [Wrote a guideline two teams cite.]\n', '');
    expect(errors(text)).toEqual([
      {
        line: 27,
        column: 5,
        field: 'dimensions[1].levels.high',
        pointer: '/dimensions/1/levels/high',
        message: 'is missing: every dimension must describe every level (low, high)',
      },
    ]);
  });

  it('a level the framework does not have', () => {
    const text = SMALL.replace('      high:\n        description: Standards.', '      hihg:\n        description: Standards.');
    const e = errors(text);
    expect(e.map((x) => [x.line, x.field])).toEqual([
      [27, 'dimensions[1].levels.high'],
      [31, 'dimensions[1].levels.hihg'],
    ]);
    expect(e[1]?.message).toBe('is not a level of this framework (levels: low, high)');
  });

  it('an unknown plan detector', () => {
    const text = SMALL.replace('detector: plan-before-implementation', 'detector: plan-first');
    const [e, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ line: 43, column: 15, field: 'plan[0].detector' });
    expect(e?.message).toBe(`must be one of: ${PLAN_DETECTORS.join(', ')}`);
  });

  it('a duplicate id', () => {
    const text = SMALL.replace('  - id: craft', '  - id: reach');
    expect(errors(text)).toEqual([
      { line: 24, column: 9, field: 'dimensions[1].id', pointer: '/dimensions/1/id', message: 'duplicates the dimension id "reach" already used at position 1' },
    ]);
  });

  it('thresholds must be whole numbers of zero or more', () => {
    const text = SMALL.replace('minEvidence: 3, minTeams: 2', 'minEvidence: -1, minTeams: 1.5');
    expect(errors(text).map((e) => [e.line, e.field, e.message])).toEqual([
      [37, 'readiness.strong.minEvidence', 'must be 0 or more'],
      [37, 'readiness.strong.minTeams', 'must be a whole number'],
    ]);
  });

  it('overrides must name known dimensions and levels', () => {
    const text = SMALL.replace(
      '  developing: { minEvidence: 1 }\n',
      '  developing: { minEvidence: 1 }\n  dimensions:\n    reech: { strong: { minTeams: 3 } }\n  levels:\n    top: { strong: { minTeams: 3 } }\n',
    );
    expect(errors(text).map((e) => [e.line, e.field])).toEqual([
      [40, 'readiness.dimensions.reech'],
      [42, 'readiness.levels.top'],
    ]);
  });

  it('unknown fields, bad ids, empty signal lists and wrong types', () => {
    const text = SMALL.replace('  - id: high', '  - id: High')
      .replace('    name: Reach\n', '    name: Reach\n    colour: blue\n')
      .replace('signals: [Wrote a guideline two teams cite.]', 'signals: []')
      .replace('version: 1', 'version: "one"');
    expect(errors(text).map((e) => [e.line, e.field, e.message])).toEqual([
      [3, 'version', 'must be a whole number'],
      [9, 'levels[1].id', 'must be an id: a lowercase letter, then letters, digits or hyphens (at most 40)'],
      [15, 'dimensions[0].colour', 'is not a known field here (expected: id, name, summary, principle, questions, artifacts, practices, impactKinds, levels)'],
      [34, 'dimensions[1].levels.high.signals', 'must list at least 1'],
    ]);
  });

  it('the whole file: empty, or not a mapping', () => {
    expect(errors('  \n', 'x.yaml')[0]).toMatchObject({ line: 1, field: '', message: 'x.yaml is empty.' });
    expect(errors('- a\n- b\n', 'x.yaml')[0]?.message).toMatch(/must hold a mapping/);
  });

  it('JSON files are read too, with lines', () => {
    const f = ok(SMALL);
    const json = JSON.stringify(f, null, '\t');
    expect(ok(json, 'tiny.json')).toEqual(f);
    const broken = JSON.stringify({ ...f, plan: [{ ...f.plan[0], detector: 'nope' }] }, null, 2);
    const [e] = errors(broken, 'tiny.json');
    const line = broken.split('\n').findIndex((l) => l.includes('"nope"')) + 1;
    expect(e).toMatchObject({ line, field: 'plan[0].detector' });
  });
});

describe('export', () => {
  it('round-trips both shipped frameworks and the fixture through YAML', () => {
    for (const text of [read('default.yaml'), read('example-four-levels.yaml'), SMALL, SMALL_SCOPE]) {
      const f = ok(text);
      const yaml = frameworkToYaml(f);
      expect(ok(yaml)).toEqual(f);
      expect(frameworkToYaml(ok(yaml))).toBe(yaml);
    }
  });

  it('the export writes the scope block between readiness and plan', () => {
    const f = ok(read('default.yaml'));
    expect(f.scope).toBeDefined();
    expect(Object.keys(f)).toEqual(['id', 'name', 'version', 'description', 'levels', 'dimensions', 'readiness', 'scope', 'plan']);
    const yaml = frameworkToYaml(f);
    const top = yaml.split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
    expect(top).toEqual(['id', 'name', 'version', 'description', 'levels', 'dimensions', 'readiness', 'scope', 'plan']);
    expect(ok(yaml).scope).toEqual(f.scope);
  });
});
