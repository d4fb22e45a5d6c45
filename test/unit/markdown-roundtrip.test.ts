import { describe, expect, it } from 'vitest';
import { exportEvidence, type ExportPeriod } from '../../src/core/evidence/markdown-export.js';
import { parseEvidenceExport, type ImportedEntry } from '../../src/core/evidence/markdown-import.js';
import { ENTRY_MARKER } from '../../src/core/evidence/markdown-format.js';
import { periodKey } from '../../src/core/evidence/calendar.js';
import { IMPACTS, type Evidence, type Metric } from '../../src/core/evidence/types.js';
import { AUDIENCES } from '../../src/core/types.js';

/** mulberry32: a small seeded PRNG, so the "random" entries are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_TEXT = [
  'key: value', '#hash', '"quotes"', "'single'", '- dash', 'yes', 'no', 'null', '~', 'true', '123', '0x1F', '1e3', '-0',
  '2026-11-03', '---', '...', '[not, a, list]', '{a: 1}', '&anchor', '*alias', '!tag', '%directive', '@at', '`tick`', '| pipe', '> fold',
  '? question', 'trailing space ', ' leading space', 'tab\there', 'Größenwahn überall', 'Ünïcödé ✓ 🚀 日本語', 'emoji 👩🏽‍💻 team',
  'line\u2028separator', 'back\\slash', 'percent 100%', 'a: b: c', 'colon:', 'key:value', 'x # not a comment', ENTRY_MARKER,
  '-\n"a', 'x\n- y', 'two\nlines', 'bell\u0007', 'lone \ud800 surrogate', 'nul\u0000', '\ufeffbom', 'cr\r',
];
const WORDS = ['migrated', 'billing', 'p99', 'latency', 'cut', 'cost', 'mentored', 'RFC', 'design', 'review', 'on-call', 'platform'];
const BODY_PARTS = [
  '---', '```\ncode block\n---\n```', '~~~yaml\nkey: value\n~~~', ENTRY_MARKER, `\\${ENTRY_MARKER}`, `\\\\${ENTRY_MARKER}`, ` ${ENTRY_MARKER}`,
  `${ENTRY_MARKER} trailing`, '# Heading', '## Another heading', '- a bullet\n  - nested', '> quote', '<!-- a comment -->', 'unicode ✓ 🚀 ümlaut',
  'trailing spaces   ', '\ttabbed', '', '\n', '\n\n', 'crlf line\r\nnext', 'lone\rcarriage', '...', 'key: value', '| a | b |\n|---|---|',
  'plain words about the work', '    indented code', '\u00a0nbsp', 'zero\u200bwidth',
];
const DIMENSIONS = ['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact', 'old-tag', 'a, b', 'x]', 'yes', '-\n"a', 'x\n- y'];
const TEAMS = ['Payments', 'payments', 'SRE: on-call', '#infra', 'yes', 'Team "A"', 'Données', 'null', '- dash team'];
const LINKS = ['https://example.com/pr/42', 'https://example.com/a?b=c&d=e#frag', 'http://localhost:8080/x', 'https://例え.jp/パス', 'https://e.com/a%20b'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}
function some<T>(rand: () => number, list: readonly T[], max: number): T[] {
  const n = Math.floor(rand() * (max + 1));
  return Array.from({ length: n }, () => pick(rand, list));
}
function num(rand: () => number): number | null {
  const r = rand();
  if (r < 0.25) return null;
  if (r < 0.5) return Math.floor(rand() * 10000);
  if (r < 0.7) return Math.round(rand() * 1e6) / 1000;
  if (r < 0.8) return -Math.floor(rand() * 100) - 1;
  if (r < 0.9) return 1.5e21;
  return 0.1 + 0.2;
}
function metric(rand: () => number): Metric {
  const m: Metric = { name: pick(rand, [...HOSTILE_TEXT, 'checkout p99', 'cost']), unit: pick(rand, [null, 'ms', '%', 'USD per month', 'yes', '']), before: num(rand), after: num(rand), change: num(rand) };
  if (m.unit === '') m.unit = 'per quarter';
  if (m.before === null && m.after === null && m.change === null) m.change = -75;
  return m;
}
function title(rand: () => number): string {
  const r = rand();
  if (r < 0.5) return pick(rand, HOSTILE_TEXT);
  if (r < 0.6) return 'x'.repeat(250);
  return some(rand, WORDS, 8).join(' ') || 'Shipped it';
}
function body(rand: () => number): string {
  if (rand() < 0.15) return '';
  const parts = some(rand, BODY_PARTS, 6);
  const ending = pick(rand, ['', '', '\n', '\n\n', '   ', '\n   \n', '\r\n']);
  return parts.join(pick(rand, ['\n', '\n\n', ' '])) + ending;
}
function date(rand: () => number): string {
  const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 4 * 365) * 86400000);
  return d.toISOString().slice(0, 10);
}

function generate(count: number, seed: number): Evidence[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i): Evidence => ({
    id: rand() < 0.1 ? pick(rand, ['123', 'yes', 'null', '-x', 'a: b', '#1', `${i}`]) + `-${i}` : `01j${String(i).padStart(4, '0')}${Math.floor(rand() * 1e6)}`,
    ownerId: 'owner-1',
    occurredOn: i % 17 === 0 ? '2026-11-03' : date(rand),
    title: title(rand),
    body: body(rand),
    dimensions: some(rand, DIMENSIONS, 3),
    impact: rand() < 0.3 ? null : pick(rand, IMPACTS),
    metrics: Array.from({ length: Math.floor(rand() * 3) }, () => metric(rand)),
    teams: some(rand, TEAMS, 3),
    links: some(rand, LINKS, 2),
    initiativeId: rand() < 0.8 ? null : pick(rand, ['init-1', 'yes', '42']),
    audience: some(rand, AUDIENCES, 3),
    source: pick(rand, ['manual', 'git', 'import'] as const),
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
  }));
}

function carried(e: Evidence): ImportedEntry {
  const { id, occurredOn, title, body, dimensions, impact, metrics, teams, links, initiativeId, audience } = e;
  return { id, occurredOn, title, body, dimensions, impact, metrics, teams, links, initiativeId, audience };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('Markdown export and import', () => {
  const entries = generate(200, 20261103);
  const periods: ExportPeriod[] = ['month', 'quarter', 'year'];

  it('generates the hostile cases it means to', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(200);
    expect(entries.some((e) => e.body.includes(ENTRY_MARKER))).toBe(true);
    expect(entries.some((e) => e.body === '')).toBe(true);
    expect(entries.some((e) => e.body.endsWith('\n\n'))).toBe(true);
    expect(entries.some((e) => e.body.includes('\r'))).toBe(true);
    expect(entries.some((e) => e.title === 'key: value' || e.title === 'yes')).toBe(true);
  });

  it.each(periods)('round-trips byte for byte by %s', (period) => {
    const files = exportEvidence(entries, period);
    const parsed = parseEvidenceExport(files);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(entries.length);
    expect(exportEvidence(parsed.entries, period)).toEqual(files);

    const expected = entries
      .map(carried)
      .sort((a, b) => cmp(periodKey(a.occurredOn, period), periodKey(b.occurredOn, period)) || cmp(a.occurredOn, b.occurredOn) || cmp(a.id, b.id));
    expect(parsed.entries).toEqual(expected);
    // toEqual treats -0 and 0 alike only for objects; check the metrics keep their exact numbers too
    expect(parsed.entries.flatMap((e) => e.metrics)).toStrictEqual(expected.flatMap((e) => e.metrics));
  });

  it('names files by period and sorts them and their entries', () => {
    const sample = entries.slice(0, 40);
    for (const period of periods) {
      const files = exportEvidence(sample, period);
      const paths = files.map((f) => f.path);
      expect(paths).toEqual([...new Set(sample.map((e) => `${periodKey(e.occurredOn, period)}.md`))].sort());
      expect(paths.every((p) => /^\d{4}(-\d{2}|-Q[1-4])?\.md$/.test(p))).toBe(true);
      for (const file of files) expect(file.content.endsWith('\n')).toBe(true);
    }
    expect(exportEvidence([], 'month')).toEqual([]);
    expect(exportEvidence([...sample].reverse(), 'quarter')).toEqual(exportEvidence(sample, 'quarter'));
  });

  it('reads the same entries whatever order the files come in', () => {
    const files = exportEvidence(entries, 'month');
    const a = parseEvidenceExport(files).entries.map((e) => e.id).sort();
    const b = parseEvidenceExport([...files].reverse()).entries.map((e) => e.id).sort();
    expect(b).toEqual(a);
  });

  it('writes a readable layout', () => {
    const one: Evidence = {
      ...generate(1, 1)[0]!,
      id: 'ev1',
      occurredOn: '2026-11-03',
      title: 'Cut checkout p99',
      body: 'Moved the cache.\n\n---\n<!-- staffpath:entry -->\n',
      dimensions: ['scope', 'impact'],
      impact: 'performance',
      metrics: [{ name: 'checkout p99', unit: 'ms', before: 800, after: 200, change: -75 }],
      teams: ['Payments'],
      links: ['https://example.com/pr/42'],
      initiativeId: null,
      audience: ['manager'],
    };
    const two: Evidence = { ...one, id: 'ev2', title: 'yes', body: '', dimensions: [], metrics: [], teams: [], links: [], impact: null, audience: [] };
    const [file] = exportEvidence([two, one], 'month');
    expect(file?.path).toBe('2026-11.md');
    const content = file?.content ?? '';
    expect(content.split('\n').slice(1).join('\n')).toBe(
      [
        '',
        '<!-- staffpath:entry -->',
        '---',
        'id: ev1',
        'occurredOn: 2026-11-03',
        'title: Cut checkout p99',
        'dimensions: [scope, impact]',
        'impact: performance',
        'metrics:',
        '  - name: checkout p99',
        '    unit: ms',
        '    before: 800',
        '    after: 200',
        '    change: -75',
        'teams: [Payments]',
        'links:',
        '  - https://example.com/pr/42',
        'initiativeId: null',
        'audience: [manager]',
        '---',
        'Moved the cache.',
        '',
        '---',
        '\\<!-- staffpath:entry -->',
        '',
        '',
        '<!-- staffpath:entry -->',
        '---',
        'id: ev2',
        'occurredOn: 2026-11-03',
        'title: yes',
        'dimensions: []',
        'impact: null',
        'metrics: []',
        'teams: []',
        'links: []',
        'initiativeId: null',
        'audience: []',
        '---',
        '',
        '',
      ].join('\n'),
    );
    expect(content.startsWith('<!-- staffpath evidence export')).toBe(true);
    expect(parseEvidenceExport([file!]).entries.map((e) => e.body)).toEqual([one.body, '']);
  });
});

describe('Markdown import errors', () => {
  const block = (lines: string[], body = 'Body'): string => [ENTRY_MARKER, '---', ...lines, '---', body, ''].join('\n');
  const good = (id: string): string[] => [`id: ${id}`, 'occurredOn: 2026-11-03', 'title: Fine'];
  const header = '<!-- header -->\n\n';

  function errorsOf(content: string, path = '2026-11.md') {
    return parseEvidenceExport([{ path, content }]);
  }

  it('points at the bad field, with the file and line', () => {
    const content =
      header +
      block(good('a')) + // lines 3-9, then a blank line
      '\n' +
      block(['id: b', 'occurredOn: 2026-02-30', 'title: Bad date']) + // marker on line 11
      '\n' +
      block(['id: c', 'occurredOn: 2026-11-03', 'title: Bad impact', 'impact: speed', 'audience: [manager, everyone]']); // marker on line 19
    const { entries, errors } = errorsOf(content);
    expect(entries.map((e) => e.id)).toEqual(['a']);
    expect(errors).toEqual([
      { path: '2026-11.md', line: 14, message: expect.stringContaining('YYYY-MM-DD') },
      { path: '2026-11.md', line: 24, message: expect.stringContaining('`impact` must be one of') },
      { path: '2026-11.md', line: 25, message: expect.stringContaining('"everyone" is not an audience') },
    ]);
  });

  it('checks the shape of metrics', () => {
    const content =
      header +
      block([
        ...good('m'),
        'metrics:', // line 8
        '  - name: p99', // line 9
        '    unit: ms',
        '    before: fast',
        '  - name: cost', // line 12
        '    colour: red',
        '  - name: nothing', // line 14
        '    unit: null',
        '  - just text', // line 16
      ]);
    const { entries, errors } = errorsOf(content);
    expect(entries).toEqual([]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [11, '`metrics[0].before` must be a number or null.'],
      [12, '`metrics[1]` needs at least one of before, after and change.'],
      [13, '`metrics[1]` has an unknown key "colour"; use name, unit, before, after, change.'],
      [14, '`metrics[2]` needs at least one of before, after and change.'],
      [16, '`metrics[3]` must be a mapping with name, unit, before, after, change.'],
    ]);
  });

  it('reports unknown fields, missing fields and values of the wrong type', () => {
    const content = header + block(['id: x', 'title: 123', 'owner: me', 'teams: Payments', 'links: [not a url]']);
    const { errors } = errorsOf(content);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [4, '`occurredOn` is required.'],
      [6, '`title` must be text; put it in quotes.'],
      [7, expect.stringContaining('Unknown field "owner"')],
      [8, expect.stringContaining('`teams` must be a list')],
      [9, expect.stringContaining('"not a url" is not a URL')],
    ]);
  });

  it('reports YAML syntax errors at their line in the file', () => {
    const content = header + block(good('ok')) + '\n' + block(['id: y', 'occurredOn: 2026-11-03', 'title: a: b', 'impact: cost']);
    const { entries, errors } = errorsOf(content);
    expect(entries.map((e) => e.id)).toEqual(['ok']);
    expect(errors).toEqual([{ path: '2026-11.md', line: 15, message: expect.stringMatching(/^YAML: /) }]);
    // an unclosed quote is only noticed where the front matter ends, at the closing fence
    const unclosed = errorsOf(header + block(['id: q', 'occurredOn: 2026-11-03', 'title: "unclosed', 'impact: cost']));
    expect(unclosed.errors).toEqual([{ path: '2026-11.md', line: 9, message: 'YAML: Missing closing "quote' }]);
  });

  it('reports a duplicate key as a YAML error', () => {
    const { errors } = errorsOf(header + block([...good('d'), 'title: Again']));
    expect(errors).toEqual([{ path: '2026-11.md', line: 8, message: 'YAML: Map keys must be unique' }]);
  });

  it('reports broken layout', () => {
    expect(errorsOf(header + `${ENTRY_MARKER}\nid: a\n`).errors).toEqual([
      { path: '2026-11.md', line: 4, message: 'Expected a --- line right after the entry marker.' },
    ]);
    expect(errorsOf(header + `${ENTRY_MARKER}\n---\nid: a\ntitle: never closed\n`).errors).toEqual([
      { path: '2026-11.md', line: 4, message: 'This front matter is never closed by a --- line.' },
    ]);
    expect(errorsOf('# Just some notes\n', 'notes.md').errors).toEqual([
      { path: 'notes.md', line: 1, message: expect.stringContaining('No entries') },
    ]);
    expect(errorsOf(header.replace(/\n/g, '\r\n') + block(good('w')).replace(/\n/g, '\r\n')).errors).toEqual([
      { path: '2026-11.md', line: 3, message: expect.stringContaining('CRLF') },
    ]);
    expect(errorsOf('').errors).toEqual([]);
    expect(errorsOf(header + `${ENTRY_MARKER}\n---\n---\nbody\n`).errors).toEqual([
      { path: '2026-11.md', line: 4, message: expect.stringContaining('mapping') },
    ]);
  });

  it('rejects an id seen before, across files', () => {
    const files = [
      { path: '2026-10.md', content: header + block(good('same')) },
      { path: '2026-11.md', content: header + block(good('other')) + '\n' + block(good('same')) },
    ];
    const { entries, errors } = parseEvidenceExport(files);
    expect(entries.map((e) => e.id)).toEqual(['same', 'other']);
    expect(errors).toEqual([{ path: '2026-11.md', line: 13, message: 'The id "same" was already used (2026-10.md line 5).' }]);
  });

  it('is forgiving about hand edits that keep the meaning', () => {
    const content = `${ENTRY_MARKER}\n---\nid: h\noccurredOn: 2026-11-03\ntitle: Hand written\n---\nfirst\n${ENTRY_MARKER}\n---\nid: i\noccurredOn: 2026-11-04\ntitle: Last\n---\nno final newline`;
    const { entries, errors } = parseEvidenceExport([{ path: 'x.md', content }]);
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { id: 'h', occurredOn: '2026-11-03', title: 'Hand written', body: 'first', dimensions: [], impact: null, metrics: [], teams: [], links: [], initiativeId: null, audience: [] },
      { id: 'i', occurredOn: '2026-11-04', title: 'Last', body: 'no final newline', dimensions: [], impact: null, metrics: [], teams: [], links: [], initiativeId: null, audience: [] },
    ]);
  });
});
