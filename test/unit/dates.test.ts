/** The one date module (src/shared/dates.ts), and the doors that rely on it agreeing with it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysInMonth, epochDay, isIsoDate, isoDate, isTimeZone, todayIn } from '../../src/shared/dates.js';
import { AppError } from '../../src/core/errors.js';
import { checkEvidence } from '../../src/core/evidence/evidence-rules.js';
import { checkDate, checkTimeZone } from '../../src/core/validation.js';
import { loadDefaultFramework } from '../../src/core/frameworks/framework-file.js';
import { computeReadiness } from '../../src/core/readiness/readiness.js';

const BAD = ['2025-13-01', '2026-02-30', '2023-02-29', '2026-1-01', '2026-00-10', '2026-04-31', '2026-01-00', '26-01-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '2026-01-01\n', '２０２６-01-01', ''];
const GOOD = ['2024-02-29', '2000-02-29', '2026-12-31', '1969-07-20', '0001-01-01', '9999-12-31'];

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe('isIsoDate', () => {
  it.each(BAD)('refuses %j', (s) => expect(isIsoDate(s)).toBe(false));
  it.each(GOOD)('accepts %s', (s) => expect(isIsoDate(s)).toBe(true));

  it('agrees with the Gregorian calendar for every year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const length = m === 2 && leap(y) ? 29 : (LENGTHS[m - 1] ?? 0);
        expect(isIsoDate(isoDate(y, m, d))).toBe(m >= 1 && m <= 12 && d >= 1 && d <= length);
        if (m >= 1 && m <= 12) expect(daysInMonth(y, m)).toBe(length);
      }),
    );
  });
});

describe('date arithmetic', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_000_000 }), fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isIsoDate(date)).toBe(true);
        expect(epochDay(addDays(date, n))).toBe(day + n);
      }),
    );
  });

  it('moves by calendar months, clamping the day', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('0050-03-31', -1)).toBe('0050-02-28');
    expect(() => addMonths('2026-3-1', 1)).toThrow(RangeError);
  });
});

describe('today and time zones', () => {
  const now = new Date('2026-01-01T02:30:00Z');
  it('is the date where the person lives', () => {
    expect(todayIn('UTC', now)).toBe('2026-01-01');
    expect(todayIn('America/Los_Angeles', now)).toBe('2025-12-31');
    expect(todayIn('Asia/Tokyo', new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01');
  });
  it('falls back to UTC for an unknown or missing zone', () => {
    for (const zone of [null, undefined, '', 'Mars/Olympus']) expect(todayIn(zone, now)).toBe('2026-01-01');
  });
  it('knows an IANA zone from a made-up one', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires']) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['', 'Mars/Olympus', ' UTC', 'UTC\u0000', 'Europe/Berlin/']) expect(isTimeZone(zone)).toBe(false);
    expect(checkTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(AppError);
  });
});

describe('the doors agree with the date module', () => {
  const pointers = (fn: () => unknown): string[] => {
    try {
      fn();
      return [];
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return (err.errors ?? []).map((e) => e.pointer);
    }
  };

  it.each([...BAD, ...GOOD])('evidence rules, checkDate and readiness judge %j alike', (date) => {
    const ok = isIsoDate(date);
    expect(pointers(() => checkEvidence({ title: 'A title', occurredOn: date }, new Set()))).toEqual(ok ? [] : ['/occurredOn']);
    expect(pointers(() => checkDate(date, 'from', 'query'))).toEqual(ok ? [] : ['from']);
    const readiness = () => computeReadiness({ framework: loadDefaultFramework(), level: 'staff', today: date, ownTeamKeys: [], sources: {} });
    if (ok) expect(readiness).not.toThrow();
    else expect(readiness).toThrow(RangeError);
  });
});
