/**
 * Readiness counts "today" — the last day of its window — where the person lives, because
 * that is how their entries are dated. The clock is injected, so nothing here depends on the
 * real time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';
import { ReadinessService } from '../../src/core/readiness/readiness.service.js';

interface Dim {
  id: string;
  facts: { evidence: number; latest: string | null };
}

describe.each(DIALECTS)('readiness and the person’s today on %s', (dialect) => {
  let t: TestApp;
  let admin: Caller;
  let manager: Caller;
  let eng: Caller;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t.app);
    manager = await addPerson(admin, { name: 'Mo Manager', email: 'mo@example.com' });
    eng = await addPerson(admin, { name: 'Eng', email: 'eng@example.com', managerId: manager.personId });
  });
  afterEach(() => t.close());

  /** Readiness as if the time were `at`: the app's service swapped for one with a fixed clock. */
  const at = (iso: string) => {
    const s = t.services;
    s.readiness = new ReadinessService(t.db.storage.db, s.frameworks, s.assessments, s.initiatives, s.documents, () => new Date(iso));
  };
  const facts = async (viewer: Caller, query = ''): Promise<Map<string, Dim['facts']>> => {
    const res = await viewer.get(`/people/${eng.personId}/readiness${query}`);
    expect(res.statusCode).toBe(200);
    return new Map(res.json<{ dimensions: Dim[] }>().dimensions.map((d) => [d.id, d.facts]));
  };
  const log = async (occurredOn: string, dimension: string) => {
    expect((await eng.post('/evidence', { title: `${dimension} on ${occurredOn}`, occurredOn, dimensions: [dimension] })).statusCode).toBe(201);
  };

  it('far east (UTC+14): at 23:30 UTC an entry dated their today counts, and the window starts a day later', async () => {
    expect((await eng.patch('/me', { timeZone: 'Pacific/Kiritimati' })).statusCode).toBe(200);
    at('2026-03-10T23:30:00Z'); // 13:30 on 11 March in Kiritimati
    await log('2026-03-11', 'influence'); // their today, tomorrow in UTC
    await log('2025-03-10', 'scope'); // one day before their 12-month window
    await log('2025-03-11', 'direction'); // the window's first day
    for (const viewer of [eng, manager]) {
      const f = await facts(viewer); // the manager's clock and zone do not matter: Eng's today does
      expect(f.get('influence')).toMatchObject({ evidence: 1, latest: '2026-03-11' });
      expect(f.get('scope')).toMatchObject({ evidence: 0 });
      expect(f.get('direction')).toMatchObject({ evidence: 1, latest: '2025-03-11' });
    }
    // A shorter window moves with the same today.
    expect((await facts(eng, '?window=1')).get('influence')).toMatchObject({ evidence: 1 });
  });

  it('far west (UTC−11): at 05:00 UTC the UTC date is still their tomorrow', async () => {
    expect((await eng.patch('/me', { timeZone: 'Pacific/Pago_Pago' })).statusCode).toBe(200);
    at('2026-03-11T05:00:00Z'); // 18:00 on 10 March in Pago Pago
    await log('2026-03-10', 'influence'); // their today
    await log('2026-03-11', 'scope'); // UTC's today, not yet theirs
    const f = await facts(eng);
    expect(f.get('influence')).toMatchObject({ evidence: 1, latest: '2026-03-10' });
    expect(f.get('scope')).toMatchObject({ evidence: 0 });
    // Once their day turns, it counts.
    at('2026-03-11T11:00:00Z'); // 00:00 on 11 March in Pago Pago
    expect((await facts(eng)).get('scope')).toMatchObject({ evidence: 1, latest: '2026-03-11' });
  });

  it('without a time zone of their own, today is the UTC date', async () => {
    at('2026-03-10T23:30:00Z');
    await log('2026-03-10', 'influence');
    await log('2026-03-11', 'scope');
    const f = await facts(eng);
    expect(f.get('influence')).toMatchObject({ evidence: 1 });
    expect(f.get('scope')).toMatchObject({ evidence: 0 });
  });
});
