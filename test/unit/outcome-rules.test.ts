import { describe, expect, test } from 'vitest';
import { latestMeasurement, oldestFirst, outcomeProgress, progressWords, targetProblem } from '../../src/core/outcomes/outcome-rules.js';
import { csvRecords, parseMeasurementsCsv } from '../../src/core/outcomes/measurement-csv.js';
import { isStale, nextHistory, stillToAnswer } from '../../src/core/stakeholders/stakeholder-rules.js';

describe('outcome progress', () => {
  test('both directions: halfway, reached, passed, the wrong way, no data', () => {
    // p99 latency, lower is better: 800 → 200.
    expect(outcomeProgress(800, 200, 500)).toBe(0.5);
    expect(outcomeProgress(800, 200, 200)).toBe(1);
    expect(outcomeProgress(800, 200, 100)).toBeCloseTo(7 / 6);
    expect(outcomeProgress(800, 200, 1100)).toBe(-0.5);
    // Conversion, higher is better: 2 → 4.
    expect(outcomeProgress(2, 4, 3)).toBe(0.5);
    expect(outcomeProgress(2, 4, 5)).toBe(1.5);
    expect(outcomeProgress(2, 4, 1)).toBe(-0.5);
    expect(outcomeProgress(2, 4, null)).toBeNull();
    expect(progressWords(null)).toBe('No measurement yet');
    expect(progressWords(1.5)).toBe('Target passed');
    expect(progressWords(-0.5)).toBe('Moved the wrong way');
    expect(progressWords(0.25)).toBe('25% of the way to the target');
  });

  test('a target on the wrong side of the baseline, or equal to it, is refused naming target', () => {
    expect(targetProblem('lower', 800, 900)?.pointer).toBe('/target');
    expect(targetProblem('higher', 2, 1)?.pointer).toBe('/target');
    expect(targetProblem('higher', 2, 2)?.pointer).toBe('/target');
    expect(targetProblem('lower', 800, 200)).toBeNull();
    expect(targetProblem('higher', 2, 4)).toBeNull();
  });

  test('the latest measurement is the latest date; on one day, the last recorded', () => {
    const ms = [
      { id: 'a', value: 1, measuredOn: '2026-03-01' },
      { id: 'b', value: 2, measuredOn: '2026-05-01' },
      { id: 'c', value: 3, measuredOn: '2026-05-01' },
      { id: 'd', value: 4, measuredOn: '2026-04-01' },
    ];
    expect(latestMeasurement(ms)?.id).toBe('c');
    expect(oldestFirst(ms).map((m) => m.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(latestMeasurement([])).toBeNull();
  });
});

describe('measurement CSV, all or nothing', () => {
  test('good rows, any column order, quoted notes with commas and line breaks', () => {
    const text = 'value,measuredOn,note\r\n800,2026-01-05,"before the cache, baseline"\n500,2026-02-05,"half way\nthere"\n\n200,2026-03-05,\n';
    const result = parseMeasurementsCsv(text);
    expect(result).toEqual({
      ok: true,
      rows: [
        { measuredOn: '2026-01-05', value: 800, note: 'before the cache, baseline' },
        { measuredOn: '2026-02-05', value: 500, note: 'half way\nthere' },
        { measuredOn: '2026-03-05', value: 200, note: '' },
      ],
    });
    expect(parseMeasurementsCsv('measuredOn,value\n2026-01-05,-1.5e2').ok).toBe(true);
  });

  test('a bad row names its row and column, and nothing is imported', () => {
    const result = parseMeasurementsCsv('measuredOn,value,note\n2026-01-05,800,ok\n2026-02-30,fast,\n2026-03-05,200,x\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer)).toEqual(['/rows/2/measuredOn', '/rows/2/value']);
    expect(result.errors.every((e) => e.message.startsWith('In row 2:'))).toBe(true);
  });

  test('a wrong header, a missing value, a short row and an empty file are explained', () => {
    const header = parseMeasurementsCsv('date,value\n2026-01-05,1');
    expect(!header.ok && header.errors[0]?.message).toMatch(/missing measuredOn; unknown date/);
    const short = parseMeasurementsCsv('measuredOn,value,note\n2026-01-05,1');
    expect(!short.ok && short.errors[0]?.pointer).toBe('/rows/1');
    const blank = parseMeasurementsCsv('measuredOn,value\n2026-01-05,');
    expect(!blank.ok && blank.errors[0]).toEqual({ pointer: '/rows/1/value', message: 'In row 1: the value is missing.' });
    expect(parseMeasurementsCsv('').ok).toBe(false);
    expect(parseMeasurementsCsv('measuredOn,value\n').ok).toBe(false);
    expect(csvRecords('a,"b').unclosedQuote).toBe(true);
  });
});

describe('stakeholders', () => {
  test('history starts with the first stance and grows only when the stance changes', () => {
    let h = nextHistory([], 'unaware', 't1');
    h = nextHistory(h, 'unaware', 't2');
    h = nextHistory(h, 'supportive', 't3');
    h = nextHistory(h, 'approved', 't4');
    expect(h).toEqual([
      { stance: 'unaware', at: 't1' },
      { stance: 'supportive', at: 't3' },
      { stance: 'approved', at: 't4' },
    ]);
  });

  test('stale after the configured days, cleared by contact, never on a closed parent', () => {
    const today = '2026-12-01';
    expect(isStale({ parentOpen: true, lastContactOn: null, today, staleDays: 21 })).toBe(true);
    expect(isStale({ parentOpen: true, lastContactOn: '2026-11-10', today, staleDays: 21 })).toBe(false);
    expect(isStale({ parentOpen: true, lastContactOn: '2026-11-09', today, staleDays: 21 })).toBe(true);
    expect(isStale({ parentOpen: true, lastContactOn: '2026-11-09', today, staleDays: 30 })).toBe(false);
    expect(isStale({ parentOpen: false, lastContactOn: null, today, staleDays: 21 })).toBe(false);
  });

  test('who still has to answer: approvers not yet approved, and anyone blocking or concerned', () => {
    const people = [
      { id: 1, role: 'approver', stance: 'approved' },
      { id: 2, role: 'approver', stance: 'supportive' },
      { id: 3, role: 'consulted', stance: 'concerned' },
      { id: 4, role: 'informed', stance: 'blocking' },
      { id: 5, role: 'consulted', stance: 'supportive' },
    ] as const;
    expect(stillToAnswer(people).map((s) => s.id)).toEqual([2, 3, 4]);
  });
});
