/**
 * The link and attribute rules of rendered Markdown (src/web/lib/safe-links.ts), decided in
 * node by the same WHATWG URL parser the browser uses. The browser test
 * (test/browser/markdown-safety.test.ts) runs the same table through the real sanitiser.
 */
import { describe, expect, it } from 'vitest';
import { decideLink, FORBIDDEN_TAGS, keepAttribute } from '../../src/web/lib/safe-links.js';

const PAGE = 'http://127.0.0.1:4870/evidence/01m8e4g0qq798vqvv22yzj53na';

/** [written href, what is written back (null: dropped), new tab] */
export const LINK_TABLE: [string, string | null, boolean][] = [
  // In-app: same origin, same tab, normalised by the parser.
  ['/evidence/123', '/evidence/123', false],
  ['#heading', '#heading', false],
  ['#', '#', false],
  ['?q=x', '/evidence/01m8e4g0qq798vqvv22yzj53na?q=x', false],
  ['../people/me', '/people/me', false],
  ['http://127.0.0.1:4870/framework', '/framework', false],
  ['//127.0.0.1:4870/framework', '/framework', false],
  ['/\tevil.example', '/evil.example', false],
  ['/./\\evil.example', 'http://127.0.0.1:4870//evil.example', false],
  ['/.//evil.example', 'http://127.0.0.1:4870//evil.example', false],
  // External: an explicit web scheme, a new tab.
  ['https://evil.example', 'https://evil.example/', true],
  ['https://example.com/rfc/7?x=1#y', 'https://example.com/rfc/7?x=1#y', true],
  ['HTTP://Example.COM', 'http://example.com/', true],
  ['  https://example.com/a  ', 'https://example.com/a', true],
  ['http://127.0.0.1:4871/', 'http://127.0.0.1:4871/', true],
  ['https://127.0.0.1:4870/', 'https://127.0.0.1:4870/', true],
  ['https:evil.example', 'https://evil.example/', true],
  ['mailto:ada@example.com', 'mailto:ada@example.com', false],
  // Dropped: leaves the site without saying so, or is not a web link at all.
  ['/\\evil.example', null, false],
  ['/\\evil.example/login', null, false],
  ['/\\tevil.example', null, false],
  ['/\t/evil.example', null, false],
  ['/\n/evil.example', null, false],
  ['/\r\n/evil.example/login', null, false],
  ['//evil.example', null, false],
  ['\\\\evil.example', null, false],
  ['\\/evil.example', null, false],
  [' //evil.example', null, false],
  ['javascript:alert(1)', null, false],
  ['JaVaScRiPt:alert(1)', null, false],
  ['  javascript:alert(1)', null, false],
  ['java\tscript:alert(1)', null, false],
  ['\u0001javascript:alert(1)', null, false],
  ['data:text/html,<script>alert(1)</script>', null, false],
  ['vbscript:msgbox(1)', null, false],
  ['file:///etc/passwd', null, false],
  ['ftp://example.com/x', null, false],
  ['blob:http://127.0.0.1:4870/x', null, false],
  ['http://[::1', null, false],
  ['', null, false],
  ['   ', null, false],
];

describe('decideLink', () => {
  it.each(LINK_TABLE)('%j → %j (new tab: %s)', (href, expected, newTab) => {
    const link = decideLink(href, PAGE);
    if (expected === null) expect(link).toBeNull();
    else expect(link).toEqual({ href: expected, newTab });
  });

  it('what it writes back decides the same way again', () => {
    for (const [href] of LINK_TABLE) {
      const link = decideLink(href, PAGE);
      if (!link) continue;
      expect(decideLink(link.href, PAGE), href).toEqual(link);
      // An in-app link written back resolves to this origin, whatever page it sits on.
      if (!link.newTab && !link.href.startsWith('mailto:')) expect(new URL(link.href, 'http://127.0.0.1:4870/a/b/c').origin).toBe('http://127.0.0.1:4870');
    }
  });

  it('is judged against the page it sits on', () => {
    expect(decideLink('/x', 'https://staffpath.example.com/evidence')).toEqual({ href: '/x', newTab: false });
    expect(decideLink('https://staffpath.example.com/x', 'https://staffpath.example.com/evidence')).toEqual({ href: '/x', newTab: false });
    // http: without slashes on an https page is another origin, and said so explicitly.
    expect(decideLink('http:evil.example', 'https://staffpath.example.com/')).toEqual({ href: 'http://evil.example/', newTab: true });
  });
});

describe('keepAttribute', () => {
  it.each([
    ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['source', 'src'], ['source', 'srcset'], ['track', 'src'],
    ['table', 'background'], ['td', 'background'], ['TD', 'BACKGROUND'], ['img', 'srcset'], ['input', 'formaction'],
    ['form', 'action'], ['a', 'ping'], ['img', 'usemap'], ['object', 'data'], ['p', 'href'], ['div', 'xlink:href'], ['a', 'onclick'],
  ])('drops %s[%s]', (tag, attr) => {
    expect(keepAttribute(tag, attr)).toBe(false);
  });

  it.each([
    ['a', 'href'], ['area', 'href'], ['A', 'HREF'], ['a', 'title'], ['td', 'colspan'], ['th', 'align'], ['ol', 'start'], ['blockquote', 'cite'], ['code', 'lang'],
  ])('keeps %s[%s]', (tag, attr) => {
    expect(keepAttribute(tag, attr)).toBe(true);
  });

  it('forbids remote media elements', () => {
    for (const tag of ['audio', 'video', 'source', 'track', 'picture', 'img', 'iframe', 'object', 'embed']) expect(FORBIDDEN_TAGS).toContain(tag);
  });
});
