import { describe, expect, test } from 'vitest';
import { FAILING_IMPACTS, routeOf, uncheckedRoutes } from '../support/a11y.js';

describe('the browser journeys’ accessibility bookkeeping', () => {
  test('routes are named with their ids replaced and the query ignored', () => {
    expect(routeOf('http://x/evidence/01JD5Z8K3M4N5P6Q7R8S9T0V1W?q=a')).toBe('/evidence/:id');
    expect(routeOf('http://x/framework/assess/01JD5Z8K3M4N5P6Q7R8S9T0V1W?kind=peer')).toBe('/framework/assess/:personId');
    expect(routeOf('http://x/evidence?q=checkout')).toBe('/evidence');
    expect(routeOf('http://x/')).toBe('/');
    expect(routeOf('http://x/admin/people/')).toBe('/admin/people');
  });

  test('a visited route that axe never checked is reported', () => {
    expect(uncheckedRoutes({ visited: ['/', '/evidence', '/evidence/:id'], checked: new Set(['/', '/evidence']) })).toEqual(['/evidence/:id']);
    expect(uncheckedRoutes({ visited: ['/'], checked: new Set(['/']) })).toEqual([]);
  });

  test('serious and critical violations fail a journey', () => {
    expect([...FAILING_IMPACTS].sort()).toEqual(['critical', 'serious']);
  });
});
