/**
 * Mermaid source → sanitised SVG, drawn in the hidden diagram frame (/mermaid.html, see
 * lib/mermaid-protocol.ts for why). This module is loaded on demand, only when a body has a
 * ```mermaid fence; the frame, and mermaid with it, loads on the first diagram and stays for
 * the rest of the visit. The SVG goes through DOMPurify's SVG profile without <style>
 * elements or style attributes (the app's CSP allows neither; the stylesheet draws it).
 */
import createDOMPurify from 'dompurify';
import { isDrawAnswer, mermaidProblem } from '../lib/mermaid-protocol.js';

export { mermaidProblem };

const purify = createDOMPurify(window);
const FRAME_TIMEOUT_MS = 20_000;

type Pending = { resolve: (svg: string) => void; reject: (e: Error) => void };
const pending = new Map<number, Pending>();
let serial = 0;
let frameReady: Promise<HTMLIFrameElement> | null = null;

function frame(): Promise<HTMLIFrameElement> {
  if (frameReady) return frameReady;
  frameReady = new Promise<HTMLIFrameElement>((resolve, reject) => {
    const el = document.createElement('iframe');
    el.src = '/mermaid.html';
    el.title = 'Diagram renderer';
    el.className = 'mermaid-frame';
    el.tabIndex = -1;
    el.setAttribute('aria-hidden', 'true');
    const timer = window.setTimeout(() => {
      frameReady = null;
      el.remove();
      reject(new Error('The diagram renderer did not start.'));
    }, FRAME_TIMEOUT_MS);
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (event.origin !== window.location.origin || event.source !== el.contentWindow || !isDrawAnswer(event.data)) return;
      const data = event.data;
      if (data.type === 'staffpath:frame-ready') {
        window.clearTimeout(timer);
        resolve(el);
        return;
      }
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.type === 'staffpath:drawn') waiting.resolve(data.svg);
      else waiting.reject(new Error(data.problem));
    });
    document.body.append(el);
  });
  return frameReady;
}

export async function renderMermaid(source: string): Promise<string> {
  const el = await frame();
  serial += 1;
  const id = serial;
  const svg = await new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    el.contentWindow?.postMessage({ type: 'staffpath:draw', id, source }, window.location.origin);
  });
  return purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'a'],
    FORBID_ATTR: ['style', 'href', 'xlink:href'],
  });
}
