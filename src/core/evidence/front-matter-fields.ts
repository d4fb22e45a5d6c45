/** Checks one entry's front matter (a parsed YAML mapping) field by field, with line numbers. */
import { isMap, isScalar, isSeq } from 'yaml';
import { AUDIENCES, type Audience } from '../types.js';
import { isIsoDate } from '../../shared/dates.js';
import { FIELD_ORDER, METRIC_KEYS, type ExportedEvidence } from './markdown-format.js';
import { IMPACTS, type Impact, type Metric } from './types.js';

export type FrontMatterFields = Omit<ExportedEvidence, 'body'>;

export interface FieldProblem {
  line: number;
  message: string;
}

/** Maps a YAML node to its 1-based line in the file; `fallback` when it has no position. */
export type LineOf = (node: unknown, fallback: number) => number;

function valueOf(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  return node ?? null;
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reads values and records what is wrong; callers keep going so that every problem is listed. */
class Reader {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly lineOf: LineOf) {}

  fail(node: unknown, fallback: number, message: string): void {
    this.problems.push({ line: this.lineOf(node, fallback), message });
  }

  text(node: unknown, line: number, key: string): string {
    const value = valueOf(node);
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(node, line, value === null ? `\`${key}\` is required.` : typeof value === 'string' ? `\`${key}\` must not be empty.` : `\`${key}\` must be text; put it in quotes.`);
    return '';
  }

  optionalText(node: unknown, line: number, key: string): string | null {
    const value = valueOf(node);
    if (value === null) return null;
    return this.text(node, line, key);
  }

  texts(node: unknown, line: number, key: string, check: (item: string) => string | null = () => null): string[] {
    if (valueOf(node) === null) return [];
    if (!isSeq(node)) {
      this.fail(node, line, `\`${key}\` must be a list, like [a, b] or [].`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const value = valueOf(item);
      const problem = typeof value !== 'string' || value.trim() === '' ? `Each item of \`${key}\` must be non-empty text.` : check(value);
      if (problem !== null) this.fail(item, line, problem);
      else if (typeof value === 'string') out.push(value);
    }
    return out;
  }

  number(node: unknown, line: number, key: string): number | null {
    const value = valueOf(node);
    if (value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(node, line, `\`${key}\` must be a number or null.`);
    return null;
  }

  metric(node: unknown, fallback: number, index: number): Metric {
    const where = `metrics[${index}]`;
    const line = this.lineOf(node, fallback);
    const empty: Metric = { name: '', unit: null, before: null, after: null, change: null };
    if (!isMap(node)) {
      this.fail(node, line, `\`${where}\` must be a mapping with ${METRIC_KEYS.join(', ')}.`);
      return empty;
    }
    const values = new Map<string, unknown>();
    for (const pair of node.items) {
      const key = valueOf(pair.key);
      if (typeof key === 'string' && oneOf(METRIC_KEYS, key)) values.set(key, pair.value);
      else this.fail(pair.key, line, `\`${where}\` has an unknown key ${JSON.stringify(key)}; use ${METRIC_KEYS.join(', ')}.`);
    }
    const before = this.problems.length;
    const metric: Metric = {
      name: this.text(values.get('name'), line, `${where}.name`),
      unit: this.optionalText(values.get('unit'), line, `${where}.unit`),
      before: this.number(values.get('before'), line, `${where}.before`),
      after: this.number(values.get('after'), line, `${where}.after`),
      change: this.number(values.get('change'), line, `${where}.change`),
    };
    const numbersOk = this.problems.length === before;
    if (numbersOk && metric.before === null && metric.after === null && metric.change === null) {
      this.fail(node, line, `\`${where}\` needs at least one of before, after and change.`);
    }
    return metric;
  }
}

function checkUrl(value: string): string | null {
  try {
    new URL(value);
    return null;
  } catch {
    return `${JSON.stringify(value)} is not a URL (for example https://example.com/pr/42).`;
  }
}

function checkAudience(value: string): string | null {
  return oneOf(AUDIENCES, value) ? null : `${JSON.stringify(value)} is not an audience; use ${AUDIENCES.join(', ')}.`;
}

/**
 * Reads the fields of one entry. `id`, `occurredOn` and `title` are required; a missing list
 * is empty and a missing impact or initiative is null, so an entry without `audience` stays
 * private. `fields` is null when anything is wrong, and `problems` then lists every problem.
 */
export function readFrontMatter(
  contents: unknown,
  fenceLine: number,
  lineOf: LineOf,
): { fields: FrontMatterFields | null; problems: FieldProblem[] } {
  const r = new Reader(lineOf);
  if (!isMap(contents)) {
    r.fail(null, fenceLine, 'The front matter must be a YAML mapping (`key: value` lines).');
    return { fields: null, problems: r.problems };
  }
  const nodes = new Map<string, { node: unknown; line: number }>();
  for (const pair of contents.items) {
    const key = valueOf(pair.key);
    if (typeof key === 'string' && oneOf(FIELD_ORDER, key)) nodes.set(key, { node: pair.value, line: lineOf(pair.key, fenceLine) });
    else r.fail(pair.key, fenceLine, `Unknown field ${JSON.stringify(key)}; the fields are ${FIELD_ORDER.join(', ')}.`);
  }
  const at = (key: (typeof FIELD_ORDER)[number]): [unknown, number] => {
    const found = nodes.get(key);
    return found ? [found.node, found.line] : [null, fenceLine];
  };

  const id = r.text(...at('id'), 'id');
  const occurredOn = r.text(...at('occurredOn'), 'occurredOn');
  if (occurredOn !== '' && !isIsoDate(occurredOn)) r.fail(...at('occurredOn'), '`occurredOn` must be a real date written YYYY-MM-DD.');
  const title = r.text(...at('title'), 'title');
  const dimensions = r.texts(...at('dimensions'), 'dimensions');
  const impactText = r.optionalText(...at('impact'), 'impact');
  let impact: Impact | null = null;
  if (impactText !== null && oneOf(IMPACTS, impactText)) impact = impactText;
  else if (impactText !== null) r.fail(...at('impact'), `\`impact\` must be one of ${IMPACTS.join(', ')}, or null.`);
  const [metricsNode, metricsLine] = at('metrics');
  let metrics: Metric[] = [];
  if (isSeq(metricsNode)) metrics = metricsNode.items.map((item, i) => r.metric(item, metricsLine, i));
  else if (valueOf(metricsNode) !== null) r.fail(metricsNode, metricsLine, '`metrics` must be a list of mappings, or [].');
  const teams = r.texts(...at('teams'), 'teams');
  const links = r.texts(...at('links'), 'links', checkUrl);
  const initiativeId = r.optionalText(...at('initiativeId'), 'initiativeId');
  const audience = r.texts(...at('audience'), 'audience', checkAudience).filter((a): a is Audience => oneOf(AUDIENCES, a));

  if (r.problems.length > 0) return { fields: null, problems: r.problems.sort((a, b) => a.line - b.line) };
  return { fields: { id, occurredOn, title, dimensions, impact, metrics, teams, links, initiativeId, audience }, problems: [] };
}
