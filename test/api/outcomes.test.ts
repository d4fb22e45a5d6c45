import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { addPerson, createTestApp, setupAdmin, type Caller, type TestApp } from '../support/app.js';

type Outcome = { id: string; progress: number | null; latest: { value: number; measuredOn: string } | null; measurements: { id: string; value: number; measuredOn: string; note: string }[] };

describe.each(DIALECTS)('outcomes on %s', (dialect) => {
  let t: TestApp;
  let me: Caller;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t.app);
    me = await addPerson(admin, { name: 'Me', email: 'me@example.com' });
  });
  afterEach(() => t.close());

  const create = async (body: Record<string, unknown>) => {
    const r = await me.post('/outcomes', { name: 'p99 latency of checkout', unit: 'ms', ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json<Outcome>();
  };
  const measure = async (id: string, value: number, measuredOn: string, note?: string) => {
    const r = await me.post(`/outcomes/${id}/measurements`, { value, measuredOn, ...(note !== undefined && { note }) });
    expect(r.statusCode, r.body).toBe(201);
    return (await me.get(`/outcomes/${id}`)).json<Outcome>();
  };

  it('progress for both directions: no data is null, part-way, passed (above 1), the wrong way (below 0)', async () => {
    const lower = await create({ direction: 'lower', baseline: 800, target: 200 });
    expect(lower).toMatchObject({ progress: null, latest: null, measurements: [] });
    expect((await measure(lower.id, 500, '2026-10-01')).progress).toBe(0.5);
    expect((await measure(lower.id, 100, '2026-11-01')).progress).toBeCloseTo(700 / 600);
    expect((await measure(lower.id, 1100, '2026-12-01')).progress).toBe(-0.5);

    const higher = await create({ name: 'Deploys per week', unit: '', direction: 'higher', baseline: 2, target: 10 });
    expect((await measure(higher.id, 6, '2026-10-01')).progress).toBe(0.5);
    expect((await measure(higher.id, 14, '2026-10-02')).progress).toBe(1.5);
    expect((await measure(higher.id, 0, '2026-10-03')).progress).toBe(-0.25);
  });

  it('measurements are oldest first and the latest is by date, whatever the order recorded', async () => {
    const o = await create({ direction: 'lower', baseline: 800, target: 200 });
    await measure(o.id, 300, '2026-11-10', 'newest');
    const after = await measure(o.id, 700, '2026-10-01', 'oldest');
    expect(after.measurements.map((m) => m.measuredOn)).toEqual(['2026-10-01', '2026-11-10']);
    expect(after.latest).toEqual({ value: 300, measuredOn: '2026-11-10' });
    const gone = await me.delete(`/outcomes/${o.id}/measurements/${after.measurements[1]?.id}`);
    expect(gone.statusCode).toBe(204);
    expect((await me.get(`/outcomes/${o.id}`)).json<Outcome>().latest).toEqual({ value: 700, measuredOn: '2026-10-01' });
    expect((await me.delete(`/outcomes/${o.id}/measurements/nope`)).statusCode).toBe(404);
  });

  it('a target on the wrong side of the baseline, or equal to it, is 400 naming target — on create and on change', async () => {
    for (const body of [
      { direction: 'lower', baseline: 800, target: 900 },
      { direction: 'higher', baseline: 2, target: 1 },
      { direction: 'lower', baseline: 5, target: 5 },
    ]) {
      const r = await me.post('/outcomes', { name: 'x', unit: 'ms', ...body });
      expect(r.statusCode).toBe(400);
      expect(r.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/target']);
    }
    const o = await create({ direction: 'lower', baseline: 800, target: 200 });
    const flip = await me.patch(`/outcomes/${o.id}`, { direction: 'higher' });
    expect(flip.statusCode).toBe(400);
    expect(flip.json().errors[0].pointer).toBe('/target');
    expect((await me.patch(`/outcomes/${o.id}`, { direction: 'higher', baseline: 200, target: 800 })).statusCode).toBe(200);
  });

  it('a CSV with a bad row names the row and column and imports nothing; a good one imports every row', async () => {
    const o = await create({ direction: 'lower', baseline: 800, target: 200 });
    const csv = (body: string) => me.request('POST', `/outcomes/${o.id}/measurements/import`, body, { 'content-type': 'text/csv' });
    const bad = await csv('measuredOn,value,note\n2026-10-01,700,first\n2026-10-02,fast,oops\n2026-13-01,650,\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { pointer: '/rows/2/value', message: 'In row 2: “fast” is not a number.' },
      { pointer: '/rows/3/measuredOn', message: 'In row 3: “2026-13-01” is not a date (YYYY-MM-DD).' },
    ]);
    expect((await me.get(`/outcomes/${o.id}`)).json<Outcome>().measurements).toEqual([]);

    const good = await csv('measuredOn,value,note\n2026-10-01,700,"first, with a comma"\n2026-10-01,650,same day\n2026-11-01,400,\n');
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().imported).toBe(3);
    const after = good.json().outcome as Outcome;
    expect(after.measurements.map((m) => [m.value, m.note])).toEqual([[700, 'first, with a comma'], [650, 'same day'], [400, '']]);
    expect(after.progress).toBe(2 / 3);
    expect(good.headers.etag).toBe((await me.get(`/outcomes/${o.id}`)).headers.etag);
    expect((await me.request('POST', `/outcomes/${o.id}/measurements/import`, 'value\n1\n', { 'content-type': 'text/csv' })).json().errors[0].pointer).toBe('/rows/0');
  });

  it('If-Match: a stale edit is 412 and loses nothing; a measurement moves the ETag on', async () => {
    const created = await me.post('/outcomes', { name: 'Cost', unit: 'EUR', direction: 'lower', baseline: 100, target: 50 });
    const tag = created.headers.etag as string;
    await me.post(`/outcomes/${created.json().id}/measurements`, { value: 90, measuredOn: '2026-11-02' });
    const stale = await me.request('PATCH', `/outcomes/${created.json().id}`, { name: 'Cloud cost' }, { 'if-match': tag });
    expect(stale.statusCode).toBe(412);
    const fresh = await me.get(`/outcomes/${created.json().id}`);
    expect(fresh.json().name).toBe('Cost');
    // Sent back whole, the computed fields (measurements, latest, progress) are ignored.
    const { initiativeId: _i, ...back } = fresh.json();
    const echoed = await me.patch(`/outcomes/${created.json().id}`, { ...back, progress: 9, measurements: [] });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().measurements).toHaveLength(1);
    expect((await me.request('PATCH', `/outcomes/${created.json().id}`, { name: 'Cloud cost' }, { 'if-match': echoed.headers.etag as string })).statusCode).toBe(200);
  });

  it('names an own initiative or none; unknown fields and server-owned fields', async () => {
    const mine = (await me.post('/initiatives', { title: 'Faster checkout' })).json<{ id: string }>();
    const linked = await create({ direction: 'lower', baseline: 800, target: 200, initiativeId: mine.id, impact: 'performance' });
    expect((await me.get(`/outcomes?initiativeId=${mine.id}`)).json().items.map((o: { id: string }) => o.id)).toEqual([linked.id]);
    const bad = await me.post('/outcomes', { name: 'x', unit: '', direction: 'lower', baseline: 2, target: 1, initiativeId: 'someone-elses' });
    expect(bad.json().errors[0].pointer).toBe('/initiativeId');
    expect((await me.post('/outcomes', { name: 'x', unit: '', direction: 'lower', baseline: 2, target: 1, colour: 'red' })).json().code).toBe('unknown_field');
    expect((await me.post('/outcomes', { name: 'x', unit: '', direction: 'sideways', baseline: 2, target: 1 })).statusCode).toBe(400);
    // Deleting the initiative leaves the outcome, unlinked.
    expect((await me.delete(`/initiatives/${mine.id}`)).statusCode).toBe(204);
    expect((await me.get(`/outcomes/${linked.id}`)).json().initiativeId).toBeNull();
    expect((await me.delete(`/outcomes/${linked.id}`)).statusCode).toBe(204);
    expect((await me.get(`/outcomes/${linked.id}`)).statusCode).toBe(404);
  });
});
