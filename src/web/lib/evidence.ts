/**
 * The evidence log's vocabulary and small helpers: labels for dimensions, impact and
 * audience, metric formatting, calendar dates in the person's time zone and week. Dimension
 * names come from the framework (`useFramework()` in src/web/data/framework.ts).
 *
 * Kept free of heavy imports: the quick-capture dialog (in the main chunk) uses it.
 */
import { addDays, todayIn } from '../../shared/dates.js';
import type { AudienceMember, Evidence, Impact, Metric, Person } from '../api/types.js';

// ---------------------------------------------------------------- vocabulary

/** Dimension names come from the active framework (lib/framework.ts). */

export const IMPACTS: { id: Impact; label: string }[] = [
  { id: 'cost', label: 'Cost' },
  { id: 'reliability', label: 'Reliability' },
  { id: 'developer-speed', label: 'Developer speed' },
  { id: 'capability', label: 'New capability' },
  { id: 'risk', label: 'Risk reduction' },
  { id: 'performance', label: 'Performance' },
];

export function impactLabel(id: string | null | undefined): string {
  if (!id) return 'None';
  return IMPACTS.find((i) => i.id === id)?.label ?? id;
}

/** Where an entry or a proposal came from, as the words after "from" ("from a document"). */
export function sourceOrigin(source: Evidence['source'] | string): string {
  switch (source) {
    case 'manual':
      return 'you';
    case 'git':
      return 'git';
    case 'import':
      return 'an import';
    case 'document':
      return 'a document';
    case 'credit':
      return 'credit from a colleague';
    default:
      return source;
  }
}

export const AUDIENCES: { id: AudienceMember; label: string; long: string }[] = [
  { id: 'manager', label: 'Manager', long: 'My manager (and their managers)' },
  { id: 'mentors', label: 'Mentors', long: 'My mentors' },
  { id: 'org', label: 'Organisation', long: 'Everyone in the organisation' },
];

export type AudienceKind = 'private' | AudienceMember;

/** The widest audience (for the icon) and a text label (colour is never the only signal). */
export function audienceSummary(audience: readonly AudienceMember[]): { kind: AudienceKind; label: string; description: string } {
  if (!audience.length) return { kind: 'private', label: 'Private', description: 'Only you can see this entry.' };
  if (audience.includes('org')) return { kind: 'org', label: 'Organisation', description: 'Everyone in the organisation can see this entry.' };
  const names = AUDIENCES.filter((a) => audience.includes(a.id)).map((a) => a.label);
  const kind: AudienceKind = audience.includes('manager') ? 'manager' : 'mentors';
  const who = names.map((n) => (n === 'Manager' ? 'your manager chain' : 'your mentors')).join(' and ');
  return { kind, label: names.join(' + '), description: `You and ${who} can see this entry.` };
}

// ---------------------------------------------------------------- metrics

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

function withUnit(n: number, unit: string | null): string {
  if (!unit) return formatNumber(n);
  return unit === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${unit}`;
}

/** `800 → 200 ms`, `−30%`, `was 12 h`, `now 3 teams`. */
export function metricValue(m: Metric): string {
  const parts: string[] = [];
  if (m.before !== null && m.after !== null) {
    parts.push(m.unit && m.unit !== '%' ? `${formatNumber(m.before)} → ${formatNumber(m.after)} ${m.unit}` : `${withUnit(m.before, m.unit)} → ${withUnit(m.after, m.unit)}`);
  } else if (m.after !== null) {
    parts.push(`now ${withUnit(m.after, m.unit)}`);
  } else if (m.before !== null) {
    parts.push(`was ${withUnit(m.before, m.unit)}`);
  }
  if (m.change !== null) {
    const sign = m.change > 0 ? '+' : m.change < 0 ? '−' : '±';
    const text = `${sign}${formatNumber(Math.abs(m.change))}%`;
    parts.push(parts.length ? `(${text})` : text);
  }
  return parts.join(' ');
}

/** The whole metric as one line, for screen readers and titles. */
export function metricText(m: Metric): string {
  return `${m.name}: ${metricValue(m)}`;
}

export function sameMetric(a: Metric, b: Metric): boolean {
  return (
    a.name.trim().toLowerCase() === b.name.trim().toLowerCase() &&
    (a.unit ?? '') === (b.unit ?? '') &&
    a.before === b.before &&
    a.after === b.after &&
    a.change === b.change
  );
}

// ---------------------------------------------------------------- calendar

/** Today where the person lives, and day arithmetic: the server's own date module. */
export { addDays, todayIn };

/** 0 = Sunday … 6 = Saturday; Monday unless the person says otherwise. */
export function weekStartDay(weekStart: Person['weekStart']): number {
  if (typeof weekStart === 'number' && weekStart >= 0 && weekStart <= 6) return weekStart;
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const i = typeof weekStart === 'string' ? names.indexOf(weekStart.toLowerCase()) : -1;
  return i === -1 ? 1 : i;
}

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}


/** The first day of the week that holds `day`. */
export function startOfWeek(day: string, startDay: number): string {
  const d = parseDay(day);
  if (Number.isNaN(d.getTime())) return day;
  const back = (d.getUTCDay() - startDay + 7) % 7;
  return addDays(day, -back);
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

// Calendar dates are formatted in UTC so that a date never shifts by a day.
const dayFormat = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const dayYearFormat = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'full' });
const monthFormat = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', month: 'long', year: 'numeric' });
const shortDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' });
const shortDayYear = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** `Mon, 2 Nov` (with the year when it is not this year). */
export function formatDay(day: string, today: string): string {
  const d = parseDay(day);
  if (Number.isNaN(d.getTime())) return day;
  return (day.slice(0, 4) === today.slice(0, 4) ? dayFormat : dayYearFormat).format(d);
}

export function formatLongDay(day: string): string {
  const d = parseDay(day);
  return Number.isNaN(d.getTime()) ? day : longDayFormat.format(d);
}

export type Grouping = 'week' | 'month';

export interface Group<T> {
  key: string;
  label: string;
  /** `2–8 Nov 2026` for weeks. */
  range: string | null;
  items: T[];
}

function groupLabel(key: string, grouping: Grouping, today: string, startDay: number): { label: string; range: string | null } {
  if (grouping === 'month') {
    const thisMonth = startOfMonth(today);
    if (key === thisMonth) return { label: 'This month', range: monthFormat.format(parseDay(key)) };
    if (key === startOfMonth(addDays(thisMonth, -1))) return { label: 'Last month', range: monthFormat.format(parseDay(key)) };
    return { label: monthFormat.format(parseDay(key)), range: null };
  }
  const end = addDays(key, 6);
  const range = `${shortDay.format(parseDay(key))} – ${(end.slice(0, 4) === today.slice(0, 4) ? shortDay : shortDayYear).format(parseDay(end))}`;
  const thisWeek = startOfWeek(today, startDay);
  if (key === thisWeek) return { label: 'This week', range };
  if (key === addDays(thisWeek, -7)) return { label: 'Last week', range };
  return { label: `Week of ${(key.slice(0, 4) === today.slice(0, 4) ? shortDay : shortDayYear).format(parseDay(key))}`, range };
}

/** Consecutive entries (newest first) grouped by the person's week or by month. */
export function groupByPeriod<T extends Pick<Evidence, 'occurredOn'>>(items: T[], grouping: Grouping, today: string, startDay: number): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const key = grouping === 'month' ? startOfMonth(item.occurredOn) : startOfWeek(item.occurredOn, startDay);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, ...groupLabel(key, grouping, today, startDay), items: [item] });
  }
  return groups;
}

/** A time (ISO) in the person's time zone. */
export function formatTimeIn(iso: string, timeZone: string | null | undefined): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone || undefined }).format(d);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }
}

// ---------------------------------------------------------------- links

/** `github.com/acme/billing/pull/42` — a link without its scheme, shortened. */
export function shortUrl(url: string, max = 48): string {
  let text = url;
  try {
    const u = new URL(url);
    text = `${u.host}${u.pathname === '/' ? '' : u.pathname}${u.search}${u.hash}`;
  } catch {
    // keep as typed
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
