/**
 * What rendered Markdown may link to and load, as pure decisions (no DOM), so that they can be
 * tested in node with the same URL parser the browser uses. `components/Markdown.tsx` applies
 * them in DOMPurify's hooks.
 *
 * Links are decided by parsing them against the page's URL, never by looking at their text:
 *
 * - a link that resolves to this site's origin is an in-app link and opens in the same tab;
 * - a link written with an explicit `http:`, `https:` or `mailto:` scheme that goes elsewhere
 *   is external: web links open in a new tab with `rel="noopener noreferrer"`;
 * - anything else loses its `href` and stays as plain text: other schemes (`javascript:`,
 *   `data:`, …), and links without a scheme that leave the site anyway (`//host`, `/\host`,
 *   `/<tab>/host`), which look in-app but are not.
 *
 * Nothing in a body may load a remote resource: media elements are removed with what they
 * contain, and every attribute that fetches a URL is dropped; `href` survives only on links. Images are
 * turned into links before sanitising (the CSP allows images from this site only).
 */

export interface SafeLink {
  /** The value to write back: normalised by the URL parser. */
  href: string;
  /** Open in a new tab, with `rel="noopener noreferrer"`. */
  newTab: boolean;
}

/** What the URL parser ignores: leading and trailing C0 controls and spaces, and every tab or newline. */
function asParsed(href: string): string {
  // eslint-disable-next-line no-control-regex
  return href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

const EXTERNAL_SCHEME = /^(https?|mailto):/i;

/**
 * The link to write for `href` on a page at `pageUrl` (the document's URL), or null when the
 * link must be dropped.
 */
export function decideLink(href: string, pageUrl: string): SafeLink | null {
  const written = asParsed(href);
  if (written === '') return null;
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(href, page);
  } catch {
    return null;
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === page.origin) {
    if (written.startsWith('#')) return { href: url.hash || '#', newTab: false };
    // A path starting with two slashes would read back as another host: keep it absolute.
    const local = url.pathname.startsWith('//') ? url.href : `${url.pathname}${url.search}${url.hash}`;
    return { href: local, newTab: false };
  }
  if (!EXTERNAL_SCHEME.test(written)) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') return { href: url.href, newTab: true };
  if (url.protocol === 'mailto:') return { href: url.href, newTab: false };
  return null;
}

/** Elements removed from rendered Markdown (DOMPurify keeps the text inside some of them, not inside media). */
export const FORBIDDEN_TAGS = [
  // loads or runs things, or breaks the CSP
  'style', 'img', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'portal',
  // remote media
  'audio', 'video', 'source', 'track', 'picture', 'image',
  // forms
  'form', 'input', 'button', 'textarea', 'select',
] as const;

/** Attributes that make the browser fetch a URL (or run one); none may stay. */
const FETCHING_ATTRIBUTES = new Set([
  'src', 'srcset', 'srcdoc', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'usemap', 'ping',
  'action', 'formaction', 'data', 'codebase', 'classid', 'archive', 'manifest', 'icon', 'profile',
  'imagesrcset', 'xlink:href', 'xml:base',
]);

/** Elements whose `href` is a link the reader follows (and `decideLink` judges). */
const LINK_TAGS = new Set(['a', 'area']);

/** Whether attribute `name` may stay on element `tag` (both any case); `href` is then judged by `decideLink`. */
export function keepAttribute(tag: string, name: string): boolean {
  const attr = name.toLowerCase();
  if (attr === 'href') return LINK_TAGS.has(tag.toLowerCase());
  return !FETCHING_ATTRIBUTES.has(attr) && !attr.startsWith('on');
}
