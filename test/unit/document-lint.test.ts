import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_SPECS,
  headingMatches,
  normaliseHeading,
  type DocumentKind,
} from '../../src/core/documents/document-kinds.js';
import { lintDocument, sectionsOf } from '../../src/core/documents/document-lint.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/documents/', import.meta.url));

function template(kind: DocumentKind): string {
  return readFileSync(`${TEMPLATES}${kind}.md`, 'utf8');
}

/** The template with every guidance comment replaced by real prose; decisions get a reason. */
function filled(kind: DocumentKind): string {
  let current = '';
  return template(kind)
    .split('\n')
    .map((line) => {
      if (line.startsWith('#')) current = line;
      if (!line.startsWith('<!--')) return line;
      return /decision/i.test(current)
        ? 'We will use PostgreSQL because it already runs our other services.'
        : 'The team wrote this part with care.';
    })
    .join('\n');
}

/** The filled template without the section whose heading is given (heading and body). */
function without(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  let end = start + 1;
  while (end < lines.length && !lines[end]?.startsWith('## ')) end += 1;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

function lineOf(markdown: string, text: string): number {
  return markdown.split('\n').indexOf(text) + 1;
}

describe('document kinds', () => {
  it('spells the seven kinds as PRODUCT.md §7 does', () => {
    expect(DOCUMENT_KINDS).toEqual(['design-doc', 'rfc', 'adr', 'migration-plan', 'trade-off', 'incident-review', 'roadmap-input']);
  });

  it('ships exactly one template per kind', () => {
    const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.md')).sort();
    expect(files).toEqual([...DOCUMENT_KINDS].map((k) => `${k}.md`).sort());
  });

  it.each(DOCUMENT_KINDS)('%s: no heading or alias is shared by two sections of the kind', (kind) => {
    const names = DOCUMENT_KIND_SPECS[kind].sections.flatMap((s) => [s.heading, ...s.aliases].map(normaliseHeading));
    expect(new Set(names).size).toBe(names.length);
  });

  it('normalises headings: case, numbering, punctuation', () => {
    expect(normaliseHeading('2. Alternatives Considered')).toBe('alternatives considered');
    expect(normaliseHeading('2.1) Goals & Non-Goals')).toBe('goals and non goals');
    expect(normaliseHeading('IV. Follow-ups:')).toBe('follow ups');
    expect(normaliseHeading('**Risks**')).toBe('risks');
    expect(normaliseHeading('2FA rollout')).toBe('2fa rollout');
  });
});

describe.each(DOCUMENT_KINDS)('%s', (kind) => {
  const spec = DOCUMENT_KIND_SPECS[kind];

  it('the template holds every expected section, each once, as a ## heading', () => {
    const sections = sectionsOf(template(kind));
    for (const expected of spec.sections) {
      const matches = sections.filter((s) => headingMatches(expected, s.heading));
      expect(matches.map((s) => s.level), expected.heading).toEqual([2]);
    }
  });

  it('the filled-in template has no finding', () => {
    expect(lintDocument(kind, filled(kind))).toEqual([]);
  });

  it('the bare template gives one "empty" finding per section, at its heading', () => {
    const bare = template(kind);
    const findings = lintDocument(kind, bare);
    expect(findings.map((f) => f.code)).toEqual(spec.sections.map((s) => s.finding));
    expect(findings.map((f) => f.line)).toEqual(spec.sections.map((s) => lineOf(bare, `## ${s.heading}`)));
    expect(findings.every((f) => f.message.includes('empty'))).toBe(true);
  });

  it.each(spec.sections.map((s) => [s.heading, s.finding] as const))('a missing "%s" gives %s', (heading, code) => {
    const findings = lintDocument(kind, without(filled(kind), heading));
    expect(findings).toEqual([{ code, section: heading, message: expect.stringContaining('has no'), line: 1 }]);
  });
});

describe('heading matching', () => {
  it('numbered headings match their sections', () => {
    const doc = [
      '# Design: search',
      '## 1. Background',
      'Search is slow.',
      '## 2. Goals & Non-Goals',
      'Fast search; not a new index.',
      '## 3. Proposed Design',
      'Add a cache.',
      '## 4. Alternatives considered',
      'A bigger box.',
      '## 5) Risks and mitigations',
      'Stale results.',
      '## 6. Rollout and Rollback Plan',
      'Behind a flag; turn it off.',
    ].join('\n');
    expect(lintDocument('design-doc', doc)).toEqual([]);
  });

  it('MADR headings and front-matter status count for an ADR', () => {
    const doc = [
      '---',
      'status: accepted',
      'date: 2024-05-01',
      'deciders: Ada, Lin',
      '---',
      '# Use PostgreSQL for events',
      '',
      '## Context and Problem Statement',
      'Events need a durable store.',
      '',
      '## Decision Drivers',
      '* durability',
      '',
      '## Considered Options',
      '* PostgreSQL',
      '* Kafka',
      '',
      '## Decision Outcome',
      'Chosen option: "PostgreSQL", because we already operate it.',
      '',
      '### Consequences',
      '* Good, because one fewer system to run.',
    ].join('\n');
    expect(lintDocument('adr', doc)).toEqual([]);
    expect(lintDocument('trade-off', doc)).toEqual([]);
  });

  it('an ADR without a Status heading or front-matter status says so', () => {
    const doc = '# Use X\n\n## Context\nWhy.\n\n## Decision\nWe will use X because it fits.\n\n## Consequences\nFewer parts.\n';
    expect(lintDocument('adr', doc).map((f) => f.code)).toEqual(['no_status']);
  });

  it('a heading inside a fenced code block is not a section', () => {
    const doc = without(filled('design-doc'), 'Risks').replace(
      'The team wrote this part with care.',
      'The team wrote this part with care.\n\n```markdown\n## Risks\nNone, honestly.\n```',
    );
    expect(sectionsOf(doc).some((s) => s.heading === 'Risks')).toBe(false);
    expect(lintDocument('design-doc', doc).map((f) => f.code)).toEqual(['no_risks']);
  });

  it('a section with only guidance, whitespace and empty sub-headings is empty', () => {
    const doc = filled('migration-plan').replace(
      /## Phases\n[^\n]*\n/,
      '## Phases\n\n<!-- guidance\n   over two lines -->\n\n### Phase one\n<!-- more guidance -->\n',
    );
    const findings = lintDocument('migration-plan', doc);
    expect(findings).toEqual([
      { code: 'no_phases', section: 'Phases', message: expect.stringContaining('empty'), line: lineOf(doc, '## Phases') },
    ]);
  });
});

describe('sectionsOf', () => {
  it('gives heading, level, line and body, a body running to the next heading at its level', () => {
    const doc = '---\ntitle: T\n---\n# Title\n\n## Decision\nWe will.\n\n### Rationale\nBecause.\n\n## Consequences\nSome.\n';
    expect(sectionsOf(doc)).toEqual([
      { heading: 'Title', level: 1, line: 4, text: expect.stringContaining('## Consequences') },
      { heading: 'Decision', level: 2, line: 6, text: 'We will.\n\n### Rationale\nBecause.' },
      { heading: 'Rationale', level: 3, line: 9, text: 'Because.' },
      { heading: 'Consequences', level: 2, line: 12, text: 'Some.' },
    ]);
  });

  it('counts lines the same with Windows line ends', () => {
    const doc = '# T\r\n\r\n## Risks\r\nSome.\r\n';
    expect(sectionsOf(doc).map((s) => s.line)).toEqual([1, 3]);
  });
});

describe('decisions without a reason', () => {
  const adr = (decision: string): string =>
    ['# ADR', '', '## Status', 'accepted', '', '## Context', 'We need a store.', '', '## Decision', decision, '', '## Consequences', 'One more thing to run.', ''].join('\n');

  it('finds a decision stated without a reason, at its line', () => {
    const doc = adr('The store matters.\nWe will use PostgreSQL.');
    expect(lintDocument('adr', doc)).toEqual([
      {
        code: 'decision_without_reason',
        section: 'Decision',
        message: expect.stringContaining('without a reason'),
        line: lineOf(doc, 'We will use PostgreSQL.'),
      },
    ]);
  });

  it('finds a decision inside a list item, at the item line', () => {
    const doc = adr('Two choices:\n\n- We chose PostgreSQL.\n- We chose a managed service, since nobody wants pager duty.');
    expect(lintDocument('adr', doc).map((f) => f.line)).toEqual([lineOf(doc, '- We chose PostgreSQL.')]);
  });

  it.each([
    'We will use PostgreSQL because it already runs our other services.',
    'We will use PostgreSQL, since the team knows it well.',
    'We decided on PostgreSQL so that backups stay in one place.',
    'We will use PostgreSQL.\n\n### Rationale\nIt already runs everything else.',
    'We will use PostgreSQL.\n\n**Rationale:** it already runs everything else.',
    'We will use PostgreSQL, e.g. version 16, because it is supported.',
  ])('accepts a decision with a reason: %s', (decision) => {
    expect(lintDocument('adr', adr(decision))).toEqual([]);
  });

  it('ignores decision words inside code blocks and guidance comments', () => {
    const doc = adr('PostgreSQL it is, given our experience.\n\n```\nwe will never run this\n```\n<!-- We will … -->');
    expect(lintDocument('adr', doc)).toEqual([]);
  });

  it('checks the decision section of a trade-off summary', () => {
    const doc = filled('trade-off').replace(/## Decision\n[^\n]*/, '## Decision\nWe picked option B.');
    expect(lintDocument('trade-off', doc).map((f) => f.code)).toEqual(['decision_without_reason']);
  });

  it('checks an rfc or design doc only when it has a Decision section', () => {
    expect(lintDocument('rfc', filled('rfc'))).toEqual([]);
    const withDecision = `${filled('rfc')}\n## Decision\nWe will ship the proposal.\n`;
    expect(lintDocument('rfc', withDecision)).toEqual([
      expect.objectContaining({ code: 'decision_without_reason', line: lineOf(withDecision, 'We will ship the proposal.') }),
    ]);
    const designDoc = `${filled('design-doc')}\n## Decision Outcome\nWe chose the cache.\n`;
    expect(lintDocument('design-doc', designDoc).map((f) => f.code)).toEqual(['decision_without_reason']);
  });

  it('does not check decisions in kinds without a decision section', () => {
    const doc = filled('incident-review').replace('## Follow-ups\n', '## Follow-ups\nWe will add an alert.\n');
    expect(lintDocument('incident-review', doc)).toEqual([]);
  });
});
