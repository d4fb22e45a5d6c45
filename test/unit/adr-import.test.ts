import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAdrFolder, type AdrFile } from '../../src/core/documents/adr-import.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/adr/', import.meta.url));

/** Every file below `dir`, as the CLI would read a folder. */
function folder(dir: string): AdrFile[] {
  const out: AdrFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ path: relative(dir, p), content: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

describe('reading a folder of decision records', () => {
  it('Nygard (adr-tools): numbers, dates, statuses and supersedes links in both directions', () => {
    const { adrs, warnings } = readAdrFolder(folder(join(FIXTURES, 'nygard')));
    expect(warnings).toEqual([]);
    expect(adrs.map((a) => [a.number, a.title, a.status, a.date, a.format])).toEqual([
      [1, 'Record architecture decisions', 'approved', '2025-03-04', 'nygard'],
      [2, 'Publish domain events through Kafka', 'superseded', '2025-06-10', 'nygard'],
      [3, 'Publish domain events through the managed event bus', 'approved', '2026-02-01', 'nygard'],
    ]);
    expect(adrs.map((a) => [a.supersedes, a.supersededBy])).toEqual([[[], null], [[], 3], [[2], null]]);
    // The body keeps the sections, without the title and the date line.
    expect(adrs[0]?.body.startsWith('## Status\n\nAccepted\n\n## Context')).toBe(true);
    expect(adrs[0]?.body).not.toContain('Date:');
  });

  it('MADR: front matter status, date and deciders; a superseded status links on; broken files are warnings', () => {
    const { adrs, warnings } = readAdrFolder(folder(join(FIXTURES, 'madr')));
    expect(adrs.map((a) => [a.number, a.title, a.status, a.date, a.format])).toEqual([
      [1, 'Use Markdown Architectural Decision Records', 'approved', '2025-09-01', 'madr'],
      [2, 'One shared rate limiter library', 'superseded', '2026-01-15', 'madr'],
      [3, 'Rate limits at the gateway', 'in-review', '2026-11-20', 'madr'],
    ]);
    expect(adrs[0]?.deciders).toEqual(['Ada Lovelace', 'Bo Chen']);
    expect(adrs[1]?.deciders).toEqual(['Cy Park']);
    expect(adrs[1]?.supersededBy).toBe(3);
    expect(adrs[0]?.body.startsWith('## Context and Problem Statement')).toBe(true);
    expect(warnings.map((w) => w.message)).toEqual([
      'docs/decisions/0004-broken.md: its front matter is not valid YAML.',
      'docs/decisions/0005-unknown-status.md: the status “pondering” is not one of proposed, accepted, rejected, deprecated, superseded.',
    ]);
  });

  it('a file without a number or a title, a number used twice and a link out of the folder are warnings', () => {
    const { adrs, warnings } = readAdrFolder([
      { path: 'adr/readme.md', content: '# About these records\n' },
      { path: 'adr/0001-a.md', content: 'no heading here\n' },
      { path: 'adr/0002-b.md', content: '# 2. B\n\n## Status\n\nAccepted\n\nSupersedes [1. A](0009-a.md)\n' },
      { path: 'adr/0002-c.md', content: '# 2. C\n\n## Status\n\nProposed\n' },
    ]);
    expect(adrs.map((a) => a.title)).toEqual(['B']);
    expect(warnings.map((w) => w.message)).toEqual([
      'adr/0001-a.md: no "# Title" heading, so this does not read as a decision record.',
      'adr/0002-c.md: number 2 is already used by adr/0002-b.md; skipped.',
      "adr/readme.md: the file name does not start with the record's number (0001-title.md).",
      'adr/0002-b.md: links to record 9, which is not in the folder.',
    ]);
  });
});
