/**
 * The document linter: pure, no I/O. `lintDocument(kind, markdown)` returns findings; the
 * editor shows them beside the text and `staffpath doc lint` exits non-zero when there are any.
 *
 * Sections. Headings are read with marked's lexer, top level only, so a `## line` inside a fenced
 * code block, a list or a quote is not a heading. A YAML front-matter block at the very top
 * (`---` … `---`) is set aside first; line numbers still count its lines. Each expected section
 * of the kind (document-kinds.ts) is looked up by heading at any level; the first heading that
 * matches is the section, and its body runs to the next heading of the same or a higher level.
 *
 * Findings, each `{code, section, message, line}` with a 1-based line:
 * - missing section: the section's own code (e.g. `no_risks`), reported at line 1. A
 *   front-matter key stands in for a section where the kind says so (an ADR's `status:`).
 * - empty section: the same code, at the heading's line. A body is empty when, once HTML
 *   comments (the templates' guidance) and whitespace are taken away, nothing is left.
 *   Sub-headings alone do not count as content.
 * - `decision_without_reason`: in the decision section (adr, trade-off; rfc and design-doc
 *   when they have one), a sentence that states a decision ("we will", "we decided", "we chose",
 *   "chosen option", "the decision is", …) and holds none of the words "because", "since",
 *   "as", "due to", "given" or "so that". No such finding when the section has a sub-part that
 *   gives the reasons: a sub-heading named Rationale, Why, Reasons or Justification, or a line
 *   that begins "Rationale:" or "Why:" (bold or not). A decision put without any of the marker
 *   phrases is not noticed; the rule is meant to be simple and predictable, not clever.
 */
import { Lexer, type Token } from 'marked';
import {
  DOCUMENT_KIND_SPECS,
  headingMatches,
  normaliseHeading,
  type DocumentKind,
  type ExpectedSection,
  type FindingCode,
} from './document-kinds.js';

export interface Finding {
  code: FindingCode;
  /** The expected section's heading as the template spells it. */
  section: string;
  message: string;
  line: number;
}

export interface Section {
  /** The heading's text as written (inline Markdown kept). */
  heading: string;
  level: number;
  /** The 1-based line of the heading. */
  line: number;
  /** The Markdown below the heading, up to the next heading of the same or a higher level. */
  text: string;
}

interface PlacedToken {
  token: Token;
  line: number;
}

interface ParsedSection extends Section {
  /** The tokens of the body, sub-headings included. */
  body: PlacedToken[];
}

interface Parsed {
  frontMatter: Map<string, string>;
  sections: ParsedSection[];
}

const FRONT_MATTER_OPEN = '---';
const FRONT_MATTER_CLOSE = new Set(['---', '...']);

/** Splits off a front-matter block, blanking its lines so that line numbers stay true. */
function splitFrontMatter(markdown: string): { frontMatter: Map<string, string>; rest: string } {
  const frontMatter = new Map<string, string>();
  const lines = markdown.split('\n');
  if (lines[0]?.trimEnd() !== FRONT_MATTER_OPEN) return { frontMatter, rest: markdown };
  const close = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_CLOSE.has(line.trimEnd()));
  if (close < 0) return { frontMatter, rest: markdown };
  for (const line of lines.slice(1, close)) {
    const match = /^([A-Za-z0-9_-]+)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) frontMatter.set(match[1].toLowerCase(), (match[2] ?? '').trim());
  }
  const rest = [...lines.slice(0, close + 1).map(() => ''), ...lines.slice(close + 1)].join('\n');
  return { frontMatter, rest };
}

function countNewlines(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === '\n') count += 1;
  return count;
}

function parse(markdown: string): Parsed {
  const { frontMatter, rest } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  const placed: PlacedToken[] = [];
  let line = 1;
  for (const token of Lexer.lex(rest)) {
    placed.push({ token, line });
    line += countNewlines(token.raw);
  }
  const sections: ParsedSection[] = [];
  placed.forEach(({ token, line: headingLine }, index) => {
    if (token.type !== 'heading') return;
    const level = headingLevel(token);
    let end = index + 1;
    while (end < placed.length) {
      const next = placed[end]?.token;
      if (next?.type === 'heading' && headingLevel(next) <= level) break;
      end += 1;
    }
    const body = placed.slice(index + 1, end);
    sections.push({
      heading: headingText(token),
      level,
      line: headingLine,
      text: body.map((p) => p.token.raw).join('').trim(),
      body,
    });
  });
  return { frontMatter, sections };
}

function headingLevel(token: Token): number {
  return 'depth' in token && typeof token.depth === 'number' ? token.depth : 1;
}

function headingText(token: Token): string {
  return 'text' in token && typeof token.text === 'string' ? token.text : token.raw.trim();
}

/** Every top-level heading with its level, line and body; comment anchors of reviews use it. */
export function sectionsOf(markdown: string): Section[] {
  return parse(markdown).sections.map(({ heading, level, line, text }) => ({ heading, level, line, text }));
}

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Removes HTML comments, keeping their line breaks so positions stay true. */
function withoutComments(text: string): string {
  return text.replace(HTML_COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
}

function isContent(token: Token): boolean {
  if (token.type === 'space' || token.type === 'heading') return false;
  if (token.type === 'code') return true;
  return withoutComments(token.raw).trim() !== '';
}

function isEmpty(section: ParsedSection): boolean {
  return !section.body.some((p) => isContent(p.token));
}

function findSection(sections: ParsedSection[], expected: ExpectedSection): ParsedSection | undefined {
  return sections.find((section) => headingMatches(expected, section.heading));
}

const RATIONALE_HEADINGS = new Set(['rationale', 'why', 'reasons', 'reasoning', 'justification', 'decision rationale']);
const RATIONALE_LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__|\*|_)?(?:rationale|why|reasons?|reasoning)(?:\*\*|__|\*|_)?\s*:/i;

const DECISION_MARKERS: RegExp[] = [
  /\b(?:we|i|the team)\s+(?:will|shall|are going to|have decided|decided|decide|chose|choose|have chosen|picked|selected|adopt|adopted|go with|went with|recommend)\b/,
  /\b(?:we|i)'ll\b/,
  /\bwe are\s+(?:adopting|choosing|going with|moving to)\b/,
  /\bchosen option\b/,
  /\bdecision is\b/,
  /\bdecided\b/,
];
const REASON_MARKER = /\b(?:because|since|as|due to|given|so that)\b/;

/** A sentence end: . ! or ? before a space or the end, not the dot of e.g., i.e., etc., vs., cf. */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|cf))[.!?](?=\s|$)/g;
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|>|\|)/;

interface Sentence {
  text: string;
  line: number;
}

/** Splits prose into sentences with the line each starts on. Blank lines and list items end one. */
function sentencesOf(text: string, firstLine: number): Sentence[] {
  const sentences: Sentence[] = [];
  let buffer = '';
  let start = firstLine;
  const flush = (): void => {
    if (buffer.trim() !== '') sentences.push({ text: buffer.trim(), line: start });
    buffer = '';
  };
  text.split('\n').forEach((rawLine, offset) => {
    const line = firstLine + offset;
    if (rawLine.trim() === '' || BLOCK_START.test(rawLine)) flush();
    SENTENCE_END.lastIndex = 0;
    let match: RegExpExecArray | null;
    let from = 0;
    while ((match = SENTENCE_END.exec(rawLine)) !== null) {
      if (buffer.trim() === '') start = line;
      buffer += ` ${rawLine.slice(from, match.index + 1)}`;
      flush();
      from = match.index + 1;
    }
    const rest = rawLine.slice(from);
    if (rest.trim() !== '') {
      if (buffer.trim() === '') start = line;
      buffer += ` ${rest}`;
    }
  });
  flush();
  return sentences;
}

function statesDecision(sentence: string): boolean {
  const s = sentence.toLowerCase().replace(/[’‘]/g, "'");
  return DECISION_MARKERS.some((marker) => marker.test(s));
}

function givesReason(sentence: string): boolean {
  return REASON_MARKER.test(sentence.toLowerCase());
}

function decisionsWithoutReason(section: ParsedSection): Sentence[] {
  const hasRationalePart = section.body.some(
    ({ token }) =>
      (token.type === 'heading' && RATIONALE_HEADINGS.has(normaliseHeading(headingText(token)))) ||
      (token.type !== 'code' && withoutComments(token.raw).split('\n').some((l) => RATIONALE_LINE.test(l))),
  );
  if (hasRationalePart) return [];
  const found: Sentence[] = [];
  for (const { token, line } of section.body) {
    if (token.type === 'code' || token.type === 'heading' || token.type === 'space') continue;
    for (const sentence of sentencesOf(withoutComments(token.raw), line)) {
      if (statesDecision(sentence.text) && !givesReason(sentence.text)) found.push(sentence);
    }
  }
  return found;
}

/** The findings for a document of the given kind; an empty list when it is complete. */
export function lintDocument(kind: DocumentKind, markdown: string): Finding[] {
  const spec = DOCUMENT_KIND_SPECS[kind];
  const { frontMatter, sections } = parse(markdown);
  const findings: Finding[] = [];

  for (const expected of spec.sections) {
    const section = findSection(sections, expected);
    if (section === undefined) {
      const stand = expected.frontMatterKey === undefined ? undefined : frontMatter.get(expected.frontMatterKey);
      if (stand !== undefined && stand !== '') continue;
      findings.push({
        code: expected.finding,
        section: expected.heading,
        message: `This ${spec.label} has no "${expected.heading}" section.`,
        line: 1,
      });
    } else if (isEmpty(section)) {
      findings.push({
        code: expected.finding,
        section: expected.heading,
        message: `The "${expected.heading}" section is empty: it holds only guidance or nothing at all.`,
        line: section.line,
      });
    }
  }

  if (spec.decision !== undefined) {
    const section = findSection(sections, spec.decision);
    if (section !== undefined && !isEmpty(section)) {
      for (const sentence of decisionsWithoutReason(section)) {
        findings.push({
          code: 'decision_without_reason',
          section: spec.decision.heading,
          message: 'This decision is stated without a reason. Say why ("because …"), or add a Rationale part.',
          line: sentence.line,
        });
      }
    }
  }

  return findings.sort((a, b) => a.line - b.line);
}
