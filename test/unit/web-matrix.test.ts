import { describe, expect, test } from 'vitest';
import type { DecisionMatrix, DocumentComment, RankedOption } from '../../src/web/api/types.js';
import { groupComments } from '../../src/web/components/documents/comment-groups.js';
import * as edit from '../../src/web/components/documents/matrix/matrix-edit.js';
import { stillToAnswerText } from '../../src/web/components/documents/labels.js';

const base: DecisionMatrix = {
  options: [
    { id: 'managed', name: 'Managed Postgres' },
    { id: 'self', name: 'Self-hosted' },
  ],
  criteria: [
    { id: 'cost', name: 'Cost', weight: 3 },
    { id: 'ops', name: 'Operations', weight: 1 },
  ],
  scores: { managed: { cost: 2, ops: 5 }, self: { cost: 4, ops: 1 } },
  chosen: { optionId: 'managed', reason: '' },
};

describe('decision matrix edits', () => {
  test('ids are short slugs of the name, unique, with a fallback for names without letters', () => {
    expect(edit.slugId('Managed Postgres', [], 'option')).toBe('managed-postgres');
    expect(edit.slugId('Managed  Postgres!', ['managed-postgres'], 'option')).toBe('managed-postgres-2');
    expect(edit.slugId('Managed Postgres', ['managed-postgres', 'managed-postgres-2'], 'option')).toBe('managed-postgres-3');
    expect(edit.slugId('Café crème', [], 'option')).toBe('cafe-creme');
    expect(edit.slugId('★★★', [], 'criterion')).toBe('criterion');
    expect(edit.slugId('★', ['criterion'], 'criterion')).toBe('criterion-2');
    const long = edit.slugId('a very long name '.repeat(10), [], 'option');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('-')).toBe(false);
  });

  test('adding keeps the others and gives a fresh id; criteria start with weight 1', () => {
    const m = edit.addCriterion(edit.addOption(base, 'Self hosted'), 'Cost');
    expect(m.options.map((o) => o.id)).toEqual(['managed', 'self', 'self-hosted']);
    expect(m.criteria.at(-1)).toEqual({ id: 'cost-2', name: 'Cost', weight: 1 });
    expect(base.options).toHaveLength(2);
  });

  test('removing an option drops its scores and the choice of it; removing a criterion drops its column', () => {
    const withoutManaged = edit.removeOption(base, 'managed');
    expect(withoutManaged.options.map((o) => o.id)).toEqual(['self']);
    expect(withoutManaged.scores).toEqual({ self: { cost: 4, ops: 1 } });
    expect(withoutManaged.chosen).toBeNull();
    expect(edit.removeOption(base, 'self').chosen).toEqual(base.chosen);
    const withoutCost = edit.removeCriterion(base, 'cost');
    expect(withoutCost.criteria.map((c) => c.id)).toEqual(['ops']);
    expect(withoutCost.scores).toEqual({ managed: { ops: 5 }, self: { ops: 1 } });
  });

  test('a cleared score is a gap, not a zero; weights and names change in place', () => {
    expect(edit.setScore(base, 'self', 'ops', null).scores.self).toEqual({ cost: 4 });
    expect(edit.setScore(base, 'self', 'ops', 0).scores.self).toEqual({ cost: 4, ops: 0 });
    expect(edit.setScore(edit.addOption(base, 'New'), 'new', 'cost', 3).scores.new).toEqual({ cost: 3 });
    expect(edit.setWeight(base, 'ops', 2).criteria[1]).toEqual({ id: 'ops', name: 'Operations', weight: 2 });
    expect(edit.renameOption(base, 'self', 'On our own hardware').options[1]).toEqual({ id: 'self', name: 'On our own hardware' });
  });

  test('choosing keeps the reason; clearing the choice removes it; a reason needs a choice', () => {
    const reasoned = edit.setReason(base, 'The team knows it.');
    expect(edit.choose(reasoned, 'self').chosen).toEqual({ optionId: 'self', reason: 'The team knows it.' });
    expect(edit.choose(reasoned, null).chosen).toBeNull();
    expect(edit.setReason(edit.choose(base, null), 'x').chosen).toBeNull();
  });

  test('what the totals depend on: not the choice or its reason, but names, weights and scores', () => {
    const inputs = edit.rankingInputs(base);
    expect(edit.rankingInputs(edit.setReason(base, 'because'))).toBe(inputs);
    expect(edit.rankingInputs(edit.choose(base, 'self'))).toBe(inputs);
    expect(edit.rankingInputs(edit.setWeight(base, 'cost', 2))).not.toBe(inputs);
    expect(edit.rankingInputs(edit.setScore(base, 'self', 'ops', 2))).not.toBe(inputs);
    expect(edit.rankingInputs(edit.renameOption(base, 'self', 'Other'))).not.toBe(inputs);
    expect(edit.rankingInputs(null)).toBe('');
  });

  test('a chosen option below the top one needs a reason (by the server’s ranking)', () => {
    const ranking: RankedOption[] = [
      { optionId: 'self', name: 'Self-hosted', total: 13, rank: 1, missing: [] },
      { optionId: 'managed', name: 'Managed Postgres', total: 11, rank: 2, missing: [] },
    ];
    expect(edit.needsReason(base, ranking)).toEqual({ chosen: ranking[1], top: ranking[0] });
    expect(edit.needsReason(edit.setReason(base, 'Nobody wants pager duty.'), ranking)).toBeNull();
    expect(edit.needsReason(edit.choose(base, 'self'), ranking)).toBeNull();
    expect(edit.needsReason(edit.choose(base, null), ranking)).toBeNull();
    expect(edit.needsReason(base, null)).toBeNull();
    const tied = ranking.map((r) => ({ ...r, rank: 1 }));
    expect(edit.needsReason(base, tied)).toBeNull();
  });

  test('typed numbers: empty is null, half-typed is not yet a number', () => {
    expect(edit.parseNumber('')).toBeNull();
    expect(edit.parseNumber('  ')).toBeNull();
    expect(edit.parseNumber('3')).toBe(3);
    expect(edit.parseNumber('-2.5')).toBe(-2.5);
    expect(edit.parseNumber('0,5')).toBe(0.5);
    expect(edit.parseNumber('.5')).toBe(0.5);
    for (const t of ['1.', '-', 'abc', '1e5', '2x']) expect(edit.parseNumber(t)).toBeUndefined();
  });
});

const comment = (id: string, section: string, createdAt: string, extra: Partial<DocumentComment> = {}): DocumentComment => ({
  id,
  documentId: 'd1',
  authorId: 'p1',
  section,
  body: `body ${id}`,
  parentId: null,
  resolved: false,
  resolvedAt: null,
  resolvedById: null,
  createdAt,
  ...extra,
});

describe('comments grouped by section', () => {
  const comments = [
    comment('c3', 'Proposal', '2026-01-01T10:03:00Z'),
    comment('c1', 'Motivation', '2026-01-01T10:01:00Z'),
    comment('r1', 'Motivation', '2026-01-01T10:05:00Z', { parentId: 'c1' }),
    comment('r0', 'Motivation', '2026-01-01T10:02:00Z', { parentId: 'c1' }),
    comment('c4', 'Old heading', '2026-01-01T10:04:00Z'),
    comment('c5', 'Proposal', '2026-01-01T10:06:00Z', { resolved: true, resolvedAt: '2026-01-02T00:00:00Z', resolvedById: 'p2' }),
    comment('orphan-reply', 'Proposal', '2026-01-01T10:07:00Z', { parentId: 'missing' }),
  ];

  test('sections in document order, threads oldest first with their replies, gone headings at the end', () => {
    const g = groupComments(comments, ['Summary', 'Motivation', 'Proposal'], false);
    expect(g.sections.map((s) => [s.section, s.threads.map((t) => t.root.id)])).toEqual([
      ['Summary', []],
      ['Motivation', ['c1']],
      ['Proposal', ['c3', 'orphan-reply']],
    ]);
    expect(g.sections[1]?.threads[0]?.replies.map((r) => r.id)).toEqual(['r0', 'r1']);
    expect(g.orphaned.map((t) => t.root.id)).toEqual(['c4']);
    expect(g.resolvedCount).toBe(1);
    expect(g.openCount).toBe(4);
  });

  test('resolved threads are shown only when asked for', () => {
    const g = groupComments(comments, ['Summary', 'Motivation', 'Proposal'], true);
    expect(g.sections[2]?.threads.map((t) => t.root.id)).toEqual(['c3', 'c5', 'orphan-reply']);
    expect(groupComments([], [], false)).toEqual({ sections: [], orphaned: [], resolvedCount: 0, openCount: 0 });
  });
});

describe('who still has to answer, in words', () => {
  test('names the person and the reason; the reader is "you"', () => {
    expect(stillToAnswerText('Ana', 'not-approved')).toBe('Ana has not approved yet');
    expect(stillToAnswerText('Sam', 'requested-changes')).toBe('Sam asked for changes');
    expect(stillToAnswerText('You', 'not-approved', true)).toBe('You have not approved yet');
  });
});
