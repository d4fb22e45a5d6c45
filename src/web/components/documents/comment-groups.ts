/**
 * Comments arranged for reading: threads (a comment and its replies, oldest first) grouped by
 * the section heading they are anchored to, in the document's order; threads whose heading is
 * no longer in the document are gathered at the end.
 */
import type { DocumentComment } from '../../api/types.js';

export interface Thread {
  root: DocumentComment;
  replies: DocumentComment[];
}

export interface SectionGroup {
  section: string;
  threads: Thread[];
}

export interface CommentGroups {
  sections: SectionGroup[];
  /** Threads on headings the document no longer has, each still naming its heading. */
  orphaned: Thread[];
  resolvedCount: number;
  openCount: number;
}

const byTime = (a: DocumentComment, b: DocumentComment) => a.createdAt.localeCompare(b.createdAt);

export function groupComments(comments: readonly DocumentComment[], sections: readonly string[], showResolved: boolean): CommentGroups {
  const ids = new Set(comments.map((c) => c.id));
  // A reply whose parent is not in the list is shown as a thread of its own, never dropped.
  const roots = comments.filter((c) => !c.parentId || !ids.has(c.parentId)).sort(byTime);
  const threads: Thread[] = roots.map((root) => ({ root, replies: comments.filter((c) => c.parentId === root.id).sort(byTime) }));
  const resolvedCount = threads.filter((t) => t.root.resolved).length;
  const shown = showResolved ? threads : threads.filter((t) => !t.root.resolved);
  const known = new Set(sections);
  return {
    sections: [...new Set(sections)].map((section) => ({ section, threads: shown.filter((t) => t.root.section === section) })),
    orphaned: shown.filter((t) => !known.has(t.root.section)),
    resolvedCount,
    openCount: threads.length - resolvedCount,
  };
}
