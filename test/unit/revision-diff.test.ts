import { describe, expect, it } from 'vitest';
import { revisionDiff } from '../../src/core/documents/revision-diff.js';

const lines = (n: number, change?: Record<number, string>) =>
  Array.from({ length: n }, (_, i) => change?.[i + 1] ?? `line ${i + 1}`).join('\n') + '\n';

describe('the diff between two revisions', () => {
  it('the same text is no change', () => {
    expect(revisionDiff('a\nb\n', 'a\nb\n')).toEqual({ hunks: [], added: 0, removed: 0, same: true });
  });

  it('marks a changed line removed then added, with context and both line numbers', () => {
    const d = revisionDiff(lines(10), lines(10, { 5: 'line five, rewritten' }), 2);
    expect(d).toMatchObject({ added: 1, removed: 1, same: false });
    expect(d.hunks).toHaveLength(1);
    expect(d.hunks[0]?.lines).toEqual([
      { kind: 'context', text: 'line 3', oldLine: 3, newLine: 3 },
      { kind: 'context', text: 'line 4', oldLine: 4, newLine: 4 },
      { kind: 'removed', text: 'line 5', oldLine: 5, newLine: null },
      { kind: 'added', text: 'line five, rewritten', oldLine: null, newLine: 5 },
      { kind: 'context', text: 'line 6', oldLine: 6, newLine: 6 },
      { kind: 'context', text: 'line 7', oldLine: 7, newLine: 7 },
    ]);
  });

  it('changes far apart make separate hunks; line numbers follow insertions', () => {
    const before = lines(30);
    const after = before.replace('line 2\n', 'line 2\ninserted\n').replace('line 28\n', '');
    const d = revisionDiff(before, after, 1);
    expect(d.hunks).toHaveLength(2);
    expect(d.hunks[0]?.lines.find((l) => l.kind === 'added')).toEqual({ kind: 'added', text: 'inserted', oldLine: null, newLine: 3 });
    expect(d.hunks[1]?.lines.find((l) => l.kind === 'removed')).toEqual({ kind: 'removed', text: 'line 28', oldLine: 28, newLine: null });
    expect(d).toMatchObject({ added: 1, removed: 1 });
  });

  it('a missing final newline is not shown as a line', () => {
    const d = revisionDiff('a\nb', 'a\nc');
    expect(d.hunks[0]?.lines.map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });
});
