/**
 * Career frameworks as data (PRODUCT.md §2, §3.1): parsing, validation and export of a
 * framework file. A file is YAML or JSON (JSON is YAML); every problem is reported with the
 * line, the column and the field path (`dimensions[2].levels.staff.signals`) it concerns.
 *
 * Three layers of checks, each only when the previous one passed:
 *   1. YAML syntax (the `yaml` parser),
 *   2. the shape (frameworks/framework.schema.json through ajv),
 *   3. rules a schema cannot say: unique ids, every dimension describes every level (and no
 *      other), readiness overrides name known dimensions and levels, scope thresholds name
 *      known levels.
 *
 * The pieces live next to this file: framework-types.ts (the shapes), framework-yaml-lines.ts
 * (field paths and their lines), framework-schema.ts (the schema check), framework-rules.ts
 * (the rules beyond it) and framework-canonical.ts (the canonical form). This module is the
 * entry point and re-exports the shapes.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { canonical } from './framework-canonical.js';
import { crossFieldErrors } from './framework-rules.js';
import { describeAjvError, schemaValidator } from './framework-schema.js';
import type { Framework, FrameworkFileError, ParseFrameworkResult } from './framework-types.js';
import { fieldOf, offsetOf, pathAt, pointerOf, type Segment } from './framework-yaml-lines.js';

export {
  levelRank,
  PLAN_DETECTORS,
  SCOPE_RULE_KEYS,
  scopeThresholdsFor,
  THRESHOLD_KEYS,
  type Dimension,
  type DimensionLevel,
  type Framework,
  type FrameworkFileError,
  type Level,
  type NamedItem,
  type ParseFrameworkResult,
  type PlanDetector,
  type PlanStep,
  type ReadinessConfig,
  type ReadinessLevelOverride,
  type ReadinessOverride,
  type ReadinessThresholds,
  type ScopeConfig,
  type ScopeQuestion,
  type ScopeRule,
  type ScopeRuleKey,
  type ScopeThresholds,
  type ThresholdKey,
} from './framework-types.js';

const DEFAULT_URL = new URL('../../../frameworks/default.yaml', import.meta.url);

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
