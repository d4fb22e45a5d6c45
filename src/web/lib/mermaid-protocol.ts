/**
 * Messages between the app and the diagram frame (/mermaid.html). The frame exists because
 * mermaid writes `<style>` elements and style attributes while it lays a diagram out, which
 * the app's CSP refuses; the frame's own policy allows them, and only the SVG text comes back.
 */
export interface DrawRequest {
  type: 'staffpath:draw';
  id: number;
  source: string;
}

export type DrawAnswer =
  | { type: 'staffpath:drawn'; id: number; svg: string }
  | { type: 'staffpath:not-drawn'; id: number; problem: string }
  | { type: 'staffpath:frame-ready' };

export function isDrawRequest(data: unknown): data is DrawRequest {
  const d = data as Partial<DrawRequest> | null;
  return typeof d === 'object' && d !== null && d.type === 'staffpath:draw' && typeof d.id === 'number' && typeof d.source === 'string';
}

export function isDrawAnswer(data: unknown): data is DrawAnswer {
  const d = data as { type?: unknown } | null;
  return typeof d === 'object' && d !== null && typeof d.type === 'string' && ['staffpath:drawn', 'staffpath:not-drawn', 'staffpath:frame-ready'].includes(d.type);
}

/** Mermaid's message for a diagram it could not read, in one line. */
export function mermaidProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 400) || 'This diagram could not be drawn.';
}
