/**
 * Sending measurements as CSV (`Content-Type: text/csv`, header `measuredOn,value,note`).
 *
 * The app's client (api/client.ts) sends JSON bodies only, so this one request is made here:
 * it asks /me for the session's CSRF token (as the client does at start), posts the text as
 * it is, and turns a problem+json answer into the same ApiError the rest of the app reads.
 */
import { API_BASE, ApiError, api, type FieldProblem } from '../../api/client.js';
import type { MeasurementImport, SessionAnswer } from '../../api/types.js';

export const CSV_HEADER = 'measuredOn,value,note';
export const CSV_EXAMPLE = `${CSV_HEADER}\n2026-01-05,640,after the cache change\n2026-01-12,520,`;

function problemOf(status: number, body: unknown): ApiError {
  const p = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors: FieldProblem[] = Array.isArray(p.errors)
    ? p.errors
        .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object')
        .map((e) => ({ pointer: typeof e.pointer === 'string' ? e.pointer : '', message: typeof e.message === 'string' ? e.message : 'Invalid value.' }))
    : [];
  return new ApiError({
    status,
    code: typeof p.code === 'string' ? p.code : `http_${status}`,
    title: typeof p.title === 'string' ? p.title : '',
    detail: typeof p.detail === 'string' && p.detail ? p.detail : 'The import could not be completed.',
    errors,
  });
}

export async function importCsv(outcomeId: string, text: string): Promise<MeasurementImport> {
  const me = await api.get<SessionAnswer>('/me');
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/outcomes/${encodeURIComponent(outcomeId)}/measurements/import`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
      body: text,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', detail: "Can't reach the server. Check your connection and try again." });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw problemOf(response.status, body);
  return body as MeasurementImport;
}
