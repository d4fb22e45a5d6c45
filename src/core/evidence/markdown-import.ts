/**
 * Reads evidence back from the Markdown files `exportEvidence` writes (layout:
 * markdown-format.ts), and re-exports the plain brag-document reader.
 */
import { LineCounter, isMap, isNode, parseDocument } from 'yaml';
import { readFrontMatter } from './front-matter-fields.js';
import { ENTRY_MARKER, FENCE, unescapeBody, type ExportedEvidence } from './markdown-format.js';
import type { EvidenceInput } from './types.js';

export { parseBragDocument, type BragEntry, type BragWarning } from './brag-document.js';

/** An entry read from an export: every carried field is present. */
export type ImportedEntry = EvidenceInput & ExportedEvidence;

export interface ImportFile {
  path: string;
  content: string;
}

/** Where an entry was read: its file and the 1-based line of its `id`. */
export interface EntryLocation {
  path: string;
  line: number;
}

export interface ImportError {
  path: string;
  /** 1-based line in the file */
  line: number;
  message: string;
}

interface Lines {
  text: string[];
  /** offset of each line's first character */
  starts: number[];
}

function splitLines(content: string): Lines {
  const text = content.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of text) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { text, starts };
}

/**
 * The body is what lies between the closing fence and the next marker line, less the layout's
 * newlines: two before another entry ("\n\n"), one at the end of the file. A hand-edited file
 * that lost the blank line or the final newline still reads.
 */
function bodyOf(region: string, last: boolean): string {
  if (!last && region.endsWith('\n\n')) return region.slice(0, -2);
  return region.endsWith('\n') ? region.slice(0, -1) : region;
}

type BlockResult = { entry: ImportedEntry; idLine: number } | { errors: { line: number; message: string }[] };

/** Reads the block whose marker is on (0-based) line `m` and which ends before line `end`. */
function readBlock(content: string, lines: Lines, m: number, end: number): BlockResult {
  const fenceLine = m + 2; // 1-based line of the opening fence
  if (m + 1 >= end || lines.text[m + 1] !== FENCE) {
    return { errors: [{ line: fenceLine, message: `Expected a ${FENCE} line right after the entry marker.` }] };
  }
  let close = m + 2;
  while (close < end && lines.text[close] !== FENCE) close++;
  if (close >= end) return { errors: [{ line: fenceLine, message: `This front matter is never closed by a ${FENCE} line.` }] };

  const yamlStart = lines.starts[m + 2] ?? content.length;
  const yamlText = content.slice(yamlStart, lines.starts[close] ?? content.length);
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  const toLine = (offset: number): number => m + 2 + counter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return { errors: doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: `YAML: ${e.message.split('\n')[0] ?? ''}` })) };
  }
  const lineOf = (node: unknown, fallback: number): number => (isNode(node) && node.range ? toLine(node.range[0]) : fallback);
  const { fields, problems } = readFrontMatter(doc.contents, fenceLine, lineOf);
  if (!fields) return { errors: problems };

  const bodyStart = (lines.starts[close] ?? content.length) + FENCE.length + 1;
  const bodyEnd = lines.starts[end] ?? content.length;
  const last = end >= lines.text.length;
  const body = unescapeBody(bodyOf(content.slice(Math.min(bodyStart, bodyEnd), bodyEnd), last));
  const idNode = isMap(doc.contents) ? doc.contents.get('id', true) : null;
  const { id, occurredOn, title, dimensions, impact, metrics, teams, links, initiativeId, audience } = fields;
  return {
    entry: { id, occurredOn, title, body, dimensions, impact, metrics, teams, links, initiativeId, audience },
    idLine: lineOf(idNode, fenceLine),
  };
}

interface Parsed {
  entries: ImportedEntry[];
  /** `locations[i]` is where `entries[i]` was read. */
  locations: EntryLocation[];
  errors: ImportError[];
}

function parseFile(file: ImportFile, seen: Map<string, string>, out: Parsed): void {
  const { entries, errors } = out;
  const lines = splitLines(file.content);
  const markers: number[] = [];
  lines.text.forEach((line, i) => {
    if (line === ENTRY_MARKER) markers.push(i);
  });
  if (markers.length === 0) {
    if (file.content.trim() === '') return;
    const crlf = lines.text.findIndex((line) => line === `${ENTRY_MARKER}\r`);
    errors.push(
      crlf >= 0
        ? { path: file.path, line: crlf + 1, message: 'This file has Windows (CRLF) line endings; convert it back to LF line endings.' }
        : { path: file.path, line: 1, message: `No entries: an export has a ${ENTRY_MARKER} line before each entry.` },
    );
    return;
  }
  markers.forEach((m, k) => {
    const result = readBlock(file.content, lines, m, markers[k + 1] ?? lines.text.length);
    if ('errors' in result) {
      for (const e of result.errors) errors.push({ path: file.path, ...e });
      return;
    }
    const first = seen.get(result.entry.id);
    if (first !== undefined) {
      errors.push({ path: file.path, line: result.idLine, message: `The id ${JSON.stringify(result.entry.id)} was already used (${first}).` });
      return;
    }
    seen.set(result.entry.id, `${file.path} line ${result.idLine}`);
    entries.push(result.entry);
    out.locations.push({ path: file.path, line: result.idLine });
  });
}

/**
 * Reads export files. Entries come out in file order, then in the order they are written; an
 * entry with any problem is left out and every problem is reported with its file and line.
 * A repeated id is an error on the second occurrence. The reader takes any non-empty id, so
 * that it reads back whatever was written; the import decides which ids it accepts.
 */
export function parseEvidenceExport(files: readonly ImportFile[]): Parsed {
  const out: Parsed = { entries: [], locations: [], errors: [] };
  const seen = new Map<string, string>();
  for (const file of files) parseFile(file, seen, out);
  return out;
}
