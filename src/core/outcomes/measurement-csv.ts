/**
 * A CSV of measurements (`measuredOn,value,note`), read all or nothing (PRODUCT.md §9): every
 * bad cell is reported as `/rows/N/column` (N counts data rows from 1, the header not counted)
 * with a message that says "row N", and nothing is imported while any cell is bad.
 *
 * RFC 4180 quoting: a field in double quotes may hold commas, line breaks and doubled quotes.
 * Columns may come in any order; `note` may be left out; unknown columns are refused.
 */
import { isIsoDate } from '../../shared/dates.js';
import type { FieldError } from '../errors.js';

export const CSV_COLUMNS = ['measuredOn', 'value', 'note'] as const;
export const MAX_CSV_ROWS = 5000;
export const MAX_NOTE_LENGTH = 2000;

export interface CsvMeasurement {
  measuredOn: string;
  value: number;
  note: string;
}

export type CsvResult = { ok: true; rows: CsvMeasurement[] } | { ok: false; errors: FieldError[] };

/** Splits CSV text into records of fields (RFC 4180); a quote left open is reported. */
export function csvRecords(text: string): { records: string[][]; unclosedQuote: boolean } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && src[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  // Blank lines carry nothing.
  return { records: records.filter((r) => !(r.length === 1 && r[0]?.trim() === '')), unclosedQuote: quoted };
}

const cellError = (row: number, column: string, message: string): FieldError => ({ pointer: `/rows/${row}/${column}`, message: `In row ${row}: ${message}` });

export function parseMeasurementsCsv(text: string): CsvResult {
  const { records, unclosedQuote } = csvRecords(text);
  const errors: FieldError[] = [];
  const header = (records[0] ?? []).map((h) => h.trim());
  if (!records.length) return { ok: false, errors: [{ pointer: '/rows', message: 'The file is empty: it needs a header line `measuredOn,value,note` and one row per measurement.' }] };
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  const missing = (['measuredOn', 'value'] as const).filter((c) => !header.includes(c));
  if (unknown.length || missing.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean);
    return { ok: false, errors: [{ pointer: '/rows/0', message: `The header must name the columns measuredOn, value and (optionally) note: ${parts.join('; ')}.` }] };
  }
  if (unclosedQuote) errors.push({ pointer: `/rows/${records.length - 1}`, message: `In row ${records.length - 1}: a quoted field is never closed.` });
  const data = records.slice(1);
  if (!data.length) return { ok: false, errors: [{ pointer: '/rows', message: 'The file has a header but no measurements.' }] };
  if (data.length > MAX_CSV_ROWS) return { ok: false, errors: [{ pointer: '/rows', message: `At most ${MAX_CSV_ROWS} rows in one import.` }] };
  const at = (name: string) => header.indexOf(name);
  const rows: CsvMeasurement[] = [];
  data.forEach((record, index) => {
    const n = index + 1;
    if (record.length !== header.length) {
      errors.push({ pointer: `/rows/${n}`, message: `In row ${n}: ${record.length} fields where the header has ${header.length}.` });
      return;
    }
    const measuredOn = (record[at('measuredOn')] ?? '').trim();
    const rawValue = (record[at('value')] ?? '').trim();
    const note = at('note') >= 0 ? (record[at('note')] ?? '').trim() : '';
    let bad = false;
    if (!isIsoDate(measuredOn)) {
      errors.push(cellError(n, 'measuredOn', measuredOn ? `“${measuredOn}” is not a date (YYYY-MM-DD).` : 'the date is missing.'));
      bad = true;
    }
    const value = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(rawValue) ? Number(rawValue) : Number.NaN;
    if (!Number.isFinite(value)) {
      errors.push(cellError(n, 'value', rawValue ? `“${rawValue}” is not a number.` : 'the value is missing.'));
      bad = true;
    }
    if (note.length > MAX_NOTE_LENGTH) {
      errors.push(cellError(n, 'note', `the note is longer than ${MAX_NOTE_LENGTH} characters.`));
      bad = true;
    }
    if (!bad) rows.push({ measuredOn, value, note });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
