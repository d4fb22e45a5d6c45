/**
 * The diagram frame's script (/mermaid.html): draws the mermaid source the app sends and
 * answers with the SVG as text. It answers its parent only, and only when the parent is this
 * origin; the app sanitises what comes back (components/MermaidRender.ts).
 */
import mermaid from 'mermaid';
import { isDrawRequest, mermaidProblem, type DrawAnswer } from './lib/mermaid-protocol.js';

mermaid.initialize({
  startOnLoad: false,
  securityLevel: 'strict',
  suppressErrorRendering: true,
  logLevel: 'fatal',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  theme: 'neutral',
});

/**
 * The SVG without its <style> elements and style attributes. The app's CSP refuses both, and
 * even parsing them there (DOMPurify does) reports violations; the app's stylesheet draws
 * diagrams instead.
 */
function withoutStyles(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.querySelector('parsererror')) throw new Error('The diagram came out as SVG that could not be read.');
  for (const el of doc.querySelectorAll('style')) el.remove();
  for (const el of doc.querySelectorAll('[style]')) el.removeAttribute('style');
  return new XMLSerializer().serializeToString(doc.documentElement);
}

const answer = (message: DrawAnswer): void => window.parent.postMessage(message, window.location.origin);

// One diagram at a time: mermaid keeps global state while it draws.
let queue: Promise<void> = Promise.resolve();

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin || event.source !== window.parent || !isDrawRequest(event.data)) return;
  const { id, source } = event.data;
  queue = queue.then(async () => {
    try {
      const { svg } = await mermaid.render(`diagram-${id}`, source);
      answer({ type: 'staffpath:drawn', id, svg: withoutStyles(svg) });
    } catch (error) {
      answer({ type: 'staffpath:not-drawn', id, problem: mermaidProblem(error) });
    }
  });
});

if (window.parent !== window) answer({ type: 'staffpath:frame-ready' });
