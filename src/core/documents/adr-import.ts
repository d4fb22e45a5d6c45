/**
 * Reading a folder of architecture decision records (issue 10 item 8), pure: the two formats
 * teams already keep in their repositories.
 *
 * - **Nygard** (as adr-tools writes them, `doc/adr/0001-record-architecture-decisions.md`): a
 *   `# 1. Title` heading, a `Date: YYYY-MM-DD` line, a `## Status` section whose first line is
 *   the status and whose links say "Supersedes [2. …](0002-….md)" or "Superseded by […](….md)".
 * - **MADR**: YAML front matter with `status`, `date` and `deciders`, a `# Title`, and sections
 *   such as "Context and Problem Statement", "Considered Options" and "Decision Outcome"; a
 *   status may read "superseded by [ADR-0005](0005-….md)".
 *
 * The number comes from the file name's leading digits (or the Nygard heading). Statuses map to
 * the document lifecycle: proposed → in-review, accepted → approved, rejected, deprecated →
 * abandoned, superseded, draft. What cannot be read is a warning for that file; the rest imports.
 */
import { parse as parseYaml } from 'yaml';
import { isIsoDate } from '../../shared/dates.js';
import type { DocumentStatus } from './document-lifecycle.js';

export interface AdrFile {
  path: string;
  content: string;
}

export interface ImportedAdr {
  path: string;
  format: 'nygard' | 'madr';
  number: number;
  title: string;
  status: DocumentStatus;
  /** `YYYY-MM-DD`, or null when the file does not say. */
  date: string | null;
  /** The record's text below its title (front matter, title and Nygard's date line removed). */
  body: string;
  /** Numbers of the records this one supersedes, and the one that supersedes it. */
  supersedes: number[];
  supersededBy: number | null;
  deciders: string[];
}

export interface AdrWarning {
  path: string;
  message: string;
}

const STATUS_WORDS: Record<string, DocumentStatus> = {
  proposed: 'in-review',
  accepted: 'approved',
  approved: 'approved',
  rejected: 'rejected',
  deprecated: 'abandoned',
  superseded: 'superseded',
  draft: 'draft',
};

/** The record number a link or a file name points at: `0002-use-kafka.md` → 2. */
function numberOf(target: string): number | null {
  const m = /(?:^|\/)(\d{1,6})-[^/]*\.md$/i.exec(target.trim());
  return m ? Number(m[1]) : null;
}

function statusOf(text: string): DocumentStatus | null {
  const word = /^[\s*_]*([a-z]+)/i.exec(text)?.[1]?.toLowerCase();
  return word ? (STATUS_WORDS[word] ?? null) : null;
}

/** Links in a piece of text, as record numbers, split by whether "superseded by" precedes them. */
function links(text: string): { supersedes: number[]; supersededBy: number | null } {
  const supersedes: number[] = [];
  let supersededBy: number | null = null;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) {
      const n = numberOf(m[1] ?? '');
      if (n === null) continue;
      const before = line.slice(0, m.index).toLowerCase();
      if (/superseded\s+by/.test(before)) supersededBy = n;
      else if (/supersedes/.test(before)) supersedes.push(n);
    }
  }
  return { supersedes, supersededBy };
}

function splitFrontMatter(content: string): { data: Record<string, unknown> | null; rest: string; error?: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(content);
  if (!m) return { data: null, rest: content };
  try {
    const data: unknown = parseYaml(m[1] ?? '');
    return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, rest: content.slice(m[0].length) };
  } catch {
    return { data: {}, rest: content.slice(m[0].length), error: 'its front matter is not valid YAML' };
  }
}

/** The text of a `## Heading` section (up to the next heading of level 1 or 2). */
function section(body: string, heading: RegExp): string | null {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^##\s+/.test(l) && heading.test(l.replace(/^##\s+/, '').trim()));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^#{1,2}\s+/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? '' : String(v));

function readOne(file: AdrFile): { adr: ImportedAdr } | { warning: string } {
  const text = file.content.replace(/\r\n/g, '\n');
  const { data, rest, error } = splitFrontMatter(text);
  if (error) return { warning: `${file.path}: ${error}.` };
  const titleLine = /^#\s+(.+)$/m.exec(rest);
  if (!titleLine) return { warning: `${file.path}: no "# Title" heading, so this does not read as a decision record.` };
  const heading = (titleLine[1] ?? '').trim();
  const numbered = /^(\d{1,6})\.\s+(.+)$/.exec(heading);
  const number = numberOf(file.path) ?? (numbered ? Number(numbered[1]) : null);
  if (number === null) return { warning: `${file.path}: the file name does not start with the record's number (0001-title.md).` };
  const title = (numbered ? numbered[2] : heading)?.trim() ?? heading;
  const afterTitle = rest.slice((titleLine.index ?? 0) + titleLine[0].length).replace(/^\n+/, '');

  if (data) {
    const statusText = asText(data.status);
    const status = statusText ? statusOf(statusText) : 'approved';
    if (!status) return { warning: `${file.path}: the status “${statusText}” is not one of proposed, accepted, rejected, deprecated, superseded.` };
    const date = asText(data.date) || null;
    const deciders = Array.isArray(data.deciders) ? data.deciders.map(asText) : asText(data.deciders).split(',').map((d) => d.trim()).filter(Boolean);
    return {
      adr: { path: file.path, format: 'madr', number, title, status, date: date && isIsoDate(date) ? date : null, body: afterTitle.trim(), ...links(statusText), deciders },
    };
  }

  const dateLine = /^Date:\s*(\S+)\s*$/m.exec(afterTitle);
  const statusText = section(afterTitle, /^status$/i);
  if (statusText === null) return { warning: `${file.path}: no "## Status" section and no front matter, so its status is unknown.` };
  const status = statusOf(statusText);
  if (!status) return { warning: `${file.path}: the status “${statusText.split('\n')[0] ?? ''}” is not one of proposed, accepted, rejected, deprecated, superseded.` };
  const body = (dateLine ? afterTitle.replace(dateLine[0], '') : afterTitle).replace(/^\n+/, '').trim();
  return {
    adr: { path: file.path, format: 'nygard', number, title, status, date: dateLine && isIsoDate(dateLine[1] ?? '') ? (dateLine[1] as string) : null, body, ...links(statusText), deciders: [] },
  };
}

/** Every record that reads, by number; a file that does not, or a number used twice, is a warning. */
export function readAdrFolder(files: readonly AdrFile[]): { adrs: ImportedAdr[]; warnings: AdrWarning[] } {
  const adrs: ImportedAdr[] = [];
  const warnings: AdrWarning[] = [];
  const byNumber = new Map<number, string>();
  for (const file of [...files].filter((f) => f.path.toLowerCase().endsWith('.md')).sort((a, b) => a.path.localeCompare(b.path))) {
    const r = readOne(file);
    if ('warning' in r) {
      warnings.push({ path: file.path, message: r.warning });
      continue;
    }
    const taken = byNumber.get(r.adr.number);
    if (taken) {
      warnings.push({ path: file.path, message: `${file.path}: number ${r.adr.number} is already used by ${taken}; skipped.` });
      continue;
    }
    byNumber.set(r.adr.number, file.path);
    adrs.push(r.adr);
  }
  // A link to a record that is not in the folder cannot be kept.
  for (const a of adrs) {
    const missing = [...a.supersedes, ...(a.supersededBy === null ? [] : [a.supersededBy])].filter((n) => !byNumber.has(n));
    if (missing.length) warnings.push({ path: a.path, message: `${a.path}: links to record ${missing.join(', ')}, which is not in the folder.` });
  }
  return { adrs: adrs.sort((a, b) => a.number - b.number), warnings };
}
