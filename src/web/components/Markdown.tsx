/**
 * Markdown → HTML with marked, then sanitised with DOMPurify. Loaded on demand (it pulls in
 * both libraries), through <MarkdownView>.
 *
 * - Links are decided by the URL parser against the page (lib/safe-links.ts): links to this
 *   site stay in the tab; explicit http(s) links elsewhere open in a new tab with
 *   rel="noopener noreferrer"; mailto stays; anything else (javascript:, data:, `//host`,
 *   `/\host`, …) loses its href.
 * - Nothing loads a remote resource: images become links (the CSP, `img-src 'self'`, would
 *   block remote ones anyway), media elements go, and so do `src`, `poster`, `background`
 *   and every other attribute that fetches a URL.
 * - No `style` attributes or elements (the CSP blocks them), no forms, no frames.
 * - Headings move down one level, so the page keeps a single h1.
 */
import createDOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { useMemo } from 'react';
import { decideLink, FORBIDDEN_TAGS, keepAttribute } from '../lib/safe-links.js';

const purify = createDOMPurify(window);

purify.addHook('uponSanitizeAttribute', (node, data) => {
  if (!keepAttribute(node.nodeName, data.attrName)) data.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!node.hasAttribute('href')) return;
  const link = decideLink(node.getAttribute('href') ?? '', window.location.href);
  node.removeAttribute('target');
  if (!link) {
    node.removeAttribute('href');
    node.removeAttribute('rel');
    return;
  }
  node.setAttribute('href', link.href);
  if (link.newTab) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') (token as Tokens.Heading).depth = Math.min(6, (token as Tokens.Heading).depth + 1);
  },
  renderer: {
    image({ href, text }: Tokens.Image) {
      const label = text ? `Image: ${text}` : 'Image';
      return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
    },
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? '<span aria-label="done">☑</span> ' : '<span aria-label="to do">☐</span> ';
    },
  },
});

export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  return purify.sanitize(html, {
    FORBID_TAGS: [...FORBIDDEN_TAGS],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
  });
}

export default function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised above with DOMPurify; this is the one sanctioned use of raw HTML for Markdown.
  return <div className={`prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
