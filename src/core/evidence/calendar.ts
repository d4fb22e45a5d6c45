/**
 * Month names and export periods of `YYYY-MM-DD` dates. Whether a string is a date, and the
 * calendar arithmetic, live in the one date module, src/shared/dates.ts.
 */

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** A month number (1-12) for an English month name or its 3+ letter abbreviation ("Sept" too). */
export function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return i === -1 ? null : i + 1;
}

export type ExportPeriod = 'month' | 'quarter' | 'year';

/** The export file key of a date: `2026-11`, `2026-Q4` or `2026`. */
export function periodKey(date: string, period: ExportPeriod): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${date.slice(5, 7)}`;
}
