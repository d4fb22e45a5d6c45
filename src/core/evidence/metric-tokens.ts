/**
 * Splits free text into the tokens the metric extractor reads: words, quantities (a number
 * with its unit), multipliers ("3x"), arrows, punctuation, and "junk" — numbers that are
 * part of a date, a time of day, a version or a phone number, which never become metrics.
 *
 * Units are written canonically: ms, s, min, h, days, weeks, months, years; %; USD, EUR, GBP;
 * KB, MB, GB, TB, PB (and KiB ... PiB); req/s, queries/s, ops/s. Magnitudes (k, M, bn,
 * thousand, million, billion) are applied to the number: "$40k" is 40000 USD.
 */

export type Token =
  | { kind: 'word'; text: string; lower: string; index: number }
  | { kind: 'qty'; value: number; unit: string | null; index: number }
  | { kind: 'factor'; value: number; index: number }
  | { kind: 'arrow'; index: number }
  | { kind: 'punct'; text: string; index: number }
  | { kind: 'junk'; index: number };

interface UnitInfo {
  unit: string;
  /** size in the family's base unit, for converting "2 min" to "120 s" */
  scale?: number;
  family?: 'time' | 'data';
}

const UNITS: [string[], UnitInfo][] = [
  [['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'], { unit: 'ms', scale: 0.001, family: 'time' }],
  [['s', 'sec', 'secs', 'second', 'seconds'], { unit: 's', scale: 1, family: 'time' }],
  [['min', 'mins', 'minute', 'minutes'], { unit: 'min', scale: 60, family: 'time' }],
  [['h', 'hr', 'hrs', 'hour', 'hours'], { unit: 'h', scale: 3600, family: 'time' }],
  [['d', 'day', 'days'], { unit: 'days', scale: 86400, family: 'time' }],
  [['wk', 'wks', 'week', 'weeks'], { unit: 'weeks', scale: 604800, family: 'time' }],
  [['month', 'months'], { unit: 'months' }],
  [['yr', 'yrs', 'year', 'years'], { unit: 'years' }],
  [['%', 'percent', 'per cent', 'pct'], { unit: '%' }],
  [['usd', 'dollars'], { unit: 'USD' }],
  [['eur', 'euros', 'euro'], { unit: 'EUR' }],
  [['gbp'], { unit: 'GBP' }],
  [['kb'], { unit: 'KB', scale: 1e3, family: 'data' }],
  [['mb'], { unit: 'MB', scale: 1e6, family: 'data' }],
  [['gb'], { unit: 'GB', scale: 1e9, family: 'data' }],
  [['tb'], { unit: 'TB', scale: 1e12, family: 'data' }],
  [['pb'], { unit: 'PB', scale: 1e15, family: 'data' }],
  [['kib'], { unit: 'KiB', scale: 2 ** 10, family: 'data' }],
  [['mib'], { unit: 'MiB', scale: 2 ** 20, family: 'data' }],
  [['gib'], { unit: 'GiB', scale: 2 ** 30, family: 'data' }],
  [['tib'], { unit: 'TiB', scale: 2 ** 40, family: 'data' }],
  [['req/s', 'reqs/s', 'requests/s', 'requests per second', 'rps'], { unit: 'req/s' }],
  [['qps', 'queries/s', 'queries per second'], { unit: 'queries/s' }],
  [['ops/s', 'ops'], { unit: 'ops/s' }],
];

const UNIT_INFO = new Map<string, UnitInfo>();
for (const [spellings, info] of UNITS) {
  UNIT_INFO.set(info.unit, info);
  for (const s of spellings) UNIT_INFO.set(s, info);
}

export function unitInfo(unit: string): UnitInfo | undefined {
  return UNIT_INFO.get(unit);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const UNIT_ALTERNATION = [...UNITS.flatMap(([spellings]) => spellings)].sort((a, b) => b.length - a.length).map(escape).join('|');

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP' };
const MAGNITUDES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, m: 1e6, bn: 1e9, B: 1e9, thousand: 1e3, million: 1e6, billion: 1e9 };

const QTY = new RegExp(
  String.raw`(?:(?<sym>US\$|[$€£])\s?|(?<code>USD|EUR|GBP)\s)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:(?<mag>k|K|M|bn|B|m)(?![\p{L}\p{N}])|\s(?<magWord>thousand|million|billion)(?![\p{L}\p{N}]))?`,
  'uy',
);
const AFTER_NUMBER_JUNK = /[.,:/-]\d|\d/y;
const JUNK_RUN = /[\p{L}\p{N}.,:/-]*/uy;
const FACTOR = /[x×](?![\p{L}\p{N}])/uy;
const UNIT = new RegExp(String.raw`\s?(?<unit>${UNIT_ALTERNATION})(?<rate>/s(?:ec)?)?(?![\p{L}\p{N}])`, 'iuy');
const CURRENCY_AFTER = /\s?(?<unit>usd|eur|gbp|dollars|euros)(?![\p{L}\p{N}])/iuy;
const WORD = /[\p{L}_](?:[\p{L}\p{N}_'’]|[-./](?=[\p{L}\p{N}]))*/uy;
const ARROW = /->|=>|→|⟶|➔|➝|⇒/y;
const SPACE = /[ \t\u00a0]+/y;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Rounds away floating-point noise ("1.1k" is 1100, not 1100.0000000000002). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function readQuantity(text: string, pos: number, index: number): { token: Token; end: number } | null {
  const m = at(QTY, text, pos);
  if (!m?.groups) return null;
  const { sym, code, num, mag, magWord } = m.groups;
  let end = pos + m[0].length;
  const currency = sym ?? code;
  const junk = at(AFTER_NUMBER_JUNK, text, end) !== null || (mag === 'm' && !currency);
  if (junk) {
    const run = at(JUNK_RUN, text, end);
    return { token: { kind: 'junk', index }, end: end + (run?.[0].length ?? 0) };
  }
  let value = Number((num ?? '').replace(/,/g, '')) * (MAGNITUDES[mag ?? magWord ?? ''] ?? 1);
  value = tidy(value);
  if (!currency && !mag && !magWord) {
    const factor = at(FACTOR, text, end);
    if (factor) return { token: { kind: 'factor', value, index }, end: end + factor[0].length };
  }
  let unit: string | null = currency ? (CURRENCY_SYMBOLS[currency] ?? null) : null;
  if (!unit) {
    const u = at(UNIT, text, end) ?? at(CURRENCY_AFTER, text, end);
    if (u?.groups?.unit) {
      const info = UNIT_INFO.get(u.groups.unit.toLowerCase().replace(/\s+/g, ' ')) ?? UNIT_INFO.get(u.groups.unit);
      unit = info ? info.unit + (u.groups.rate && info.family === 'data' ? '/s' : '') : null;
      end += u[0].length;
    }
  }
  if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) {
    const run = at(JUNK_RUN, text, end);
    return { token: { kind: 'junk', index }, end: end + (run?.[0].length ?? 0) };
  }
  return { token: { kind: 'qty', value, unit, index }, end };
}

export function tokenize(input: string): Token[] {
  const text = input.replace(/[*`]/g, '');
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const space = at(SPACE, text, pos);
    if (space) {
      pos += space[0].length;
      continue;
    }
    const index = tokens.length;
    const arrow = at(ARROW, text, pos);
    if (arrow) {
      tokens.push({ kind: 'arrow', index });
      pos += arrow[0].length;
      continue;
    }
    const qty = readQuantity(text, pos, index);
    if (qty) {
      tokens.push(qty.token);
      pos = qty.end;
      continue;
    }
    const word = at(WORD, text, pos);
    if (word) {
      tokens.push({ kind: 'word', text: word[0], lower: word[0].toLowerCase(), index });
      pos += word[0].length;
      continue;
    }
    tokens.push({ kind: 'punct', text: text[pos] === '\r' ? '\n' : (text[pos] ?? ''), index });
    pos++;
  }
  return tokens;
}
