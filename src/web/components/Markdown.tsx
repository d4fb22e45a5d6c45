/**
 * Markdown → HTML with marked, then sanitised with DOMPurify. Loaded on demand (it pulls in
 * both libraries), through <MarkdownView>.
 *
 * - Links open in a new tab with rel="noopener noreferrer"; only http(s), mailto and
 *   in-app links survive.
 * - Images become links: the CSP (`img-src 'self'`) would block remote images anyway.
 * - No `style` attributes or elements (the CSP blocks them), no forms, no frames.
 * - Headings move down one level, so the page keeps a single h1.
 */
import createDOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { useMemo } from 'react';

const purify = createDOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:|\/(?!\/)|#)/i.test(href)) {
      node.removeAttribute('href');
      return;
    }
    if (/^https?:/i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
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
    FORBID_TAGS: ['style', 'img', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
  });
}

export default function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised above with DOMPurify; this is the one sanctioned use of raw HTML for Markdown.
  return <div className={`prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
