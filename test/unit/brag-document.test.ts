import { describe, expect, it } from 'vitest';
import { parseBragDocument } from '../../src/core/evidence/markdown-import.js';

const dates = (markdown: string, opts = {}) => parseBragDocument(markdown, opts).entries.map((e) => [e.title, e.occurredOn]);

describe('parseBragDocument', () => {
  it('dates bullets by the first day of the period their heading names', () => {
    const cases: [string, string][] = [
      ['## 2026', '2026-01-01'],
      ['## Q3 2026', '2026-07-01'],
      ['## 2026 Q4', '2026-10-01'],
      ['## 2026-Q2', '2026-04-01'],
      ['### November 2026', '2026-11-01'],
      ['### Sept 2026', '2026-09-01'],
      ['## 2026-11', '2026-11-01'],
      ['## Week of 2026-11-02', '2026-11-02'],
      ['## Week of Nov 9, 2026', '2026-11-09'],
      ['## H1 2025', '2025-01-01'],
      ['## H2 2025', '2025-07-01'],
      ['## 2026-11-17', '2026-11-17'],
      ['## November 17, 2026', '2026-11-17'],
      ['## **Q1 2027** — platform work', '2027-01-01'],
      ['# 2024 (first year)', '2024-01-01'],
    ];
    for (const [heading, date] of cases) {
      expect(dates(`${heading}\n\n- Did the thing\n`), heading).toEqual([['Did the thing', date]]);
    }
  });

  it('gives year-less headings the year of the enclosing heading, else defaultYear, else today', () => {
    const doc = '## 2025\n### November\n- a\n### Q2\n- b\n## H2\n- c\n';
    expect(dates(doc, { defaultYear: 2030, today: '2026-05-05' })).toEqual([
      ['a', '2025-11-01'],
      ['b', '2025-04-01'],
      ['c', '2030-07-01'],
    ]);
    expect(dates('### March\n- d\n', { today: '2026-05-05' })).toEqual([['d', '2026-03-01']]);
    const none = parseBragDocument('### March\n- e\n', {});
    expect(none.entries).toEqual([]);
    expect(none.warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(none.warnings[0]?.message).toMatch(/without a year/);
    expect(none.warnings[1]?.message).toMatch(/No date is known/);
  });

  it('lets a date that opens the bullet win', () => {
    const doc = [
      '## Q4 2026',
      '- 2026-11-03: Ran the incident review',
      '- 2026-11-04 Wrote the postmortem',
      '- Nov 5: Paired on the fix',
      '- 6 Nov - Shipped the fix',
      '- December 1st, 2026 — Closed the loop',
      '- [2026-12-02] Bracketed',
      '- May 3 teams adopted the library',
      '## Week of 2025-12-29',
      '- Jan 2: Planned the year',
      '- Dec 30: Wrapped up',
    ].join('\n');
    expect(dates(doc)).toEqual([
      ['Ran the incident review', '2026-11-03'],
      ['Wrote the postmortem', '2026-11-04'],
      ['Paired on the fix', '2026-11-05'],
      ['Shipped the fix', '2026-11-06'],
      ['Closed the loop', '2026-12-01'],
      ['Bracketed', '2026-12-02'],
      ['May 3 teams adopted the library', '2026-10-01'],
      ['Planned the year', '2026-01-02'],
      ['Wrapped up', '2025-12-30'],
    ]);
    const bad = parseBragDocument('## 2026-11\n- 2026-02-30: Impossible day\n', {});
    expect(bad.entries.map((e) => [e.title, e.occurredOn])).toEqual([['Impossible day', '2026-11-01']]);
    expect(bad.warnings).toEqual([{ line: 2, message: expect.stringMatching(/not a real date/) }]);
  });

  it('uses today for bullets before any heading, and skips them without today', () => {
    const doc = '# My brag document\n\n- Started the doc\n- Nov 3: Dated one\n\n## 2026\n- Later\n';
    expect(dates(doc, { today: '2026-12-01' })).toEqual([
      ['Started the doc', '2026-12-01'],
      ['Dated one', '2026-11-03'],
      ['Later', '2026-01-01'],
    ]);
    const without = parseBragDocument(doc, {});
    expect(without.entries.map((e) => e.title)).toEqual(['Later']);
    expect(without.warnings.map((w) => w.line)).toEqual([3, 4]);
  });

  it('cleans the title and collects links', () => {
    const doc = [
      '## 2026',
      '- **Cut** _checkout_ p99 with ~~one~~ *two* fixes ([PR](https://github.com/acme/shop/pull/7))',
      '- [x] Closed the epic <https://jira.example.com/browse/OPS-1>',
      '- [ ] Keep snake_case_names and 2 * 3 * 4 as they are',
      '- Escaped \\*stars\\* stay',
      '  - see https://docs.example.com/rfc/12, and [notes](https://notes.example.com/a?b=1).',
      '- 2026-05-06: Dated \\_and\\_ escaped',
    ].join('\n');
    const { entries } = parseBragDocument(doc, {});
    expect(entries.map((e) => e.title)).toEqual([
      'Cut checkout p99 with one two fixes (PR)',
      'Closed the epic https://jira.example.com/browse/OPS-1',
      'Keep snake_case_names and 2 * 3 * 4 as they are',
      'Escaped *stars* stay',
      'Dated _and_ escaped',
    ]);
    expect(entries.map((e) => e.links)).toEqual([
      ['https://github.com/acme/shop/pull/7'],
      ['https://jira.example.com/browse/OPS-1'],
      [],
      ['https://docs.example.com/rfc/12', 'https://notes.example.com/a?b=1'],
      [],
    ]);
  });

  it('turns nested bullets, continuation lines and indented blocks into the body', () => {
    const doc = [
      '## 2026-11',
      '- Migrated billing', // 2
      '  - moved 40 services',
      '    - nested deeper',
      '  continuation of the item',
      '',
      '  A second paragraph.',
      '',
      '  ```sh',
      '  - not an entry',
      '',
      '  # not a heading',
      '  ```',
      '',
      '',
      '1. Numbered entry', // 16
      '   with a lazy line',
      '2) Another',
      '\t- tabbed child',
      '- Last one',
    ].join('\n');
    const { entries, warnings } = parseBragDocument(doc, {});
    expect(warnings).toEqual([]);
    expect(entries).toEqual([
      {
        occurredOn: '2026-11-01',
        title: 'Migrated billing',
        body: '- moved 40 services\n  - nested deeper\ncontinuation of the item\n\nA second paragraph.\n\n```sh\n- not an entry\n\n# not a heading\n```',
        links: [],
        sourceLine: 2,
      },
      { occurredOn: '2026-11-01', title: 'Numbered entry', body: 'with a lazy line', links: [], sourceLine: 16 },
      { occurredOn: '2026-11-01', title: 'Another', body: '- tabbed child', links: [], sourceLine: 18 },
      { occurredOn: '2026-11-01', title: 'Last one', body: '', links: [], sourceLine: 20 },
    ]);
  });

  it('ignores prose, but warns about lines that read like entries', () => {
    const doc = [
      '## 2026',
      'This year I focused on reliability.',
      '',
      'Shipped the billing migration.',
      '',
      '2026-03-04: Gave the architecture talk',
      '',
      '> Led the incident review',
      '',
      '| table | row |',
      '- A real entry',
    ].join('\n');
    const { entries, warnings } = parseBragDocument(doc, {});
    expect(entries.map((e) => e.title)).toEqual(['A real entry']);
    expect(warnings.map((w) => w.line)).toEqual([4, 6, 8]);
    expect(warnings[0]?.message).toMatch(/not a list item/);
  });

  it('skips code blocks, front matter, comments and rules; reads setext headings', () => {
    const doc = [
      '---',
      'title: brag',
      '---',
      '<!-- private notes -->',
      'Q2 2026',
      '=======',
      '- Entry one',
      '',
      '```',
      '- not an entry',
      '## 1999',
      '```',
      '- Entry two',
      '***',
      'Shipped. But this rule ended the entry above.',
      '',
      'November 2026',
      '-------------',
      '- Entry three',
    ].join('\n');
    const { entries, warnings } = parseBragDocument(doc, {});
    expect(entries.map((e) => [e.title, e.occurredOn, e.body])).toEqual([
      ['Entry one', '2026-04-01', ''],
      ['Entry two', '2026-04-01', ''],
      ['Entry three', '2026-11-01', ''],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([15]);
  });

  it('keeps the enclosing period under other headings, and drops it at the same level', () => {
    const doc = '## Q4 2026\n### Reliability\n- a\n#### Notes\n- b\n## Projects\n- c\n';
    expect(dates(doc, { today: '2027-01-15' })).toEqual([
      ['a', '2026-10-01'],
      ['b', '2026-10-01'],
      ['c', '2027-01-15'],
    ]);
  });

  it('reads Windows line endings and warns about empty bullets', () => {
    const { entries, warnings } = parseBragDocument('## 2026\r\n- First\r\n  body line\r\n-\r\n- [ ]\r\n', {});
    expect(entries).toEqual([{ occurredOn: '2026-01-01', title: 'First', body: 'body line', links: [], sourceLine: 2 }]);
    expect(warnings).toEqual([
      { line: 4, message: expect.stringMatching(/no text/) },
      { line: 5, message: expect.stringMatching(/no text/) },
    ]);
  });

  it('returns nothing for an empty document', () => {
    expect(parseBragDocument('', { today: '2026-01-01' })).toEqual({ entries: [], warnings: [] });
  });
});
