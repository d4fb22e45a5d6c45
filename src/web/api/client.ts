/**
 * A small typed client for /api/v1.
 *
 * - Sends the session cookie (same origin) and, on state-changing requests, the
 *   `X-CSRF-Token` kept from the /setup, /auth/login and /me answers.
 * - Turns `application/problem+json` answers into an {@link ApiError} whose `errors`
 *   name the bad field by JSON Pointer, so a form can show each message beside its field.
 * - A 401 from anything but the sign-in call tells the app to go to the sign-in page.
 */

export const API_BASE = '/api/v1';

export interface FieldProblem {
  pointer: string;
  message: string;
  in?: string;
  /** 1-based line in an uploaded file (framework import). */
  line?: number;
  /** The field's path in that file, `dimensions[2].levels.staff`. */
  field?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  /** Seconds to wait, from `Retry-After` (429). */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    title?: string;
    detail?: string;
    errors?: FieldProblem[];
    retryAfter?: number | null;
  }) {
    super(init.detail || init.title || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The message for one field: `field` is a pointer (`/email`) or a bare name (`email`). */
  fieldMessage(field: string): string | undefined {
    const pointer = field.startsWith('/') ? field : `/${field}`;
    const hit = this.errors.find(
      (e) => e.pointer === pointer || e.pointer === field || e.pointer.startsWith(`${pointer}/`),
    );
    return hit?.message;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

type Listener = (error: ApiError) => void;
let unauthorizedListener: Listener | null = null;
let passwordChangeListener: Listener | null = null;

/** Called when any call but sign-in answers 401 (session gone or expired). */
export function onUnauthorized(listener: Listener | null): void {
  unauthorizedListener = listener;
}

/** Called when the server insists that the person changes their password first. */
export function onPasswordChangeRequired(listener: Listener | null): void {
  passwordChangeListener = listener;
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A text body sent as it is, with its content type (CSV, say), instead of JSON. */
  text?: { body: string; contentType: string };
  signal?: AbortSignal;
  /** Handle a 401 yourself instead of being sent to sign-in. */
  allowUnauthorized?: boolean;
  headers?: Record<string, string>;
}

export function buildUrl(path: string, query?: Query): string {
  const url = `${API_BASE}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, v);
    } else {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function fallbackMessage(status: number): string {
  if (status === 0) return "Can't reach the server. Check your connection and try again.";
  if (status === 401) return 'Please sign in.';
  if (status === 403) return "You don't have permission to do that.";
  if (status === 404) return "That doesn't exist, or you can't see it.";
  if (status === 409) return 'That conflicts with something that already exists.';
  if (status === 413) return 'That is too large to send.';
  if (status === 429) return 'Too many attempts. Please wait a moment.';
  if (status >= 500) return 'Something went wrong on the server. Please try again.';
  return 'The request could not be completed.';
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown = null;
  try {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) body = await response.json();
  } catch {
    body = null;
  }
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(problem.errors)
    ? (problem.errors as unknown[])
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({
          pointer: typeof e.pointer === 'string' ? e.pointer : '',
          message: typeof e.message === 'string' ? e.message : 'Invalid value.',
          ...(typeof e.in === 'string' ? { in: e.in } : {}),
          ...(typeof e.line === 'number' ? { line: e.line } : {}),
          ...(typeof e.field === 'string' ? { field: e.field } : {}),
        }))
    : [];
  return new ApiError({
    status: response.status,
    code: typeof problem.code === 'string' ? problem.code : `http_${response.status}`,
    title: typeof problem.title === 'string' ? problem.title : '',
    detail:
      typeof problem.detail === 'string' && problem.detail
        ? problem.detail
        : fallbackMessage(response.status),
    errors,
    retryAfter,
  });
}

/** An answer with its headers (for `ETag`). */
export interface FullAnswer<T> {
  data: T;
  /** The HTTP status (201 created, 200 unchanged, ...). */
  status: number;
  headers: Headers;
  /** The `ETag` header, if any. */
  etag: string | null;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  return (await requestFull<T>(method, path, options)).data;
}

export async function requestFull<T>(method: string, path: string, options: RequestOptions = {}): Promise<FullAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    init.body = options.text.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network', detail: fallbackMessage(0) });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && !options.allowUnauthorized && path !== '/auth/login') {
      unauthorizedListener?.(error);
    } else if (error.code === 'password_change_required') {
      passwordChangeListener?.(error);
    }
    throw error;
  }

  const etag = response.headers.get('ETag');
  if (response.status === 204) return { data: undefined as T, status: 204, headers: response.headers, etag };
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, status: response.status, headers: response.headers, etag };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** Like `get`, `post`, `patch`, `delete`, with the answer's headers and ETag. */
  full: {
    get: <T>(path: string, options?: RequestOptions) => requestFull<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: RequestOptions) => requestFull<T>('POST', path, { ...options, body }),
    patch: <T>(path: string, body: unknown, options?: RequestOptions) => requestFull<T>('PATCH', path, { ...options, body }),
  },
};

/** Fetch every page of a collection (for small ones: teams, pickers). */
export async function getAll<T>(path: string, query: Query = {}, max = 1000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await api.get(path, {
      query: { ...query, limit: 100, cursor },
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** A human sentence for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail || error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
