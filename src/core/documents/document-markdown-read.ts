/**
 * Reading one staffpath Markdown file back (the writing side and the file's shape are in
 * document-markdown.ts): the front matter block, the decision matrix, and the whole document
 * with the problems found, each with its line. Pure.
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { isIsoDate } from '../../shared/dates.js';
import { DOCUMENT_LIMITS } from '../../shared/staff-work-limits.js';
import { isId } from '../ids.js';
import { AUDIENCES, type Audience } from '../types.js';
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from './document-kinds.js';
import { DOCUMENT_STATUSES, type DocumentStatus } from './document-lifecycle.js';
import { matrixProblems, type DecisionMatrix } from './decision-matrix.js';
import { parseKey, type DocumentFile, type MarkdownDocument } from './document-markdown.js';
export interface FrontMatterBlock {
  /** The YAML between the fences. */
  yaml: string;
  /** The 1-based line of the file the YAML's first line is on. */
  firstLine: number;
  /** What follows the closing fence, with the one blank line after it removed. */
  body: string;
}

/** The front matter of a file: the first line `---`, up to the next `---` (or `...`) line. */
export function frontMatterOf(content: string): FrontMatterBlock | null {
  const text = content.replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return null;
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) return null;
  const rest = lines.slice(close + 1).join('\n');
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2, body: rest.replace(/^\n/, '').replace(/\n$/, '') };
}

/** Whether the file is a staffpath export: front matter with a `kind` key (even when it does not parse). */
export function isStaffpathFile(content: string): boolean {
  const block = frontMatterOf(content);
  return block !== null && /^kind\s*:/m.test(block.yaml);
}

export interface FileProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

const KNOWN_KEYS = ['id', 'kind', 'number', 'title', 'status', 'audience', 'supersedes', 'supersededBy', 'reviewDeadline', 'createdAt', 'updatedAt', 'matrix'];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The matrix as the file has it, or a message saying what is wrong with its shape. */
function readMatrix(value: unknown): { matrix: DecisionMatrix } | { problem: string } {
  if (!isRecord(value)) return { problem: '`matrix` must hold options, criteria, scores and chosen.' };
  const { options, criteria, scores, chosen } = value;
  const named = (items: unknown, what: string, weighted: boolean): { id: string; name: string; weight: number }[] | string => {
    if (!Array.isArray(items)) return `\`matrix.${what}\` must be a list.`;
    if (items.length > DOCUMENT_LIMITS.matrixItems) return `\`matrix.${what}\` may hold at most ${DOCUMENT_LIMITS.matrixItems} items.`;
    const out: { id: string; name: string; weight: number }[] = [];
    for (const it of items) {
      if (!isRecord(it) || typeof it.id !== 'string' || typeof it.name !== 'string' || it.name === '' || it.name.length > DOCUMENT_LIMITS.matrixName) {
        return `each of \`matrix.${what}\` needs an \`id\` and a \`name\` (text).`;
      }
      if (weighted && typeof it.weight !== 'number') return `each of \`matrix.${what}\` needs a \`weight\` (a number).`;
      out.push({ id: it.id, name: it.name, weight: typeof it.weight === 'number' ? it.weight : 0 });
    }
    return out;
  };
  const o = named(options, 'options', false);
  if (typeof o === 'string') return { problem: o };
  const c = named(criteria, 'criteria', true);
  if (typeof c === 'string') return { problem: c };
  const s: Record<string, Record<string, number>> = {};
  if (scores !== undefined && scores !== null) {
    if (!isRecord(scores)) return { problem: '`matrix.scores` must map each option to its scores.' };
    for (const [optionId, row] of Object.entries(scores)) {
      if (!isRecord(row)) return { problem: `\`matrix.scores.${optionId}\` must map criteria to numbers.` };
      s[optionId] = {};
      for (const [criterionId, score] of Object.entries(row)) {
        if (typeof score !== 'number') return { problem: `\`matrix.scores.${optionId}.${criterionId}\` must be a number.` };
        (s[optionId] as Record<string, number>)[criterionId] = score;
      }
    }
  }
  let ch: DecisionMatrix['chosen'] = null;
  if (chosen !== undefined && chosen !== null) {
    if (!isRecord(chosen) || typeof chosen.optionId !== 'string') return { problem: '`matrix.chosen` needs an `optionId` (and a `reason`), or null.' };
    const reason = typeof chosen.reason === 'string' ? chosen.reason : '';
    if (reason.length > DOCUMENT_LIMITS.matrixReason) return { problem: `\`matrix.chosen.reason\` may be at most ${DOCUMENT_LIMITS.matrixReason} characters.` };
    ch = { optionId: chosen.optionId, reason };
  }
  const matrix: DecisionMatrix = { options: o.map(({ id, name }) => ({ id, name })), criteria: c, scores: s, chosen: ch };
  const problems = matrixProblems(matrix, 'matrix');
  if (problems.length > 0) return { problem: `${problems[0]?.pointer.replace(/\//g, '.')}: ${problems[0]?.message}` };
  return { matrix };
}

/** Reads the front matter's `matrix` key alone (the linter's use); null when there is none or it does not read. */
export function matrixOfFile(content: string): { matrix: DecisionMatrix | null; line: number } {
  const block = frontMatterOf(content);
  if (!block) return { matrix: null, line: 1 };
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { matrix: null, line: 1 };
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'matrix');
  if (!pair) return { matrix: null, line: 1 };
  const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
  const line = lineCounter.linePos(offset).line + block.firstLine - 1;
  const read = readMatrix((doc.toJS() as Record<string, unknown>).matrix);
  return { matrix: 'matrix' in read ? read.matrix : null, line };
}

/**
 * A staffpath file read back: the document, notes about keys it ignored, or the problems that
 * keep it from being imported (each with its line).
 */
export function parseDocumentFile(file: DocumentFile): { document: MarkdownDocument; notes: FileProblem[]; audienceGiven: boolean } | { problems: FileProblem[] } {
  const block = frontMatterOf(file.content);
  if (!block) return { problems: [{ line: 1, message: 'the file does not start with front matter (a `---` line, the keys, a `---` line).' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + block.firstLine - 1;
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: `the front matter is not valid YAML (${e.message.split('\n')[0] ?? ''}).` })) };
  }
  if (!isMap(doc.contents)) return { problems: [{ line: 1, message: 'the front matter must be a set of `key: value` lines.' }] };
  const lines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key)) lines.set(String(pair.key.value), lineAt(pair.key.range?.[0] ?? 0));
  }
  const data = doc.toJS() as Record<string, unknown>;
  const problems: FileProblem[] = [];
  const notes: FileProblem[] = [];
  const at = (key: string): number => lines.get(key) ?? 1;
  const problem = (key: string, message: string): void => {
    problems.push({ line: at(key), message });
  };
  for (const key of lines.keys()) if (!KNOWN_KEYS.includes(key)) notes.push({ line: at(key), message: `the key \`${key}\` is not one staffpath reads; it was ignored.` });

  const text = (key: string): string | null => {
    const v = data[key];
    return typeof v === 'string' ? v : null;
  };
  const id = text('id');
  if (id === null || !isId(id)) problem('id', '`id` must be a staffpath id: 26 characters, digits and lower-case letters other than i, l, o and u.');
  const kind = text('kind');
  if (kind === null || !isDocumentKind(kind)) problem('kind', `\`kind\` must be one of ${DOCUMENT_KINDS.join(', ')}.`);
  const number = data.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) problem('number', '`number` must be a whole number of 1 or more.');
  const title = data.title === undefined || data.title === null ? null : String(data.title);
  if (title === null || title.trim() === '') problem('title', '`title` must not be empty.');
  else if (title.length > DOCUMENT_LIMITS.title) problem('title', `\`title\` may be at most ${DOCUMENT_LIMITS.title} characters.`);
  const status = text('status');
  if (status === null || !(DOCUMENT_STATUSES as readonly string[]).includes(status)) problem('status', `\`status\` must be one of ${DOCUMENT_STATUSES.join(', ')}.`);

  const audience = data.audience;
  if (audience !== undefined && audience !== null && (!Array.isArray(audience) || !audience.every((a) => typeof a === 'string' && (AUDIENCES as readonly string[]).includes(a)))) {
    problem('audience', `\`audience\` must be a list of ${AUDIENCES.join(', ')} (or empty: only you).`);
  }
  const link = (key: 'supersedes' | 'supersededBy'): string | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || parseKey(v) === null) {
      problem(key, `\`${key}\` must be a document key such as ADR-0002, or null.`);
      return null;
    }
    return v;
  };
  const supersedes = link('supersedes');
  const supersededBy = link('supersededBy');
  const deadline = data.reviewDeadline;
  if (deadline !== undefined && deadline !== null && (typeof deadline !== 'string' || !isIsoDate(deadline))) problem('reviewDeadline', '`reviewDeadline` must be a date (YYYY-MM-DD), or null.');
  for (const key of ['createdAt', 'updatedAt']) {
    const v = data[key];
    if (typeof v !== 'string' || !ISO_TIME.test(v) || Number.isNaN(Date.parse(v))) problem(key, `\`${key}\` must be a time in UTC, like 2026-11-02T09:00:00.000Z.`);
  }
  let matrix: DecisionMatrix | null | undefined;
  if (data.matrix !== undefined && data.matrix !== null) {
    if (kind !== 'trade-off') problem('matrix', 'only a trade-off summary has a `matrix`.');
    else {
      const read = readMatrix(data.matrix);
      if ('problem' in read) problem('matrix', read.problem);
      else matrix = read.matrix;
    }
  } else if (kind === 'trade-off') matrix = null;
  if (block.body.length > DOCUMENT_LIMITS.body) problems.push({ line: block.firstLine, message: `the body may be at most ${DOCUMENT_LIMITS.body} characters.` });

  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line) };
  const createdAt = data.createdAt as string;
  return {
    document: {
      id: id as string,
      kind: kind as DocumentKind,
      number: number as number,
      title: title as string,
      status: status as DocumentStatus,
      audience: Array.isArray(audience) ? [...new Set(audience as Audience[])] : [],
      supersedes,
      supersededBy,
      reviewDeadline: typeof deadline === 'string' ? deadline : null,
      createdAt,
      updatedAt: data.updatedAt as string,
      ...(matrix !== undefined && { matrix }),
      body: block.body,
    },
    notes,
    // Absent or null: the importer's default audience applies; `[]` means only the owner.
    audienceGiven: Array.isArray(audience),
  };
}
