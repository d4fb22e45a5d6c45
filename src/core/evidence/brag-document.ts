/**
 * Imports a plain brag document: headings name periods, top-level bullets are entries.
 *
 * Rules:
 * - A heading that names a period ("## 2026", "## Q3 2026", "### November 2026", "## 2026-11",
 *   "## Week of 2026-11-02", "## H1 2025", "## 2026-11-03") sets the date of the bullets under
 *   it, until a heading of the same or a higher level. A heading without a year ("### November",
 *   "## Q3") takes the year of the enclosing period heading, else `defaultYear`, else the year
 *   of `today`. Other headings ("### Reliability") keep the enclosing period.
 * - An entry's `occurredOn` is the first day of its period (a week: its first day). A date that
 *   opens the bullet ("2026-11-03: ...", "Nov 3: ...", "3 Nov - ...") wins; a year-less one
 *   takes the year that puts it inside the period. Bullets under no period use `today`; with
 *   no `today` they are skipped with a warning.
 * - The title is the bullet's first line without its date, checkbox, emphasis and link
 *   syntax. Nested bullets, continuation lines and indented paragraphs become the body,
 *   dedented, without trailing blank lines. URLs in the bullet become `links`.
 * - Other text is ignored; a non-bullet line that opens with a date or a past-tense verb
 *   ("Shipped ...") gets a warning, since it was probably meant as an entry.
 * Metrics are not extracted here.
 */
import { isIsoDate } from '../../shared/dates.js';
import { NEEDS_YEAR, leadingDate, periodOfHeading, type Period } from './brag-periods.js';
import type { EvidenceInput } from './types.js';

export type BragEntry = EvidenceInput & { sourceLine: number };
export interface BragWarning {
  line: number;
  message: string;
}
export interface BragOptions {
  defaultYear?: number;
  /** `YYYY-MM-DD` */
  today?: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const BULLET = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const URL_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/g;
const ENTRY_VERBS = new Set(['led', 'built', 'wrote', 'ran', 'drove', 'gave', 'taught', 'made', 'won', 'cut', 'set', 'grew', 'took', 'shipped', 'launched', 'fixed']);

function isBlockStart(line: string): boolean {
  return ATX_HEADING.test(line) || BULLET.test(line) || THEMATIC_BREAK.test(line) || FENCE_OPEN.test(line);
}

/** The run of backticks or tildes that will close a fence this line opens, or null. */
function fenceOpened(line: string): string | null {
  return FENCE_OPEN.exec(line)?.[1] ?? null;
}

function isFenceClose(line: string, fence: string): boolean {
  const t = line.trim();
  return t.startsWith(fence) && [...t].every((ch) => ch === fence[0]);
}

interface OpenEntry {
  line: number;
  indent: number;
  contentIndent: number;
  first: string;
  body: string[];
  blanks: number;
  fence: string | null;
}

function width(whitespace: string): number {
  let w = 0;
  for (const ch of whitespace) w = ch === '\t' ? w + 4 - (w % 4) : w + 1;
  return w;
}

function indentOf(line: string): number {
  return width(/^[ \t]*/.exec(line)?.[0] ?? '');
}

/** Drops `n` columns of indentation (tabs count to the next multiple of 4). */
function dedent(line: string, n: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < n && (line[i] === ' ' || line[i] === '\t')) {
    col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
    i++;
  }
  // a tab that reaches past the indentation counts as exactly enough
  return ' '.repeat(line[i - 1] === '\t' ? 0 : Math.max(0, col - n)) + line.slice(i);
}

/** Escaped punctuation is parked as numbered NUL markers while emphasis is removed. */
function park(text: string): { text: string; parked: string[] } {
  const parked: string[] = [];
  const out = text.replace(/\0/g, '\ufffd').replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, (_, ch: string) => `\0${parked.push(ch) - 1}\0`);
  return { text: out, parked };
}

/** A bullet's first line as plain text: no emphasis, link syntax or escapes. */
function plainTitle(text: string): string {
  const { text: parkedText, parked } = park(text);
  const plain = parkedText
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(/\0(\d+)\0/g, (_, i: string) => parked[Number(i)] ?? '');
}

function linksIn(text: string): string[] {
  return [...text.matchAll(URL_TEXT)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

function looksLikeEntry(line: string): boolean {
  const text = plainTitle(line.replace(/^>\s*/, ''));
  if (leadingDate(text, null, 2000) !== null) return true;
  const word = (/^[\p{L}]+/u.exec(text)?.[0] ?? '').toLowerCase();
  return ENTRY_VERBS.has(word) || (word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed'));
}

class BragReader {
  readonly entries: BragEntry[] = [];
  readonly warnings: BragWarning[] = [];
  private readonly stack: { level: number; period: Period | null }[] = [];
  private open: OpenEntry | null = null;
  private readonly todayYear: number | null;

  constructor(private readonly opts: BragOptions) {
    this.todayYear = opts.today && isIsoDate(opts.today) ? Number(opts.today.slice(0, 4)) : null;
  }

  private period(): Period | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const p = this.stack[i]?.period;
      if (p) return p;
    }
    return null;
  }

  private fallbackYear(): number | null {
    const p = this.period();
    return p ? Number(p.start.slice(0, 4)) : (this.opts.defaultYear ?? this.todayYear);
  }

  heading(level: number, text: string, line: number): void {
    while ((this.stack.at(-1)?.level ?? 0) >= level) this.stack.pop();
    const year = this.fallbackYear();
    const found = periodOfHeading(plainTitle(text), year);
    if (found === NEEDS_YEAR) this.warnings.push({ line, message: 'This heading names a period without a year, and no year is known; give it a year.' });
    this.stack.push({ level, period: found === NEEDS_YEAR ? null : found });
  }

  start(line: number, indent: number, contentIndent: number, first: string): void {
    this.open = { line, indent, contentIndent, first, body: [], blanks: 0, fence: null };
  }

  get hasOpenEntry(): boolean {
    return this.open !== null;
  }

  /** Offers a line to the open entry: true when it belongs to it, false when it ends it. */
  takes(raw: string): boolean {
    const e = this.open;
    if (!e) return false;
    if (e.fence !== null) {
      this.addBody(e, dedent(raw, Math.min(indentOf(raw), e.contentIndent)));
      if (isFenceClose(raw, e.fence)) e.fence = null;
      return true;
    }
    if (raw.trim() === '') {
      e.blanks++;
      return true;
    }
    if (THEMATIC_BREAK.test(raw)) return false;
    const indent = indentOf(raw);
    if (indent > e.indent) this.addBody(e, dedent(raw, Math.min(indent, e.contentIndent)));
    else if (e.blanks === 0 && !isBlockStart(raw)) this.addBody(e, raw.trim());
    else return false;
    e.fence = fenceOpened(raw);
    return true;
  }

  private addBody(e: OpenEntry, line: string): void {
    for (; e.blanks > 0; e.blanks--) e.body.push('');
    e.body.push(line);
  }

  close(): void {
    const e = this.open;
    this.open = null;
    if (!e) return;
    const period = this.period();
    const plain = plainTitle(e.first.replace(/^\[[ xX]\](?:[ \t]+|$)/, ''));
    let occurredOn = period?.start ?? (this.opts.today && isIsoDate(this.opts.today) ? this.opts.today : null);
    const dated = leadingDate(plain, period, this.fallbackYear());
    if (dated?.date) occurredOn = dated.date;
    else if (dated?.invalid) this.warnings.push({ line: e.line, message: 'The date that opens this bullet is not a real date; the heading decides the date.' });
    const title = dated ? dated.rest.trim() : plain;
    const body = e.body.join('\n').replace(/\s+$/, '');
    if (title === '') {
      this.warnings.push({ line: e.line, message: 'This bullet has no text on its first line; it was skipped.' });
      return;
    }
    if (occurredOn === null) {
      this.warnings.push({ line: e.line, message: 'No date is known for this bullet (no period heading above it and no `today`); it was skipped.' });
      return;
    }
    const links = [...new Set([...linksIn(e.first), ...linksIn(body)])];
    this.entries.push({ occurredOn, title, body, links, sourceLine: e.line });
  }

  prose(text: string, line: number): void {
    if (looksLikeEntry(text)) {
      this.warnings.push({ line, message: 'This line reads like an entry but is not a list item; start it with "- " to import it.' });
    }
  }
}

export function parseBragDocument(markdown: string, opts: BragOptions = {}): { entries: BragEntry[]; warnings: BragWarning[] } {
  const lines = markdown.split(/\r?\n/);
  const reader = new BragReader(opts);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) i = end + 1;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (fence !== null) {
      if (isFenceClose(raw, fence)) fence = null;
      continue;
    }
    if (reader.hasOpenEntry && reader.takes(raw)) continue;
    reader.close();
    if (raw.trim() === '' || /^\s*<!--.*-->\s*$/.test(raw) || THEMATIC_BREAK.test(raw)) continue;
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      reader.heading(heading[1]?.length ?? 1, heading[2] ?? '', lineNo);
      continue;
    }
    const isBullet = BULLET.exec(raw);
    if (isBullet) {
      const indent = width(isBullet[1] ?? '');
      const contentIndent = indent + (isBullet[2]?.length ?? 1) + Math.max(1, Math.min(width(isBullet[3] ?? ' '), 4));
      reader.start(lineNo, indent, contentIndent, isBullet[4] ?? '');
      continue;
    }
    fence = fenceOpened(raw);
    if (fence !== null) continue;
    const underline = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
    if (underline && !/^ {0,3}-+[ \t]*$/.test(raw)) {
      reader.heading(underline[1]?.startsWith('=') ? 1 : 2, raw.trim(), lineNo);
      i++;
      continue;
    }
    reader.prose(raw, lineNo);
  }
  reader.close();
  return { entries: reader.entries, warnings: reader.warnings };
}
