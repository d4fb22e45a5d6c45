import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES, TRANSITIONS, transitionProblem, type DocumentStatus } from '../../src/core/documents/document-lifecycle.js';
import { approvalState, standingVerdicts, stillToAnswer, type ReviewFact } from '../../src/core/documents/review-rules.js';
import { matrixFindings, matrixProblems, rankOptions, type DecisionMatrix } from '../../src/core/documents/decision-matrix.js';

describe('document lifecycle', () => {
  const legal: [DocumentStatus, DocumentStatus][] = [
    ['draft', 'in-review'],
    ['draft', 'abandoned'],
    ['in-review', 'approved'],
    ['in-review', 'rejected'],
    ['in-review', 'draft'],
    ['in-review', 'abandoned'],
    ['approved', 'superseded'],
    ['approved', 'abandoned'],
  ];

  it('allows exactly the documented moves, and refuses every other pair', () => {
    for (const from of DOCUMENT_STATUSES) {
      for (const to of DOCUMENT_STATUSES) {
        const isLegal = legal.some(([f, t]) => f === from && t === to);
        const problem = transitionProblem(from, to, to === 'superseded' ? { supersededBy: 'newer', selfId: 'this' } : {});
        expect(problem === null, `${from} → ${to}`).toBe(isLegal);
        if (!isLegal) expect(problem?.code, `${from} → ${to}`).toBe('illegal_transition');
      }
    }
    expect(Object.values(TRANSITIONS).flat()).toHaveLength(legal.length);
  });

  it('says in words where a document can go, and that final ones are final', () => {
    expect(transitionProblem('draft', 'approved')?.message).toBe('A document that is draft can move to in-review or abandoned, not to approved.');
    expect(transitionProblem('rejected', 'draft')?.message).toBe('A document that is rejected is final; it cannot move to draft.');
  });

  it('superseding names a newer document, never itself; other moves name none', () => {
    expect(transitionProblem('approved', 'superseded')).toMatchObject({ code: 'validation_failed', pointer: '/supersededBy' });
    expect(transitionProblem('approved', 'superseded', { supersededBy: 'd1', selfId: 'd1' })?.message).toBe('A document cannot supersede itself.');
    expect(transitionProblem('approved', 'superseded', { supersededBy: 'd2', selfId: 'd1' })).toBeNull();
    expect(transitionProblem('approved', 'abandoned', { supersededBy: 'd2' })).toMatchObject({ pointer: '/supersededBy' });
  });
});

describe('review and sign-off', () => {
  const at = (n: number) => `2026-12-0${n}T10:00:00.000Z`;
  const reviewers = [
    { personId: 'ana', required: true },
    { personId: 'ben', required: true },
    { personId: 'cy', required: false },
  ];

  it('a reviewer’s standing verdict is their latest approve or request-changes; comments change nothing', () => {
    const reviews: ReviewFact[] = [
      { reviewerId: 'ana', verdict: 'request-changes', at: at(1) },
      { reviewerId: 'ana', verdict: 'approve', at: at(2) },
      { reviewerId: 'ana', verdict: 'comment', at: at(3) },
      { reviewerId: 'ben', verdict: 'comment', at: at(1) },
    ];
    expect(Object.fromEntries(standingVerdicts(reviews))).toEqual({ ana: 'approve' });
  });

  it('approval needs every required approver and no request-changes outstanding, from anyone', () => {
    expect(approvalState(reviewers, [])).toEqual({
      mayApprove: false,
      pending: [
        { personId: 'ana', why: 'not-approved' },
        { personId: 'ben', why: 'not-approved' },
      ],
    });
    const both: ReviewFact[] = [
      { reviewerId: 'ana', verdict: 'approve', at: at(1) },
      { reviewerId: 'ben', verdict: 'approve', at: at(2) },
    ];
    expect(approvalState(reviewers, both)).toEqual({ mayApprove: true, pending: [] });
    // An optional reviewer asking for changes holds it up too, until they approve.
    const held = [...both, { reviewerId: 'cy', verdict: 'request-changes' as const, at: at(3) }];
    expect(stillToAnswer(reviewers, held)).toEqual([{ personId: 'cy', why: 'requested-changes' }]);
    expect(approvalState(reviewers, [...held, { reviewerId: 'cy', verdict: 'approve', at: at(4) }]).mayApprove).toBe(true);
    // A required approver who later asks for changes withdraws their approval.
    expect(stillToAnswer(reviewers, [...both, { reviewerId: 'ben', verdict: 'request-changes', at: at(5) }])).toEqual([{ personId: 'ben', why: 'requested-changes' }]);
  });

  it('with no required approver, approval waits only on requested changes', () => {
    expect(approvalState([{ personId: 'cy', required: false }], []).mayApprove).toBe(true);
  });
});

describe('the decision matrix of a trade-off', () => {
  const matrix = (chosen: DecisionMatrix['chosen'], scores: DecisionMatrix['scores'] = { kafka: { cost: 2, ops: 5 }, sqs: { cost: 5, ops: 3 }, pg: { cost: 4, ops: 4 } }): DecisionMatrix => ({
    options: [
      { id: 'kafka', name: 'Kafka' },
      { id: 'sqs', name: 'SQS' },
      { id: 'pg', name: 'Postgres queue' },
    ],
    criteria: [
      { id: 'cost', name: 'Cost', weight: 2 },
      { id: 'ops', name: 'Operability', weight: 1 },
    ],
    scores,
    chosen,
  });

  it('totals are weighted sums; ranks go best first and ties share a rank', () => {
    expect(rankOptions(matrix(null)).map((r) => [r.name, r.total, r.rank])).toEqual([
      ['SQS', 13, 1],
      ['Postgres queue', 12, 2],
      ['Kafka', 9, 3],
    ]);
    const tied = rankOptions(matrix(null, { kafka: { cost: 5, ops: 3 }, sqs: { cost: 5, ops: 3 }, pg: { cost: 1, ops: 1 } }));
    expect(tied.map((r) => [r.optionId, r.rank])).toEqual([['kafka', 1], ['sqs', 1], ['pg', 3]]);
  });

  it('a missing score is a gap the linter names, counted as 0', () => {
    const gaps = matrix({ optionId: 'sqs', reason: '' }, { kafka: { cost: 2 }, sqs: { cost: 5, ops: 3 }, pg: { cost: 4, ops: 4 } });
    expect(rankOptions(gaps).find((r) => r.optionId === 'kafka')).toMatchObject({ total: 4, missing: ['ops'] });
    expect(matrixFindings(gaps).map((f) => f.code)).toEqual(['unscored']);
  });

  it('choosing a lower-ranked option needs a reason; the top one does not', () => {
    expect(matrixFindings(matrix({ optionId: 'sqs', reason: '' }))).toEqual([]);
    expect(matrixFindings(matrix({ optionId: 'kafka', reason: '  ' }))).toEqual([
      { code: 'chosen_not_top_without_reason', message: '“Kafka” was chosen although “SQS” scores higher (13 against 9); say why.' },
    ]);
    expect(matrixFindings(matrix({ optionId: 'kafka', reason: 'The platform team already runs it.' }))).toEqual([]);
    expect(matrixFindings(matrix(null)).map((f) => f.code)).toEqual(['no_choice']);
  });

  it('names what is wrong with a matrix’s shape, by pointer', () => {
    const bad: DecisionMatrix = {
      options: [{ id: 'a', name: 'A' }, { id: 'a', name: 'A again' }],
      criteria: [{ id: 'c', name: 'C', weight: -1 }],
      scores: { a: { c: 1, ghost: 2 }, nope: {} },
      chosen: { optionId: 'z', reason: '' },
    };
    expect(matrixProblems(bad).map((e) => e.pointer)).toEqual(['/matrix/options/1/id', '/matrix/criteria/0/weight', '/matrix/scores/a/ghost', '/matrix/scores/nope', '/matrix/chosen/optionId']);
    expect(matrixProblems(matrix(null))).toEqual([]);
  });
});
