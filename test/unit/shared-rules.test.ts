import { describe, expect, test } from 'vitest';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from '../../src/shared/passwords.js';
import { latestRating } from '../../src/shared/ratings.js';
import { checkPassword } from '../../src/core/validation.js';

const known = (id: string) => ['senior', 'staff', 'principal'].includes(id);
const a = (kind: 'self' | 'manager', sharedAt: string | null, ratings: { dimension: string; level: string; towards?: string | null }[]) => ({
  kind,
  sharedAt,
  ratings: ratings.map((r) => ({ towards: null, ...r })),
});

describe('rules the core and the web share', () => {
  test('the password rule is one rule for the core and the web', () => {
    for (const pw of ['', 'x'.repeat(PASSWORD_MIN - 1), 'x'.repeat(PASSWORD_MIN), 'x'.repeat(PASSWORD_MAX), 'x'.repeat(PASSWORD_MAX + 1)]) {
      const problem = passwordProblem(pw);
      if (problem) expect(() => checkPassword(pw)).toThrow(problem);
      else expect(() => checkPassword(pw)).not.toThrow();
    }
    expect(passwordProblem('x'.repeat(PASSWORD_MIN - 1))).toMatch(String(PASSWORD_MIN));
  });

  test('a dimension takes its rating from the newest shared assessment of the kind that rates it', () => {
    const older = a('manager', '2026-01-01T00:00:00Z', [{ dimension: 'scope', level: 'senior' }, { dimension: 'impact', level: 'staff', towards: 'principal' }]);
    const newer = a('manager', '2026-06-01T00:00:00Z', [{ dimension: 'scope', level: 'staff' }]);
    const draft = a('manager', null, [{ dimension: 'scope', level: 'principal' }, { dimension: 'impact', level: 'principal' }]);
    const self = a('self', '2026-07-01T00:00:00Z', [{ dimension: 'scope', level: 'principal' }]);
    const all = [older, draft, self, newer];
    expect(latestRating(all, 'manager', 'scope', known)).toMatchObject({ level: 'staff', towards: null, from: newer });
    // The newest manager assessment does not rate impact: the older one still speaks for it.
    expect(latestRating(all, 'manager', 'impact', known)).toMatchObject({ level: 'staff', towards: 'principal', from: older });
    expect(latestRating(all, 'self', 'impact', known)).toBeNull();
    expect(latestRating(undefined, 'self', 'scope', known)).toBeNull();
  });

  test('levels the framework does not know are skipped; an unknown "towards" is dropped', () => {
    const odd = a('self', '2026-06-01T00:00:00Z', [{ dimension: 'scope', level: 'wizard' }]);
    const ok = a('self', '2026-01-01T00:00:00Z', [{ dimension: 'scope', level: 'senior', towards: 'wizard' }]);
    expect(latestRating([odd, ok], 'self', 'scope', known)).toMatchObject({ level: 'senior', towards: null, from: ok });
  });
});

describe('the search syntax, read once', () => {
  test('the core parses a query exactly as the shared reading does, then adds its limits', async () => {
    const { parseSearchQuery } = await import('../../src/core/evidence/search-query.js');
    const { readSearchTerms, tokenMatches } = await import('../../src/shared/search-syntax.js');
    for (const q of ['kubernetes migration', '"design doc" rfc*', 'Café "unclosed quote', 'a AND b OR c', 'x x "x"', 'inc-2041 p99*']) {
      expect(parseSearchQuery(q)).toEqual(readSearchTerms(q));
    }
    expect(readSearchTerms('*** ""')).toEqual([]);
    expect(() => parseSearchQuery('*** ""')).toThrow();
    const terms = readSearchTerms('"design doc" migrat*');
    expect(['design', 'doc', 'migration', 'migrate'].map((t) => tokenMatches(t, terms))).toEqual([true, true, true, true]);
    expect(tokenMatches('designer', terms)).toBe(false);
  });
});
