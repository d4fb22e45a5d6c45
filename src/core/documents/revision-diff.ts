/**
 * A readable diff between two revisions of a document (issue 10 item 5), made with the `diff`
 * library (jsdiff), never by hand: hunks of lines with a few lines of context, each line marked
 * added, removed or kept, with its line numbers on both sides, and the totals.
 */
import { structuredPatch } from 'diff';

export interface DiffLine {
  kind: 'added' | 'removed' | 'context';
  text: string;
  /** 1-based line numbers in the older and newer text (null on the side a line is not on). */
  oldLine: number | null;
  newLine: number | null;
}

export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

export interface RevisionDiff {
  hunks: DiffHunk[];
  added: number;
  removed: number;
  /** Nothing changed. */
  same: boolean;
}

/** Lines added and removed from `before` to `after`, in hunks with `context` lines around each change. */
export function revisionDiff(before: string, after: string, context = 3): RevisionDiff {
  const patch = structuredPatch('before', 'after', before, after, undefined, undefined, { context });
  let added = 0;
  let removed = 0;
  const hunks = patch.hunks.map((h): DiffHunk => {
    let oldLine = h.oldStart;
    let newLine = h.newStart;
    const lines: DiffLine[] = [];
    for (const raw of h.lines) {
      if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
      const text = raw.slice(1);
      if (raw.startsWith('+')) {
        lines.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
        added++;
      } else if (raw.startsWith('-')) {
        lines.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
        removed++;
      } else {
        lines.push({ kind: 'context', text, oldLine: oldLine++, newLine: newLine++ });
      }
    }
    return { oldStart: h.oldStart, newStart: h.newStart, lines };
  });
  return { hunks, added, removed, same: hunks.length === 0 };
}
