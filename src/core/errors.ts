/**
 * Domain errors carry a stable `code` that clients switch on; the HTTP layer maps them to
 * problem+json, the CLI prints `Error: <message>`. Nothing here knows about HTTP beyond the
 * status number the code implies.
 */
export interface FieldError {
  /** JSON Pointer into the request body (`/email`) or a parameter name. */
  pointer: string;
  message: string;
  in?: 'body' | 'query' | 'path' | 'header';
}

export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unknown_field: 400,
  invalid_cursor: 400,
  manager_cycle: 400,
  self_mentorship: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  self_management_forbidden: 403,
  csrf_failed: 403,
  insufficient_scope: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  email_taken: 409,
  slug_taken: 409,
  mentorship_exists: 409,
  invalid_state: 409,
  illegal_transition: 409,
  approval_pending: 409,
  document_final: 409,
  not_in_review: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Seconds, for rate limiting. */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, opts: { errors?: FieldError[]; retryAfter?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = opts.errors;
    this.retryAfter = opts.retryAfter;
  }
}

export const notFound = (what = 'resource'): AppError => new AppError('not_found', `No such ${what}.`);

export const invalid = (
  pointer: string,
  message: string,
  code: ErrorCode = 'validation_failed',
  where?: FieldError['in'],
): AppError => new AppError(code, message, { errors: [where ? { pointer, message, in: where } : { pointer, message }] });

export const forbidden = (message = 'You may not do this.'): AppError => new AppError('forbidden', message);

export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; message?: unknown };
  // PostgreSQL unique_violation, SQLite constraint failure.
  return e.code === '23505' || (e.code === 'SQLITE_CONSTRAINT_UNIQUE') || (e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}
