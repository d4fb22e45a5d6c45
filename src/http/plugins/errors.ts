import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorCode, type FieldError } from '../../core/errors.js';

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  unknown_field: 'The request has a field this route does not take',
  invalid_json: 'The body is not valid JSON',
  unauthenticated: 'Sign in first',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  payload_too_large: 'The body is too large',
  internal: 'Something went wrong on our side',
};

export function sendProblem(reply: FastifyReply, code: ErrorCode, detail: string, errors?: FieldError[], status: number = ERROR_STATUS[code]): FastifyReply {
  const body: Record<string, unknown> = {
    type: `https://staffpath.dev/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[code] ?? code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    status,
    detail,
    code,
  };
  if (errors && errors.length > 0) body.errors = errors;
  return reply.code(status as 400).type('application/problem+json').serializer(JSON.stringify).send(body);
}

interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath?: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * A union (`anyOf`) reports the failures of every branch. Keep the branch the request meant:
 * one whose tag fields (a `const` on a property, like `format: "brag"`) matched, with the
 * fewest errors. When no branch's tags match, keep only the tag complaints (`/format`).
 * Unions of plain alternatives (a string or null) keep their first branch, as before.
 */
function pruneUnions(validation: AjvError[]): AjvError[] {
  const dropped = new Set<AjvError>();
  for (const union of validation) {
    if (union.keyword !== 'anyOf' || union.schemaPath === undefined) continue;
    const prefix = `${union.schemaPath}/`;
    const branches = new Map<string, AjvError[]>();
    for (const e of validation) {
      if (!e.schemaPath?.startsWith(prefix) || dropped.has(e)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue;
    const isTagMiss = (e: AjvError) => e.keyword === 'const' && e.instancePath !== union.instancePath && e.instancePath.lastIndexOf('/') === union.instancePath.length;
    const tagged = [...branches.values()].filter((errors) => errors.some(isTagMiss));
    if (tagged.length === 0) continue;
    const matching = [...branches.values()].filter((errors) => !errors.some(isTagMiss));
    const best = matching.sort((a, b) => a.length - b.length)[0];
    for (const errors of branches.values()) {
      for (const e of errors) if (best ? errors !== best : !isTagMiss(e)) dropped.add(e);
    }
    dropped.add(union);
  }
  return validation.filter((e) => !dropped.has(e));
}

/** ajv errors → `{pointer, message}` with a JSON Pointer to the bad field. */
function fieldErrors(validation: AjvError[], context: string | undefined): { errors: FieldError[]; unknownOnly: boolean } {
  const where: FieldError['in'] = context === 'querystring' ? 'query' : context === 'params' ? 'path' : context === 'headers' ? 'header' : 'body';
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  let unknownOnly = true;
  for (const e of pruneUnions(validation)) {
    let pointer = e.instancePath;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      pointer += `/${String(e.params.missingProperty)}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      pointer += `/${String(e.params.additionalProperty)}`;
      message = 'is not a field this route takes';
    } else if (e.keyword === 'format' && e.params.format === 'date') {
      message = 'must be a real date written YYYY-MM-DD';
    } else if (e.keyword === 'anyOf' || e.keyword === 'const') {
      // Union noise: keep one message per pointer below.
      message = 'has a value that is not allowed';
    }
    if (e.keyword !== 'additionalProperties') unknownOnly = false;
    if (where !== 'body') pointer = pointer.replace(/^\//, '');
    if (pointer === '' && where === 'body') pointer = '/';
    const key = `${pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(where === 'body' ? { pointer, message } : { pointer, message, in: where });
  }
  return { errors, unknownOnly };
}

/**
 * For Fastify's `frameworkErrors` option: what the router refuses before any route runs (a
 * path whose percent-escapes are not UTF-8, as a lone surrogate would be; a path segment over
 * `maxParamLength`) is a problem document like every other error, not Fastify's own JSON.
 */
export function frameworkProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    sendProblem(reply, 'validation_failed', 'The path is not valid: every percent-escape must encode UTF-8 text.');
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(reply, 'validation_failed', 'A part of the path is longer than this server accepts.', undefined, 414);
  } else {
    sendProblem(reply, 'internal', 'An unexpected error happened. It has been logged.');
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.retryAfter !== undefined) reply.header('Retry-After', String(err.retryAfter));
      return sendProblem(reply, err.code, err.message, err.errors);
    }
    const fe = err as FastifyError & { validation?: AjvError[]; validationContext?: string };
    if (fe.validation) {
      const { errors, unknownOnly } = fieldErrors(fe.validation, fe.validationContext);
      const first = errors[0];
      const detail = first ? `${first.pointer} ${first.message}`.trim() : 'The request is not valid.';
      return sendProblem(reply, unknownOnly ? 'unknown_field' : 'validation_failed', detail, errors);
    }
    switch (fe.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 'payload_too_large', 'The request body is larger than this server accepts.');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 'unsupported_media_type', 'Send the body as application/json.');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, 'invalid_json', 'The body is empty but its type says JSON.');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, 'invalid_json', 'The body is not valid JSON.');
    }
    const status = fe.statusCode ?? 500;
    if (status === 400 && (err instanceof SyntaxError || /JSON/i.test(fe.message))) {
      return sendProblem(reply, 'invalid_json', 'The body is not valid JSON.');
    }
    if (status === 413) return sendProblem(reply, 'payload_too_large', 'The request body is larger than this server accepts.');
    if (status === 415) return sendProblem(reply, 'unsupported_media_type', 'Send the body as application/json.');
    if (status >= 400 && status < 500) {
      return sendProblem(reply, status === 404 ? 'not_found' : 'validation_failed', 'The request could not be understood.', undefined, status as 400);
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(reply, 'internal', 'An unexpected error happened. It has been logged.');
  });
}
