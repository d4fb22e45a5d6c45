import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { isIsoDate } from '../shared/dates.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// `format: 'date'` (OpenAPI's name for YYYY-MM-DD) is decided by the one date module, so the API
// and the core agree on what a real calendar date is.
const withFormats = (ajv: Ajv): Ajv => addFormats(ajv).addFormat('date', { type: 'string', validate: isIsoDate });

const common: Options = { removeAdditional: false, useDefaults: true, allErrors: true, strict: false };

/**
 * Bodies are JSON and checked strictly: `"name": 42` is a wrong type, not the string "42".
 * Query strings and path parameters arrive as text and are coerced (`limit=20` → 20; a
 * repeated parameter → an array).
 */
const strict = withFormats(new Ajv({ ...common, coerceTypes: false }));
const coercing = withFormats(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};
