/**
 * Mermaid source → sanitised SVG. This module is loaded on demand (it pulls in mermaid), only
 * when a body has a ```mermaid fence. Mermaid runs with `securityLevel: 'strict'` (no HTML in
 * labels, no click handlers), and its SVG goes through DOMPurify's SVG profile without <style>
 * elements or style attributes (the CSP allows neither; the stylesheet draws the diagram).
 */
import createDOMPurify from 'dompurify';
import mermaid from 'mermaid';

const purify = createDOMPurify(window);

let ready = false;
let serial = 0;

function setUp(): void {
  if (ready) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    suppressErrorRendering: true,
    logLevel: 'fatal',
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    theme: 'neutral',
  });
  ready = true;
}

export async function renderMermaid(source: string): Promise<string> {
  setUp();
  serial += 1;
  const { svg } = await mermaid.render(`mermaid-diagram-${serial}`, source);
  return purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'a'],
    FORBID_ATTR: ['style', 'href', 'xlink:href'],
  });
}

/** Mermaid's message for a diagram it could not read, in one line. */
export function mermaidProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 400) || 'This diagram could not be drawn.';
}
