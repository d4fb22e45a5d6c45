/**
 * `staffpath doc export <dir>`, `staffpath doc import <dir> [--dry-run]` and
 * `staffpath doc lint <file…> [--kind K]`. Thin: read or write files, call the core, print.
 *
 * export and import work in-process against the local database or remotely with a token, as
 * the other commands do. lint needs neither a server nor a database: it is pure, so it can run
 * in a repository's CI. It prints `file:line: message (code)` for each finding and exits 1 when
 * any file has findings, 0 when none do, and 2 on a usage error (an unknown kind, a file that
 * cannot be read or whose kind cannot be told).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { createServices, type Services } from '../../core/services.js';
import { AppError } from '../../core/errors.js';
import { findUnstorableText } from '../../core/validation.js';
import type { ImportAnswer } from '../../core/documents/document-transfer.js';
import type { DocumentFile } from '../../core/documents/document-markdown.js';
import { lintFile, type FileFinding } from '../../core/documents/lint-file.js';
import { DOCUMENT_KINDS, isDocumentKind } from '../../core/documents/document-kinds.js';
import type { Actor } from '../../core/types.js';
import { openStorage } from '../../storage/database.js';
import { CliError } from '../client.js';

/** Where export and import go: the local database (acting as someone), or a server with a token. */
export type DocTarget = { config: Config; as: string | undefined } | { server: string; token: string };
type Print = (cmd: Command, data: unknown, text: string) => void;

interface DocClient {
  exportFiles(): Promise<DocumentFile[]>;
  importFiles(files: DocumentFile[], dryRun: boolean): Promise<ImportAnswer>;
  close(): Promise<void>;
}

async function localClient(config: Config, as: string | undefined): Promise<DocClient> {
  const storage = openStorage({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: 2, ...(config.pgSchema && { pgSchema: config.pgSchema }) });
  await storage.migrate();
  const services: Services = createServices(storage, config);
  const actor = (): Promise<Actor> => services.auth.localActor(as);
  return {
    exportFiles: async () => services.documentTransfer.exportFiles(await actor()),
    importFiles: async (files, dryRun) => {
      // What the HTTP edge refuses (NUL, lone surrogates) is refused here too.
      const errors = findUnstorableText({ files });
      if (errors.length > 0) throw new AppError('validation_failed', 'Some text in the files cannot be stored.', { errors });
      return services.documentTransfer.import(await actor(), files, dryRun);
    },
    close: () => storage.close(),
  };
}

function remoteClient(server: string, token: string): DocClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(new URL(`/api/v1${path}`, server), {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new CliError(`Cannot reach ${server}: ${(err as Error).message}`);
    }
    const text = await res.text();
    const data: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const p = data as { detail?: string; code?: string; errors?: { pointer: string; message: string }[] } | null;
      const lines = p?.errors?.map((e) => `\n  ${e.message}`).join('') ?? '';
      throw new CliError(`${p?.detail ?? res.statusText} (${p?.code ?? res.status})${lines}`);
    }
    return data as T;
  };
  return {
    exportFiles: async () => (await call<{ files: DocumentFile[] }>('GET', '/documents/export')).files,
    importFiles: (files, dryRun) => call('POST', '/documents/import', { files, dryRun }),
    close: async () => {},
  };
}

/** Every `.md` file under `dir` (recursing), with `/`-separated paths relative to it, in name order. */
async function markdownFiles(dir: string): Promise<DocumentFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    throw new CliError(`Cannot read the folder ${dir}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (err as Error).message}.`);
  }
  const paths = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(paths.map(async (p) => ({ path: relative(dir, p).split(sep).join('/'), content: await readFile(p, 'utf8') })));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function importWords(r: ImportAnswer, dryRun: boolean): string {
  const lines = [
    `${dryRun ? 'Would import' : 'Imported'} ${plural(r.imported, 'document')}${r.skipped ? `; ${plural(r.skipped, 'file')} skipped` : ''}${dryRun ? ' (dry run: nothing was written)' : ''}.`,
    ...r.documents.map((d) => `  ${d.key}  ${d.title} (${d.status})`),
  ];
  if (r.warnings.length > 0) lines.push(`${plural(r.warnings.length, 'warning')}:`, ...r.warnings.map((w) => `  ${w.message}`));
  return lines.join('\n');
}

/** Lints every file; the exit code says whether there were findings (1) or a usage error (2). */
async function lint(files: string[], kind: string | undefined, json: boolean): Promise<number> {
  if (kind !== undefined && !isDocumentKind(kind)) {
    process.stderr.write(`Error: --kind “${kind}” is not a kind of document; use one of ${DOCUMENT_KINDS.join(', ')}.\n`);
    return 2;
  }
  const results: { path: string; kind: string; findings: FileFinding[] }[] = [];
  const problems: string[] = [];
  for (const path of files) {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}).`);
      continue;
    }
    const r = lintFile(path, content, kind);
    if ('problem' in r) {
      problems.push(r.problem);
      continue;
    }
    results.push({ path, kind: r.kind, findings: r.findings });
  }
  const count = results.reduce((n, r) => n + r.findings.length, 0);
  const withFindings = results.filter((r) => r.findings.length > 0).length;
  if (json) process.stdout.write(`${JSON.stringify({ files: results, problems }, null, 2)}\n`);
  else {
    const out = results.flatMap((r) => r.findings.map((f) => `${r.path}:${f.line}: ${f.message} (${f.code})`));
    if (results.length > 0) {
      out.push(count === 0 ? `${plural(results.length, 'file')} checked: no findings.` : `${plural(count, 'finding')} in ${plural(withFindings, 'file')} (${results.length} checked).`);
    }
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  }
  for (const p of problems) process.stderr.write(`Error: ${p}\n`);
  return problems.length > 0 ? 2 : count > 0 ? 1 : 0;
}

export function registerDocCommands(program: Command, targetOf: (cmd: Command) => DocTarget, print: Print): void {
  const withDocs = async <T>(cmd: Command, fn: (c: DocClient) => Promise<T>): Promise<T> => {
    const target = targetOf(cmd);
    const client = 'server' in target ? remoteClient(target.server, target.token) : await localClient(target.config, target.as);
    try {
      return await fn(client);
    } finally {
      await client.close();
    }
  };

  const doc = program.command('doc').description('documents as Markdown files: export, import, lint');
  doc
    .command('export')
    .description('write every document you own into a folder, one Markdown file with front matter each')
    .argument('<dir>', 'the folder (made when missing; files of the same name are replaced)')
    .action(async (dir: string, _o, cmd: Command) => {
      const files = await withDocs(cmd, (c) => c.exportFiles());
      await mkdir(dir, { recursive: true });
      for (const f of files) await writeFile(join(dir, f.path), f.content, 'utf8');
      print(cmd, { dir, files: files.map((f) => f.path) }, `Exported ${plural(files.length, 'document')} to ${dir}.`);
    });
  doc
    .command('import')
    .description('import a folder of exports, Nygard ADRs (doc/adr/) or MADR ADRs (docs/decisions/), reading *.md files in it and below')
    .argument('<dir>', 'the folder')
    .option('--dry-run', 'show what would be imported, and write nothing')
    .action(async (dir: string, o: { dryRun?: boolean }, cmd: Command) => {
      const files = await markdownFiles(dir);
      if (files.length === 0) throw new CliError(`There are no .md files in ${dir}.`);
      const dryRun = o.dryRun === true;
      const r = await withDocs(cmd, (c) => c.importFiles(files, dryRun));
      print(cmd, r, importWords(r, dryRun));
    });
  doc
    .command('lint')
    .description('check documents for missing or empty sections and decisions without a reason; exits 1 on findings, 2 on a usage error')
    .argument('<file...>', 'Markdown files')
    .option('--kind <kind>', 'the kind of every file (otherwise: front matter `kind`, an export file name, or an ADR folder or name)')
    .action(async (files: string[], o: { kind?: string }, cmd: Command) => {
      process.exitCode = await lint(files, o.kind, cmd.optsWithGlobals<{ json?: boolean }>().json === true);
    });
}
