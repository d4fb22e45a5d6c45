/**
 * Career frameworks as data (PRODUCT.md §2, §3.1): parsing, validation and export of a
 * framework file. A file is YAML or JSON (JSON is YAML); every problem is reported with the
 * line, the column and the field path (`dimensions[2].levels.staff.signals`) it concerns.
 *
 * Three layers of checks, each only when the previous one passed:
 *   1. YAML syntax (the `yaml` parser),
 *   2. the shape (frameworks/framework.schema.json through ajv),
 *   3. rules a schema cannot say: unique ids, every dimension describes every level (and no
 *      other), readiness overrides name known dimensions and levels.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Shapes

export interface Level {
  id: string;
  name: string;
  summary: string;
}

export interface DimensionLevel {
  description: string;
  /** Observable signals: each can be checked against one piece of work. */
  signals: string[];
}

export interface NamedItem {
  id: string;
  name: string;
}

export interface ScopeQuestion {
  id: string;
  text: string;
}

export interface Dimension {
  id: string;
  name: string;
  summary: string;
  /** The core idea of the dimension in a sentence or two. */
  principle?: string;
  /** Questions that test a problem against the dimension (the five scope questions). */
  questions?: ScopeQuestion[];
  /** Kinds of written artifacts the dimension is shown through. */
  artifacts?: NamedItem[];
  /** Behaviours or practices the dimension is built from. */
  practices?: string[];
  /** Kinds of business impact (ids match evidence `impact`). */
  impactKinds?: NamedItem[];
  /** One entry per framework level, keyed by level id. */
  levels: Record<string, DimensionLevel>;
}

/** Minimum counts; a key that is absent is no requirement. */
export interface ReadinessThresholds {
  minEvidence?: number;
  minTeams?: number;
  minMeasured?: number;
  /** For the documents source, once it feeds readiness. */
  minDocuments?: number;
  /** For the outcomes source, once it feeds readiness. */
  minOutcomes?: number;
  /** For the mentoring source, once it feeds readiness. */
  minMentees?: number;
}

export const THRESHOLD_KEYS = ['minEvidence', 'minTeams', 'minMeasured', 'minDocuments', 'minOutcomes', 'minMentees'] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

export interface ReadinessOverride {
  recentMonths?: number;
  strong?: ReadinessThresholds;
  developing?: ReadinessThresholds;
}

export interface ReadinessLevelOverride extends ReadinessOverride {
  dimensions?: Record<string, ReadinessOverride>;
}

export interface ReadinessConfig {
  /** Default evidence window in months. */
  windowMonths: number;
  /** Newest tagged evidence older than this many months → not strong. */
  recentMonths: number;
  strong: ReadinessThresholds;
  developing: ReadinessThresholds;
  /** Per-dimension overrides, merged over the defaults. */
  dimensions?: Record<string, ReadinessOverride>;
  /** Per-target-level overrides, merged over the per-dimension ones. */
  levels?: Record<string, ReadinessLevelOverride>;
}

export const PLAN_DETECTORS = [
  'manager-expectations',
  'initiative-exists',
  'plan-before-implementation',
  'stakeholders-added',
  'active-mentee',
  'outcome-measured',
  'packet-drafted',
] as const;
export type PlanDetector = (typeof PLAN_DETECTORS)[number];

export interface PlanStep {
  id: string;
  title: string;
  description: string;
  detector: PlanDetector;
}

export interface Framework {
  id: string;
  name: string;
  version: number;
  description: string;
  /** Ordered from the lowest level to the highest. */
  levels: Level[];
  dimensions: Dimension[];
  readiness: ReadinessConfig;
  plan: PlanStep[];
}

export interface FrameworkFileError {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** Path of the field, `dimensions[2].levels.staff.signals`; empty for the whole file. */
  field: string;
  /** The same field as a JSON Pointer (`/dimensions/2/levels/staff/signals`), for problem+json. */
  pointer: string;
  message: string;
}

export type ParseFrameworkResult = { framework: Framework } | { errors: FrameworkFileError[] };

/** Position of a level in the framework's order (0 = lowest), or -1 when it has no such level. */
export function levelRank(framework: Framework, levelId: string): number {
  return framework.levels.findIndex((l) => l.id === levelId);
}

// ---------------------------------------------------------------------------------------------
// Paths

type Segment = string | number;

function fieldOf(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function pointerOf(path: readonly Segment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Offset of `path` in the document: the value itself when the whole path exists and ends at a
 * plain value; otherwise the key (or list item) of the deepest part of the path that exists —
 * so a missing field points at the object that lacks it.
 */
function offsetOf(doc: Document, path: readonly Segment[]): number {
  let node: unknown = doc.contents;
  let offset = isNodeWithRange(node) ? node.range[0] : 0;
  let found = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (isNodeWithRange(pair.key)) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      if (isNodeWithRange(item)) offset = item.range[0];
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  if (found === path.length && isScalar(node) && isNodeWithRange(node)) offset = node.range[0];
  return offset;
}

function isNodeWithRange(n: unknown): n is Node & { range: [number, number, number] } {
  return typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);
}

/** The field path of the innermost node containing `offset` (for syntax errors). */
function pathAt(doc: Document, offset: number): Segment[] {
  const path: Segment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = isNodeWithRange(p.key) ? p.key.range[0] : Number.POSITIVE_INFINITY;
        const end = isNodeWithRange(p.value) ? p.value.range[2] : isNodeWithRange(p.key) ? p.key.range[2] : -1;
        return start <= offset && offset <= end;
      });
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => isNodeWithRange(item) && item.range[0] <= offset && offset <= item.range[2]);
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Schema

const SCHEMA_URL = new URL('../../../frameworks/framework.schema.json', import.meta.url);
const DEFAULT_URL = new URL('../../../frameworks/default.yaml', import.meta.url);

const ID_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
  boolean: 'true or false',
};

/** Turns one ajv error into a path and a message a person can act on, or null to drop it. */
function describeAjvError(e: ErrorObject, data: unknown): { path: Segment[]; message: string } | null {
  const path = pathFromPointer(e.instancePath, data);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: [...path, String(params.missingProperty)], message: 'is required' };
    case 'additionalProperties': {
      const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      return {
        path: [...path, String(params.additionalProperty)],
        message: known.length > 0 ? `is not a known field here (expected: ${known.join(', ')})` : 'is not a known field here',
      };
    }
    case 'propertyNames':
      return { path: [...path, String(params.propertyName)], message: 'is not a valid id: use a lowercase letter, then letters, digits or hyphens (at most 40)' };
    case 'type': {
      const t = String(params.type);
      return { path, message: `must be ${TYPE_WORDS[t] ?? t}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      return { path, message: `must be one of: ${allowed.map(String).join(', ')}` };
    }
    case 'pattern':
      // A failing property name is reported once, by `propertyNames`.
      if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return null;
      return params.pattern === ID_PATTERN
        ? { path, message: 'must be an id: a lowercase letter, then letters, digits or hyphens (at most 40)' }
        : { path, message: 'must not be empty' };
    case 'minLength':
      return { path, message: 'must not be empty' };
    case 'maxLength':
      return { path, message: `must be at most ${String(params.limit)} characters` };
    case 'minItems':
      return { path, message: `must list at least ${String(params.limit)}` };
    case 'maxItems':
      return { path, message: `must list at most ${String(params.limit)}` };
    case 'minProperties':
      return { path, message: 'must not be empty' };
    case 'minimum':
      return { path, message: `must be ${String(params.limit)} or more` };
    case 'maximum':
      return { path, message: `must be ${String(params.limit)} or less` };
    default:
      return { path, message: e.message ?? 'is not valid' };
  }
}

function pathFromPointer(pointer: string, data: unknown): Segment[] {
  if (pointer === '') return [];
  const path: Segment[] = [];
  let value: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      const index = Number(key);
      path.push(index);
      value = value[index];
    } else {
      path.push(key);
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Rules beyond the schema

function crossFieldErrors(f: Framework): { path: Segment[]; message: string }[] {
  const out: { path: Segment[]; message: string }[] = [];

  const unique = (ids: string[], at: (i: number) => Segment[], what: string): void => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else out.push({ path: at(i), message: `duplicates the ${what} id "${id}" already used at position ${seen + 1}` });
    });
  };

  unique(f.levels.map((l) => l.id), (i) => ['levels', i, 'id'], 'level');
  unique(f.dimensions.map((d) => d.id), (i) => ['dimensions', i, 'id'], 'dimension');
  unique(f.plan.map((s) => s.id), (i) => ['plan', i, 'id'], 'plan step');

  const levelIds = [...new Set(f.levels.map((l) => l.id))];
  const dimensionIds = [...new Set(f.dimensions.map((d) => d.id))];

  f.dimensions.forEach((d, di) => {
    for (const key of ['questions', 'artifacts', 'impactKinds'] as const) {
      const items = d[key];
      if (items) unique(items.map((q) => q.id), (i) => ['dimensions', di, key, i, 'id'], key === 'questions' ? 'question' : key === 'artifacts' ? 'artifact' : 'impact kind');
    }
    for (const level of levelIds) {
      if (!Object.hasOwn(d.levels, level)) {
        out.push({
          path: ['dimensions', di, 'levels', level],
          message: `is missing: every dimension must describe every level (${levelIds.join(', ')})`,
        });
      }
    }
    for (const key of Object.keys(d.levels)) {
      if (!levelIds.includes(key)) {
        out.push({ path: ['dimensions', di, 'levels', key], message: `is not a level of this framework (levels: ${levelIds.join(', ')})` });
      }
    }
  });

  const checkDimensionKeys = (overrides: Record<string, ReadinessOverride> | undefined, base: Segment[]): void => {
    for (const key of Object.keys(overrides ?? {})) {
      if (!dimensionIds.includes(key)) {
        out.push({ path: [...base, key], message: `is not a dimension of this framework (dimensions: ${dimensionIds.join(', ')})` });
      }
    }
  };
  checkDimensionKeys(f.readiness.dimensions, ['readiness', 'dimensions']);
  for (const [key, override] of Object.entries(f.readiness.levels ?? {})) {
    if (!levelIds.includes(key)) {
      out.push({ path: ['readiness', 'levels', key], message: `is not a level of this framework (levels: ${levelIds.join(', ')})` });
    }
    checkDimensionKeys(override.dimensions, ['readiness', 'levels', key, 'dimensions']);
  }

  f.plan.forEach((step, i) => {
    if (!(PLAN_DETECTORS as readonly string[]).includes(step.detector)) {
      out.push({ path: ['plan', i, 'detector'], message: `must be one of: ${PLAN_DETECTORS.join(', ')}` });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parse, load, export

const MAX_FILE_CHARS = 1_000_000;

/**
 * Parses and validates a framework file (YAML or JSON). `fileName` names the file in messages
 * about the file as a whole.
 */
export function parseFrameworkFile(text: string, fileName: string): ParseFrameworkResult {
  const whole = (message: string): ParseFrameworkResult => ({ errors: [{ line: 1, column: 1, field: '', pointer: '', message }] });
  if (text.length > MAX_FILE_CHARS) return whole(`${fileName} is too large for a framework file (at most ${MAX_FILE_CHARS} characters).`);
  if (text.trim() === '') return whole(`${fileName} is empty.`);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const at = (offset: number, path: Segment[], message: string): FrameworkFileError => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, field: fieldOf(path), pointer: pointerOf(path), message };
  };

  const syntax = doc.errors[0];
  if (syntax) {
    // Only the first: after a syntax error the parser's later complaints are mostly echoes.
    // The parser notices an unclosed bracket or quote where the next thing starts; say where
    // the value that holds the problem begins, too.
    const offset = syntax.pos[0];
    const path = pathAt(doc, offset);
    const line = lineCounter.linePos(offset).line;
    const opened = lineCounter.linePos(offsetOf(doc, path)).line;
    const unclosed = syntax.code === 'MISSING_CHAR' || syntax.code === 'BAD_INDENT';
    const where = unclosed && path.length > 0 && opened < line ? ` (in the value that starts at line ${opened})` : '';
    return { errors: [at(offset, path, `YAML syntax error: ${syntax.message.split('\n')[0] ?? syntax.message}${where}`)] };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return whole(`${fileName} could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return whole(`${fileName} must hold a mapping of fields at the top level (id, name, version, …).`);
  }

  const validate = schemaValidator();
  if (!validate(data)) {
    const seen = new Set<string>();
    const errors: FrameworkFileError[] = [];
    for (const e of validate.errors ?? []) {
      const d = describeAjvError(e, data);
      if (!d) continue;
      const key = `${fieldOf(d.path)}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(at(offsetOf(doc, d.path), d.path, d.message));
    }
    return { errors: sortErrors(errors) };
  }

  const framework = data as Framework;
  const rules = crossFieldErrors(framework);
  if (rules.length > 0) return { errors: sortErrors(rules.map((r) => at(offsetOf(doc, r.path), r.path, r.message))) };
  return { framework: canonical(framework) };
}

function sortErrors(errors: FrameworkFileError[]): FrameworkFileError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}

/** A copy with keys in the documented order and nothing undefined. */
function canonical(f: Framework): Framework {
  const thresholds = (t: ReadinessThresholds): ReadinessThresholds => {
    const out: ReadinessThresholds = {};
    for (const k of THRESHOLD_KEYS) if (t[k] !== undefined) out[k] = t[k];
    return out;
  };
  const override = (o: ReadinessOverride): ReadinessOverride => ({
    ...(o.recentMonths !== undefined ? { recentMonths: o.recentMonths } : {}),
    ...(o.strong ? { strong: thresholds(o.strong) } : {}),
    ...(o.developing ? { developing: thresholds(o.developing) } : {}),
  });
  const byDimension = (m: Record<string, ReadinessOverride>): Record<string, ReadinessOverride> =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, override(v)]));
  const r = f.readiness;
  return {
    id: f.id,
    name: f.name,
    version: f.version,
    description: f.description,
    levels: f.levels.map((l) => ({ id: l.id, name: l.name, summary: l.summary })),
    dimensions: f.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      summary: d.summary,
      ...(d.principle !== undefined ? { principle: d.principle } : {}),
      ...(d.questions ? { questions: d.questions.map((q) => ({ id: q.id, text: q.text })) } : {}),
      ...(d.artifacts ? { artifacts: d.artifacts.map((a) => ({ id: a.id, name: a.name })) } : {}),
      ...(d.practices ? { practices: [...d.practices] } : {}),
      ...(d.impactKinds ? { impactKinds: d.impactKinds.map((k) => ({ id: k.id, name: k.name })) } : {}),
      // Levels in the framework's order.
      levels: Object.fromEntries(
        f.levels.map((l) => {
          const dl = d.levels[l.id] as DimensionLevel;
          return [l.id, { description: dl.description, signals: [...dl.signals] }];
        }),
      ),
    })),
    readiness: {
      windowMonths: r.windowMonths,
      recentMonths: r.recentMonths,
      strong: thresholds(r.strong),
      developing: thresholds(r.developing),
      ...(r.dimensions ? { dimensions: byDimension(r.dimensions) } : {}),
      ...(r.levels
        ? {
            levels: Object.fromEntries(
              Object.entries(r.levels).map(([k, v]) => [k, { ...override(v), ...(v.dimensions ? { dimensions: byDimension(v.dimensions) } : {}) }]),
            ),
          }
        : {}),
    },
    plan: f.plan.map((s) => ({ id: s.id, title: s.title, description: s.description, detector: s.detector })),
  };
}

let defaultFramework: Framework | undefined;

/**
 * The shipped default framework (frameworks/default.yaml, found relative to this module, so
 * it works from src/ and from dist/). Each call returns a fresh copy.
 */
export function loadDefaultFramework(): Framework {
  if (!defaultFramework) {
    const result = parseFrameworkFile(readFileSync(DEFAULT_URL, 'utf8'), 'default.yaml');
    if ('errors' in result) {
      const lines = result.errors.map((e) => `  line ${e.line}: ${e.field || '(file)'} ${e.message}`);
      throw new Error(`The default framework file is not valid:\n${lines.join('\n')}`);
    }
    defaultFramework = result.framework;
  }
  return structuredClone(defaultFramework);
}

/** A framework as a YAML file that `parseFrameworkFile` reads back to the same value. */
export function frameworkToYaml(framework: Framework): string {
  const header = `# ${framework.name} — staffpath career framework, version ${framework.version}\n`;
  return header + stringify(canonical(framework), { lineWidth: 100, minContentWidth: 40 });
}

