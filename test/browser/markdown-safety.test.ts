import { describe, expect, test } from 'vitest';
import { makeEvidence, makePerson } from '../support/factories.js';
import { BOTH_THEMES, browserSetup, checkA11y, DESKTOP, expectClean, freshApp, until } from '../support/browser.js';

/*
 * The Markdown sanitiser in a real browser: an entry whose body carries hostile links and
 * remote media is opened, and the rendered DOM is checked with the browser's own URL parser.
 * Every link left in the same tab stays on this site; web links elsewhere open in a new tab;
 * the rest lose their href; no media element, and no attribute that would fetch a URL, is
 * left; the page asks nothing of another host. The pure rules are tested in
 * test/unit/safe-links.test.ts.
 */

const files = browserSetup();

/** [link text, how it must come out] */
const LINKS: [string, 'in-app' | 'new-tab' | 'mail' | 'dropped'][] = [
  ['md in-app', 'in-app'],
  ['md heading', 'in-app'],
  ['md query', 'in-app'],
  ['html in-app', 'in-app'],
  ['md external', 'new-tab'],
  ['html mail', 'mail'],
  ['html backslash', 'dropped'],
  // Markdown's own link syntax percent-encodes the backslash: a path on this site.
  ['md backslash', 'in-app'],
  ['html tab between slashes', 'dropped'],
  ['html tab entity between slashes', 'dropped'],
  ['html newline entity between slashes', 'dropped'],
  ['html protocol-relative', 'dropped'],
  ['md protocol-relative', 'dropped'],
  ['html double backslash', 'dropped'],
  ['html javascript', 'dropped'],
  ['html mixed-case javascript', 'dropped'],
  ['html spaced javascript', 'dropped'],
  ['html data', 'dropped'],
  ['html tab in scheme', 'dropped'],
];

const BODY = [
  '[md in-app](/evidence/123) [md heading](#heading) [md query](?q=x) [md external](https://evil.example/page)',
  '',
  '<a href="/people/me">html in-app</a> <a href="mailto:ada@example.com">html mail</a>',
  '',
  '<a href="/\\evil.example/login">html backslash</a> [md backslash](/\\evil.example/login)',
  '',
  '<a href="/\t/evil.example/login">html tab between slashes</a> <a href="/&#9;/evil.example/login">html tab entity between slashes</a> <a href="/&#10;/evil.example/login">html newline entity between slashes</a>',
  '',
  '<a href="//evil.example/login">html protocol-relative</a> [md protocol-relative](//evil.example/login) <a href="\\\\evil.example/login">html double backslash</a>',
  '',
  '<a href="javascript:alert(1)">html javascript</a> <a href="JaVaScRiPt:alert(1)">html mixed-case javascript</a> <a href="  javascript:alert(1)">html spaced javascript</a> <a href="data:text/html,hi">html data</a> <a href="java&#9;script:alert(1)">html tab in scheme</a>',
  '',
  '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png" controls>video fallback</video>',
  '',
  '<audio src="https://evil.example/a.mp3">audio fallback</audio>',
  '',
  '<video><source src="https://evil.example/s.mp4" srcset="https://evil.example/s2.mp4"><track src="https://evil.example/t.vtt">sourced video</video>',
  '',
  '<table background="https://evil.example/bg.png"><tr><td background="https://evil.example/td.png">cell with background</td></tr></table>',
  '',
  '![remote image](https://evil.example/i.png)',
  '',
  'The end.',
].join('\n');

describe('Markdown in a real browser', () => {
  test('hostile links stay on the site or leave in a new tab; remote media and backgrounds are dropped', { timeout: 120_000 }, async () => {
    const app = await freshApp(files.browser);
    const person = await makePerson(app.storage, { name: 'Ada Admin', role: 'admin' });
    const entry = await makeEvidence(app.storage, person.id, { title: 'Hostile body', body: BODY });
    const w = await app.openAs(person, DESKTOP);
    const { page } = w;
    const offSite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.host !== new URL(app.url).host) offSite.push(request.url());
    });

    await page.goto(`/evidence/${entry.id}`);
    const prose = page.locator('.prose:not(.prose-loading)').filter({ hasText: 'The end.' });
    await until(() => prose.count()).toBe(1);
    await checkA11y(page, BOTH_THEMES);

    const rendered = await prose.evaluate((root) => ({
      origin: window.location.origin,
      links: [...root.querySelectorAll('a')].map((a) => ({
        text: a.textContent ?? '',
        href: a.getAttribute('href'),
        // The browser's own resolution of the href, as a click would follow it.
        resolved: a.hasAttribute('href') ? a.href : null,
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel'),
      })),
      media: root.querySelectorAll('audio, video, source, track, picture, img, iframe, object, embed').length,
      fetching: [...root.querySelectorAll('*')].flatMap((el) =>
        ['src', 'srcset', 'poster', 'background', 'data', 'action', 'formaction', 'ping', 'usemap'].filter((n) => el.hasAttribute(n)).map((n) => `${el.tagName.toLowerCase()}[${n}]`),
      ),
      text: root.textContent ?? '',
    }));

    for (const [text, expected] of LINKS) {
      const link = rendered.links.find((l) => l.text === text);
      expect(link, text).toBeDefined();
      if (!link) continue;
      if (expected === 'dropped') {
        expect(link.href, text).toBeNull();
      } else if (expected === 'in-app') {
        expect(link.resolved && new URL(link.resolved).origin, text).toBe(rendered.origin);
        expect(link.target, text).toBeNull();
      } else if (expected === 'new-tab') {
        expect(link.resolved, text).toBe('https://evil.example/page');
        expect([link.target, link.rel], text).toEqual(['_blank', 'noopener noreferrer']);
      } else {
        expect(link.href, text).toBe('mailto:ada@example.com');
      }
    }
    // Whatever else is on the page: a link that stays in this tab stays on this site.
    for (const link of rendered.links) {
      if (link.resolved && link.target !== '_blank' && !link.resolved.startsWith('mailto:')) expect(new URL(link.resolved).origin, link.text).toBe(rendered.origin);
    }
    // The image became a link, judged like any other (an explicit https link: a new tab).
    expect(rendered.links.find((l) => l.text === 'Image: remote image')).toMatchObject({ href: 'https://evil.example/i.png', target: '_blank' });

    expect(rendered.media).toBe(0);
    expect(rendered.fetching).toEqual([]);
    // Media go with what they contain; the table stays, without its background.
    expect(rendered.text).not.toContain('video fallback');
    expect(rendered.text).toContain('cell with background');

    // Following the dropped backslash link goes nowhere.
    await prose.getByText('html backslash', { exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/evidence/${entry.id}`);
    expect(offSite).toEqual([]);
    await expectClean(w);
  });
});
