/** Evidence commands: `log`, `search`, `export`, `import evidence`. Thin: parse, call, print. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Option, type Command } from 'commander';
import { IMPACTS, type Impact } from '../../core/evidence/types.js';
import { AUDIENCES, type Audience } from '../../core/types.js';
import type { ExportPeriod } from '../../core/evidence/markdown-export.js';
import { CliError, type StaffpathClient } from '../client.js';

type WithClient = <T>(cmd: Command, fn: (c: StaffpathClient) => Promise<T>) => Promise<T>;
type Print = (cmd: Command, data: unknown, text: string) => void;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function formatMetric(m: { name: string; unit: string | null; before: number | null; after: number | null; change: number | null }): string {
  const unit = m.unit ? ` ${m.unit}` : '';
  if (m.before !== null || m.after !== null) return `${m.name}: ${m.before ?? '?'}${unit} → ${m.after ?? '?'}${unit}`;
  return `${m.name}: ${m.change !== null && m.change > 0 ? '+' : ''}${m.change ?? '?'}%`;
}

function markdownFiles(path: string): { path: string; content: string }[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`${path} does not exist.`);
  if (stat.isFile()) return [{ path: path.split('/').pop() as string, content: readFileSync(path, 'utf8') }];
  const out: { path: string; content: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push({ path: relative(path, p), content: readFileSync(p, 'utf8') });
    }
  };
  walk(path);
  if (out.length === 0) throw new CliError(`No .md files in ${path}.`);
  return out;
}

export function registerEvidenceCommands(program: Command, withClient: WithClient, print: Print): void {
  program
    .command('log')
    .description('log a piece of evidence in one line')
    .argument('<title>', 'what happened, e.g. "Cut checkout p99 from 800 ms to 200 ms"')
    .option('--dim <dimension>', 'framework dimension (repeatable): scope, direction, communication, influence, mentoring, impact', collect)
    .option('--team <team>', 'team affected (repeatable)', collect)
    .option('--link <url>', 'link (repeatable)', collect)
    .addOption(new Option('--impact <impact>', 'business impact').choices([...IMPACTS]))
    .addOption(new Option('--audience <who>', 'who may see it (repeatable; none = private)').choices([...AUDIENCES, 'private']).argParser(collect))
    .option('--date <YYYY-MM-DD>', 'when it happened (default: today)')
    .option('--body <markdown>', 'details in Markdown')
    .option('--no-metrics', 'do not attach the metrics found in the text')
    .action(async (title: string, o: { dim?: string[]; team?: string[]; link?: string[]; impact?: Impact; audience?: string[]; date?: string; body?: string; metrics: boolean }, cmd: Command) => {
      const e = await withClient(cmd, async (c) => {
        const metrics = o.metrics ? await c.suggestMetrics(`${title}\n${o.body ?? ''}`) : [];
        return c.logEvidence({
          title,
          ...(o.date && { occurredOn: o.date }),
          ...(o.body !== undefined && { body: o.body }),
          ...(o.dim && { dimensions: o.dim }),
          ...(o.team && { teams: o.team }),
          ...(o.link && { links: o.link }),
          ...(o.impact && { impact: o.impact }),
          ...(o.audience && { audience: o.audience.filter((a): a is Audience => a !== 'private') }),
          metrics,
        });
      });
      const extra = e.metrics.length ? `\n${e.metrics.map((m) => `  metric  ${formatMetric(m)}`).join('\n')}` : '';
      print(cmd, e, `Logged ${e.occurredOn} “${e.title}” (${e.audience.length ? e.audience.join(', ') : 'private'}), id ${e.id}${extra}`);
    });

  program
    .command('search')
    .description('search the evidence you may see')
    .argument('[query...]', 'words, "phrases", prefix*')
    .option('--dim <dimension>', 'only this dimension (repeatable)', collect)
    .option('--owner <id>', 'only this owner (repeatable; me, or reports for everyone below you)', collect)
    .option('--from <YYYY-MM-DD>', 'on or after')
    .option('--to <YYYY-MM-DD>', 'on or before')
    .option('--limit <n>', 'how many', '20')
    .action(async (words: string[], o: { dim?: string[]; owner?: string[]; from?: string; to?: string; limit: string }, cmd: Command) => {
      const items = await withClient(cmd, (c) =>
        c.listEvidence({ ...(words.length && { q: words.join(' ') }), dimension: o.dim, owner: o.owner, from: o.from, to: o.to, limit: Number(o.limit) }),
      );
      print(cmd, items, items.length ? items.map((e) => `${e.occurredOn}  ${e.title}  [${e.id}]`).join('\n') : 'Nothing found.');
    });

  program
    .command('export')
    .description('write your evidence as Markdown files, one per period')
    .addOption(new Option('--format <format>', 'file format').choices(['md']).default('md'))
    .addOption(new Option('--period <period>', 'one file per').choices(['month', 'quarter', 'year']).default('month'))
    .option('--out <dir>', 'folder to write to', 'staffpath-export')
    .action(async (o: { period: ExportPeriod; out: string }, cmd: Command) => {
      const files = await withClient(cmd, (c) => c.exportEvidence(o.period));
      mkdirSync(o.out, { recursive: true });
      for (const f of files) writeFileSync(join(o.out, f.path), f.content);
      print(cmd, files.map((f) => f.path), `Wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${o.out}`);
    });

  const imp = program.command('import').description('import data');
  imp
    .command('evidence')
    .description('import an export folder (or file), or a plain brag document with --brag')
    .argument('<path>', 'folder of exported .md files, or a Markdown file')
    .option('--brag', 'the file is a plain brag document: headings per period, bullets as entries')
    .option('--dry-run', 'show what would be created, write nothing')
    .action(async (path: string, o: { brag?: boolean; dryRun?: boolean }, cmd: Command) => {
      const files = markdownFiles(path);
      const request = o.brag
        ? { format: 'brag' as const, markdown: files.map((f) => f.content).join('\n\n') }
        : { format: 'staffpath' as const, files };
      const r = await withClient(cmd, (c) => c.importEvidence(request, o.dryRun === true));
      const lines = [
        ...(r.dryRun ? r.entries.map((e) => `  + ${e.occurredOn}  ${e.title}`) : []),
        ...r.skipped.map((s) => `  = ${s.source}: skipped, ${s.reason}`),
        ...r.warnings.map((w) => `  ! ${w.source}: ${w.message}`),
        r.dryRun ? `Would create ${r.entries.length}, skip ${r.skipped.length} (dry run: nothing written).` : `Created ${r.created}, skipped ${r.skipped.length}.`,
      ];
      print(cmd, r, lines.join('\n'));
    });
}
