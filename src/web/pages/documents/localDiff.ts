/** A line diff of two texts in the browser (jsdiff), shaped like the server's revision diff, for the conflict view. */
import { diffLines } from 'diff';
import type { Hunk } from './DiffTable.js';

const CONTEXT = 2;

interface Line {
  kind: 'context' | 'added' | 'removed';
  text: string;
  oldLine: number | null;
  newLine: number | null;
}

export function lineDiff(before: string, after: string): { hunks: Hunk[]; added: number; removed: number } {
  const lines: Line[] = [];
  let o = 1;
  let n = 1;
  let added = 0;
  let removed = 0;
  for (const part of diffLines(before, after)) {
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts) {
      if (part.added) {
        lines.push({ kind: 'added', text, oldLine: null, newLine: n++ });
        added++;
      } else if (part.removed) {
        lines.push({ kind: 'removed', text, oldLine: o++, newLine: null });
        removed++;
      } else lines.push({ kind: 'context', text, oldLine: o++, newLine: n++ });
    }
  }
  const keep = lines.map((l, i) => l.kind !== 'context' || lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((x) => x.kind !== 'context'));
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  lines.forEach((l, i) => {
    if (!keep[i]) {
      current = null;
      return;
    }
    if (!current) {
      current = { oldStart: l.oldLine ?? o, newStart: l.newLine ?? n, lines: [] };
      hunks.push(current);
    }
    current.lines.push(l);
  });
  return { hunks, added, removed };
}
