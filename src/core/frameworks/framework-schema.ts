/**
 * The shape check of a framework file (frameworks/framework.schema.json through ajv), with
 * ajv's errors turned into field paths and messages a person can act on.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SCOPE_RULE_KEYS } from './framework-types.js';
import type { Segment } from './framework-yaml-lines.js';

const SCHEMA_URL = new URL('../../../frameworks/framework.schema.json', import.meta.url);

const ID_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

let validator: ValidateFunction | undefined;

export function schemaValidator(): ValidateFunction {
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
export function describeAjvError(e: ErrorObject, data: unknown): { path: Segment[]; message: string } | null {
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
      // An alternative of a scope bar (`scope.levels.<level>.anyOf[i]`) with no minimum in it.
      return path[0] === 'scope' && path.at(-2) === 'anyOf'
        ? { path, message: `must set at least one minimum (${SCOPE_RULE_KEYS.join(', ')})` }
        : { path, message: 'must not be empty' };
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
