/**
 * The Content Security Policy, in one place. Every response gets the strict policy through
 * helmet; two documents get a variant of it from plugins/web.ts:
 *
 * - the app's index.html allows `<style>` elements carrying that response's nonce (CodeMirror
 *   injects its stylesheet that way, through `EditorView.cspNonce`);
 * - `/mermaid.html`, the hidden same-origin frame that draws diagrams, allows inline styles
 *   (mermaid writes them while it lays a diagram out) and may be framed by the app only. Its
 *   SVG comes back to the app as text and is sanitised there without any style.
 */
import { randomBytes } from 'node:crypto';

export type CspDirectives = Record<string, string[]>;

export const CSP_DIRECTIVES: CspDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The policy as a header value, with some directives replaced. */
export function cspHeader(overrides: CspDirectives = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...overrides })
    .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
    .join('; ');
}

/** A fresh nonce for one response: 128 random bits, base64. */
export const newNonce = (): string => randomBytes(16).toString('base64');

/** The policy for the app's page, whose `<style>` elements must carry `nonce`. */
export const appPageCsp = (nonce: string): string => cspHeader({ styleSrc: ["'self'", `'nonce-${nonce}'`] });

/** The policy for the diagram frame. */
export const diagramFrameCsp = (): string =>
  cspHeader({ styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'self'"], connectSrc: ["'none'"], formAction: ["'none'"] });

/** What the build writes where each response's nonce goes (vite's `html.cspNonce`). */
export const NONCE_PLACEHOLDER = '__STAFFPATH_CSP_NONCE__';
