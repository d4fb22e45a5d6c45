/** Sending measurements as CSV (`Content-Type: text/csv`, header `measuredOn,value,note`): every row or none. */
import { api } from '../../api/client.js';
import type { MeasurementImport } from '../../api/types.js';

export const CSV_HEADER = 'measuredOn,value,note';
export const CSV_EXAMPLE = `${CSV_HEADER}\n2026-01-05,640,after the cache change\n2026-01-12,520,`;

export function importCsv(outcomeId: string, text: string): Promise<MeasurementImport> {
  return api.post<MeasurementImport>(`/outcomes/${encodeURIComponent(outcomeId)}/measurements/import`, undefined, { text: { body: text, contentType: 'text/csv' } });
}
