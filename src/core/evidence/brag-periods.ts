/**
 * Reads the periods that brag-document headings name ("## Q3 2026", "### November",
 * "## Week of 2026-11-02") and the dates that open a bullet ("2026-11-03:", "Nov 3:").
 */
import { daysInMonth, isIsoDate, isoDate } from '../../shared/dates.js';
import { monthFromName } from './calendar.js';

/** Inclusive `YYYY-MM-DD` bounds. */
export interface Period {
  start: string;
  end: string;
}

/** A heading that names a period but whose year is unknown. */
export const NEEDS_YEAR = 'needs-year';

function monthPeriod(year: number, month: number): Period {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

function monthsPeriod(year: number, firstMonth: number, count: number): Period {
  const last = firstMonth + count - 1;
  return { start: isoDate(year, firstMonth, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}

function dayPeriod(date: string, days: number): Period {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days - 1);
  return { start: date, end: d.toISOString().slice(0, 10) };
}

function validDay(year: number, month: number | null, day: number): string | null {
  if (month === null) return null;
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? date : null;
}

/** A heading may go on after the period: "## Q3 2026 — platform work", "## 2026 (draft)". */
const REST = String.raw`(?:\s*[:(|,].*|\s+[-–—]\s.*)?$`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const MONTH = String.raw`([a-z]{3,9})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

type Build = (m: RegExpExecArray, year: number | null) => Period | typeof NEEDS_YEAR | null;

const num = (text: string | undefined): number => Number(text ?? NaN);
const withYear = (year: number | null, make: (y: number) => Period | null): Period | typeof NEEDS_YEAR | null =>
  year === null ? NEEDS_YEAR : make(year);

/** A date written in a heading after "Week of", or alone. */
const DATE_FORMS: [RegExp, (m: RegExpExecArray, year: number | null) => string | typeof NEEDS_YEAR | null][] = [
  [/^(\d{4}-\d{2}-\d{2})/, (m) => (isIsoDate(m[1] ?? '') ? (m[1] ?? null) : null)],
  [new RegExp(`^${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`), (m, y) => {
    const year = m[3] ? num(m[3]) : y;
    return year === null ? NEEDS_YEAR : validDay(year, monthFromName(m[1] ?? ''), num(m[2]));
  }],
  [new RegExp(`^${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`), (m, y) => {
    const year = m[3] ? num(m[3]) : y;
    return year === null ? NEEDS_YEAR : validDay(year, monthFromName(m[2] ?? ''), num(m[1]));
  }],
];

function dateIn(text: string, year: number | null): { date: string | typeof NEEDS_YEAR | null; length: number } {
  for (const [re, build] of DATE_FORMS) {
    const m = re.exec(text);
    if (m) return { date: build(m, year), length: m[0].length };
  }
  return { date: null, length: 0 };
}

const HEADINGS: [RegExp, Build][] = [
  [new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})${REST}`), (m) => {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    return isIsoDate(date) ? dayPeriod(date, 1) : null;
  }],
  [new RegExp(`^${YEAR}[-/](\\d{2})${REST}`), (m) => (num(m[2]) >= 1 && num(m[2]) <= 12 ? monthPeriod(num(m[1]), num(m[2])) : null)],
  [new RegExp(`^q([1-4])(?:\\s*[-/ ]\\s*|\\s*)${YEAR}${REST}`), (m) => monthsPeriod(num(m[2]), num(m[1]) * 3 - 2, 3)],
  [new RegExp(`^${YEAR}\\s*[-/ ]?\\s*q([1-4])${REST}`), (m) => monthsPeriod(num(m[1]), num(m[2]) * 3 - 2, 3)],
  [new RegExp(`^q([1-4])${REST}`), (m, y) => withYear(y, (year) => monthsPeriod(year, num(m[1]) * 3 - 2, 3))],
  [new RegExp(`^h([12])(?:\\s*[-/ ]\\s*|\\s*)${YEAR}${REST}`), (m) => monthsPeriod(num(m[2]), num(m[1]) * 6 - 5, 6)],
  [new RegExp(`^${YEAR}\\s*[-/ ]?\\s*h([12])${REST}`), (m) => monthsPeriod(num(m[1]), num(m[2]) * 6 - 5, 6)],
  [new RegExp(`^h([12])${REST}`), (m, y) => withYear(y, (year) => monthsPeriod(year, num(m[1]) * 6 - 5, 6))],
  [new RegExp(`^${MONTH},?\\s+${YEAR}${REST}`), (m) => {
    const month = monthFromName(m[1] ?? '');
    return month === null ? null : monthPeriod(num(m[2]), month);
  }],
  [new RegExp(`^${YEAR}\\s+${MONTH}${REST}`), (m) => {
    const month = monthFromName(m[2] ?? '');
    return month === null ? null : monthPeriod(num(m[1]), month);
  }],
  [new RegExp(`^${MONTH}${REST}`), (m, y) => {
    const month = monthFromName(m[1] ?? '');
    return month === null ? null : withYear(y, (year) => monthPeriod(year, month));
  }],
  [new RegExp(`^${YEAR}${REST}`), (m) => monthsPeriod(num(m[1]), 1, 12)],
];

/**
 * The period a heading names, `NEEDS_YEAR` when it names one without a year and `year` is
 * null, or null when it names none. `year` comes from the enclosing heading or the options.
 */
export function periodOfHeading(heading: string, year: number | null): Period | typeof NEEDS_YEAR | null {
  const text = heading.trim().toLowerCase();
  const week = /^(?:the\s+)?week\s+(?:of|starting)\s+(.*)$/.exec(text);
  if (week) {
    const { date } = dateIn(week[1] ?? '', year);
    return date === null || date === NEEDS_YEAR ? date : dayPeriod(date, 7);
  }
  const day = dateIn(text, year);
  if (day.date !== null && new RegExp(`^${REST}`).test(text.slice(day.length))) {
    return day.date === NEEDS_YEAR ? NEEDS_YEAR : dayPeriod(day.date, 1);
  }
  for (const [re, build] of HEADINGS) {
    const m = re.exec(text);
    if (m) return build(m, year);
  }
  return null;
}

/** A date that opens a bullet, with what follows it; month-name dates need a ":" or a dash after them. */
export function leadingDate(text: string, period: Period | null, fallbackYear: number | null): { date: string | null; rest: string; invalid: boolean } | null {
  const iso = /^[[(]?(\d{4}-\d{2}-\d{2})[\])]?(?:\s*[:|–—-]\s*|\s+)(.*)$/s.exec(text);
  if (iso) {
    const date = iso[1] ?? '';
    return { date: isIsoDate(date) ? date : null, rest: iso[2] ?? '', invalid: !isIsoDate(date) };
  }
  const named =
    new RegExp(`^${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\s*[:|–—-]\\s*(.*)$`, 'is').exec(text) ??
    null;
  const reversed = named ? null : new RegExp(`^${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\s*[:|–—-]\\s*(.*)$`, 'is').exec(text);
  const m = named ?? reversed;
  if (!m) return null;
  const month = monthFromName((named ? m[1] : m[2]) ?? '');
  if (month === null) return null;
  const day = num(named ? m[2] : m[1]);
  const rest = m[4] ?? '';
  const years = m[3] ? [num(m[3])] : period ? [num(period.start.slice(0, 4)), num(period.end.slice(0, 4))] : fallbackYear !== null ? [fallbackYear] : [];
  const dates = years.map((y) => validDay(y, month, day)).filter((d): d is string => d !== null);
  const inPeriod = period ? dates.find((d) => d >= period.start && d <= period.end) : undefined;
  const date = inPeriod ?? dates[0] ?? null;
  // no year known at all: not invalid, just undated
  return { date, rest, invalid: date === null && years.length > 0 };
}
