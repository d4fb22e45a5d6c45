/**
 * Linting a Markdown file from a repository (`staffpath doc lint FILE…`), pure: no server, no
 * database. The kind comes from, in this order:
 *
 * 1. the `--kind` the caller gives (it wins over the file);
 * 2. the front matter's `kind` (a staffpath export, or any file that says it);
 * 3. the file name of an export (`rfc-0007-….md` → rfc);
 * 4. an ADR's place: a file named `0001-….md`, or any `.md` file in a folder named `adr`,
 *    `adrs` or `decisions` (adr-tools' `doc/adr/`, MADR's `docs/decisions/`) → adr.
 *
 * A trade-off summary's decision matrix is read from the front matter's `matrix` key; its
 * findings (no choice, gaps, a lower-ranked choice without a reason) are reported at the line
 * of that key.
 */
import { matrixFindings } from './decision-matrix.js';
import { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from './document-kinds.js';
import { lintDocument } from './document-lint.js';
import { kindOfFileName } from './document-markdown.js';
import { frontMatterOf, matrixOfFile } from './document-markdown-read.js';

export interface FileFinding {
  code: string;
  section: string;
  message: string;
  line: number;
}

export type LintFileResult = { kind: DocumentKind; findings: FileFinding[] } | { problem: string };

const ADR_FOLDERS = new Set(['adr', 'adrs', 'decisions']);

/** The kind a file's own content or place gives it; null when nothing says. */
export function kindOfFile(path: string, content: string): DocumentKind | null {
  const block = frontMatterOf(content);
  const declared = block ? /^kind\s*:\s*["']?([a-z-]+)["']?\s*$/m.exec(block.yaml)?.[1] : undefined;
  if (declared !== undefined && isDocumentKind(declared)) return declared;
  const named = kindOfFileName(path);
  if (named) return named;
  const parts = path.replace(/\\/g, '/').split('/');
  const name = parts.pop() ?? '';
  if (/^\d{1,6}-[^/]*\.md$/i.test(name) || parts.some((p) => ADR_FOLDERS.has(p.toLowerCase()))) return 'adr';
  return null;
}

/** The findings of one file, or the problem that keeps it from being linted (a usage error). */
export function lintFile(path: string, content: string, kindOption?: string): LintFileResult {
  if (kindOption !== undefined && !isDocumentKind(kindOption)) {
    return { problem: `“${kindOption}” is not a kind of document; use one of ${DOCUMENT_KINDS.join(', ')}.` };
  }
  const block = frontMatterOf(content);
  const declared = block ? /^kind\s*:\s*["']?([^"'\s]+)["']?\s*$/m.exec(block.yaml)?.[1] : undefined;
  if (kindOption === undefined && declared !== undefined && !isDocumentKind(declared)) {
    return { problem: `${path}: its front matter says kind “${declared}”, which is not one of ${DOCUMENT_KINDS.join(', ')}.` };
  }
  const kind = (kindOption as DocumentKind | undefined) ?? kindOfFile(path, content);
  if (kind === null) return { problem: `${path}: cannot tell what kind of document this is; give --kind (${DOCUMENT_KINDS.join(', ')}).` };
  const text = content.replace(/\r\n/g, '\n');
  const findings: FileFinding[] = lintDocument(kind, text).map((f) => ({ code: f.code, section: f.section, message: f.message, line: f.line }));
  if (kind === 'trade-off') {
    const { matrix, line } = matrixOfFile(text);
    if (matrix) for (const f of matrixFindings(matrix)) findings.push({ code: f.code, section: 'Decision', message: f.message, line });
  }
  return { kind, findings: findings.sort((a, b) => a.line - b.line) };
}
