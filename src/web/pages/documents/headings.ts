/**
 * Reading the structure of a Markdown body without rendering it: the section headings (for
 * comments anchored to a section) and the ```mermaid fences (drawn as diagrams in the preview).
 * Lines inside code fences are never headings.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)?.*$/;
const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;

interface Fence {
  marker: string;
  info: string;
}

function opening(line: string): Fence | null {
  const m = FENCE.exec(line);
  if (!m || !m[1]) return null;
  return { marker: m[1], info: (m[2] ?? '').toLowerCase() };
}

function closes(line: string, fence: Fence): boolean {
  const t = line.trim();
  return t.length >= fence.marker.length && t[0] === fence.marker[0] && /^(`+|~+)$/.test(t);
}

/** The headings of a body, in order, as they read (outside code fences). */
export function headingsOf(markdown: string): string[] {
  const out: string[] = [];
  let fence: Fence | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (fence) {
      if (closes(line, fence)) fence = null;
      continue;
    }
    const open = opening(line);
    if (open) {
      fence = open;
      continue;
    }
    const h = ATX.exec(line);
    const text = h?.[2]?.trim();
    if (text) out.push(text);
  }
  return out;
}

export type Segment = { kind: 'markdown'; text: string } | { kind: 'mermaid'; text: string };

/** The body cut at its ```mermaid fences: Markdown between them, diagram sources in them. */
export function segmentsOf(markdown: string): Segment[] {
  const out: Segment[] = [];
  let prose: string[] = [];
  let diagram: string[] | null = null;
  let fence: Fence | null = null;
  const flush = () => {
    if (prose.length) out.push({ kind: 'markdown', text: prose.join('\n') });
    prose = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (fence) {
      if (closes(line, fence)) {
        if (diagram) out.push({ kind: 'mermaid', text: diagram.join('\n') });
        else prose.push(line);
        fence = null;
        diagram = null;
      } else if (diagram) diagram.push(line);
      else prose.push(line);
      continue;
    }
    const open = opening(line);
    if (open) {
      fence = open;
      if (open.info === 'mermaid') {
        flush();
        diagram = [];
      } else prose.push(line);
      continue;
    }
    prose.push(line);
  }
  if (diagram) out.push({ kind: 'mermaid', text: diagram.join('\n') });
  flush();
  return out;
}

/** Whether a body has any diagram to draw (mermaid is loaded only then). */
export const hasMermaid = (markdown: string): boolean => segmentsOf(markdown).some((s) => s.kind === 'mermaid');
