import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/core/evidence/metric-extraction.js';
import { lowerIsBetter } from '../../src/core/evidence/metric-words.js';
import type { Metric } from '../../src/core/evidence/types.js';

const m = (name: string, unit: string | null, before: number | null, after: number | null, change: number | null): Metric => ({
  name,
  unit,
  before,
  after,
  change,
});
const pct = (name: string, change: number): Metric => m(name, '%', null, null, change);

/** Phrasings that must give exactly these suggestions. */
const MATCHES: [string, Metric[]][] = [
  // the examples of the issue
  ['Cut checkout p99 from 800 ms to 200 ms', [m('checkout p99', 'ms', 800, 200, -75)]],
  ['cut cost by 30%', [pct('cost', -30)]],
  ['reduced incidents from 12 to 3 per quarter', [m('incidents', 'per quarter', 12, 3, -75)]],
  ['raised deploy frequency from 2 to 10 per week', [m('deploy frequency', 'per week', 2, 10, 400)]],
  ['improved test coverage from 45% to 80%', [m('test coverage', '%', 45, 80, 77.8)]],
  ['grew adoption by 3x', [pct('adoption', 200)]],
  ['saved $40k per month', [m('savings', 'USD per month', null, 40000, null)]],
  ['halved build time', [pct('build time', -50)]],
  ['doubled throughput', [pct('throughput', 100)]],
  // from ... to, with units, decimals and separators
  ['Checkout p99 down from 800ms to 200ms', [m('Checkout p99', 'ms', 800, 200, -75)]],
  ['cut CI time from 1.5 s to 0.5 s', [m('CI time', 's', 1.5, 0.5, -66.7)]],
  ['increased throughput from 1,200 to 3,000 req/s', [m('throughput', 'req/s', 1200, 3000, 150)]],
  ['raised ingest rate from 800 rps to 2.4k rps', [m('ingest rate', 'req/s', 800, 2400, 200)]],
  ['cut the AWS bill from $120k to $80k per month', [m('AWS bill', 'USD per month', 120000, 80000, -33.3)]],
  ['lowered hosting spend from €2M to €1.5M a year', [m('hosting spend', 'EUR per year', 2000000, 1500000, -25)]],
  ['reduced MTTR from 4 hours to 45 minutes', [m('MTTR', 'min', 240, 45, -81.3)]],
  ['shrank the image from 1.2 GB to 300 MB', [m('image', 'MB', 1200, 300, -75)]],
  ['We cut the nightly job from 2 hours to 25 minutes', [m('nightly job', 'min', 120, 25, -79.2)]],
  ['lowered error rate from 2.5% to 0.4%', [m('error rate', '%', 2.5, 0.4, -84)]],
  ['reduced flaky tests from 120 to 4', [m('flaky tests', null, 120, 4, -96.7)]],
  ['raised NPS from 30 to 45', [m('NPS', null, 30, 45, 50)]],
  ['reduced from 12 to 3 incidents per quarter', [m('incidents', 'per quarter', 12, 3, -75)]],
  ['grew the team from 4 to 9 engineers', [m('team', 'engineers', 4, 9, 125)]],
  ['cut onboarding from 10 days to 3 days', [m('onboarding', 'days', 10, 3, -70)]],
  ['raised coverage to 80% from 45%', [m('coverage', '%', 45, 80, 77.8)]],
  ['**Cut** checkout p99 from **800 ms** to **200 ms**.', [m('checkout p99', 'ms', 800, 200, -75)]],
  ['moved queue time from 0 s to 2 s', [m('queue time', 's', 0, 2, null)]],
  // arrows and "down from"
  ['build time 12 min → 4 min', [m('build time', 'min', 12, 4, -66.7)]],
  ['p99: 800ms -> 200ms', [m('p99', 'ms', 800, 200, -75)]],
  ['reduced cold start 2.5s → 800ms', [m('cold start', 'ms', 2500, 800, -68)]],
  ['p99 is 200 ms, down from 800 ms', [m('p99', 'ms', 800, 200, -75)]],
  ['weekly active users are 1,500 (up from 900)', [m('weekly active users', null, 900, 1500, 66.7)]],
  ['Grew from 3 to 5 direct reports', [m('direct reports', null, 3, 5, 66.7)]],
  ['Reduced the number of alerts from 200 a week to 20', [m('number of alerts', 'per week', 200, 20, -90)]],
  ['Sped up CI from 25 minutes to 9 minutes', [m('CI', 'min', 25, 9, -64)]],
  ['reduced lead time from 5 days to 1 day', [m('lead time', 'days', 5, 1, -80)]],
  // relative changes
  ['improved p99 latency by 30%', [pct('p99 latency', -30)]],
  ['improved conversion by 12%', [pct('conversion', 12)]],
  ['optimised MTTR by 20%', [pct('MTTR', -20)]],
  ['sped up build time by 40%', [pct('build time', -40)]],
  ['accelerated adoption by 25%', [pct('adoption', 25)]],
  ['costs dropped by 25%', [pct('costs', -25)]],
  ['costs drop by 25%', [pct('costs', -25)]],
  ['Revenue up 20%', [pct('Revenue', 20)]],
  ['p99 down 40%', [pct('p99', -40)]],
  ['scaled up throughput 3x', [pct('throughput', 200)]],
  ['p99 went down by 40%', [pct('p99', -40)]],
  ['cut image size by 60 %', [pct('image size', -60)]],
  ['increased release cadence by about 50%', [pct('release cadence', 50)]],
  ['reduced pages by 4x', [pct('pages', -75)]],
  ['throughput grew 3x', [pct('throughput', 200)]],
  ['cut cloud costs 30%', [pct('cloud costs', -30)]],
  ['cut latency by half', [pct('latency', -50)]],
  ['cut build time in half', [pct('build time', -50)]],
  ['cut 30% off build time', [pct('build time', -30)]],
  ['saved 20% on cloud costs', [pct('cloud costs', -20)]],
  ['a 30% reduction in cloud spend', [pct('cloud spend', -30)]],
  ['a 15% improvement in p95 latency', [pct('p95 latency', -15)]],
  ['40% fewer pages', [pct('pages', -40)]],
  ['handled 10x more traffic', [pct('traffic', 900)]],
  ['10x fewer alerts', [pct('alerts', -90)]],
  ['p95 latency is 35% lower', [pct('p95 latency', -35)]],
  ['tripled the number of teams on the platform', [pct('number', 200)]],
  // amounts saved and end values
  ['saved 5 hours per week', [m('time saved', 'h per week', null, 5, null)]],
  ['saved €15,000 a year', [m('savings', 'EUR per year', null, 15000, null)]],
  ['saved 2 TB of storage', [m('storage saved', 'TB', null, 2, null)]],
  ['p99 dropped to 120 ms', [m('p99', 'ms', null, 120, null)]],
  ['brought build time down to 4 minutes', [m('build time', 'min', null, 4, null)]],
  // several in one text, in the order written
  [
    'Led the migration that cut p99 latency from 800ms to 200ms, and reduced cost by 30%. Also halved build time.',
    [m('p99 latency', 'ms', 800, 200, -75), pct('cost', -30), pct('build time', -50)],
  ],
  [
    'the p50 went from 40 ms to 12 ms while p99 went from 900 ms to 150 ms',
    [m('p50', 'ms', 40, 12, -70), m('p99', 'ms', 900, 150, -83.3)],
  ],
  ['Reduced p99 from 800 ms to 200 ms and cost by 30%', [m('p99', 'ms', 800, 200, -75), pct('cost', -30)]],
];

/** Phrasings with numbers that are not measurements of a change. */
const NO_MATCH: string[] = [
  'Ran the migration from 2024 to 2025',
  'Led the rollout from March to May',
  'Upgraded the SDK from v1.2 to v2.0',
  'Moved services from Node 18 to 20',
  'Upgraded Postgres from 12 to 16',
  'upgraded from 1.2 to 2.0',
  'Shipped release 1.2.3 to 2.0.0',
  'Worked with 3 teams on the launch',
  'Fixed 3 bugs in the billing flow',
  'Mentored 4 engineers over 6 months',
  'Call me at 555-123-4567',
  'Numbers changed from 555-1234 to 555-9876',
  'Watched p99 closely during the launch',
  'Ran the offsite from 9:00 to 17:00',
  'Planned the freeze from 2026-12-20 to 2027-01-04',
  'Moved the planning cycle from Q1 to Q3',
  'Spent from 2 to 3 weeks on onboarding',
  'The project took 2 to 3 weeks',
  'doubled down on reliability',
  'Gave 2 talks at the 3rd internal summit',
  'increased revenue by $2M',
  'Cut the release from 2.3 to 2.4',
  'Bumped React from 17 to 18',
  'Reviewed 12 RFCs from 5 teams',
  'Increased my scope to 3 teams',
  'scaled up 3x',
  'Build time: 12m → 4m',
];

describe('extractMetrics', () => {
  it('has a table of at least 40 phrasings, 10 of them without a metric', () => {
    expect(MATCHES.length + NO_MATCH.length).toBeGreaterThanOrEqual(40);
    expect(NO_MATCH.length).toBeGreaterThanOrEqual(10);
  });

  it.each(MATCHES)('%s', (text, expected) => {
    expect(extractMetrics(text)).toEqual(expected);
  });

  it.each(NO_MATCH)('no metric in: %s', (text) => {
    expect(extractMetrics(text)).toEqual([]);
  });

  it('gives at least one number in every suggestion, and finite ones', () => {
    for (const [text] of MATCHES) {
      for (const metric of extractMetrics(text)) {
        const numbers = [metric.before, metric.after, metric.change].filter((n): n is number => n !== null);
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('copes with empty and odd input', () => {
    expect(extractMetrics('')).toEqual([]);
    expect(extractMetrics('from to by % x → ->')).toEqual([]);
    expect(extractMetrics('9'.repeat(400))).toEqual([]);
  });
});

describe('lowerIsBetter', () => {
  it('knows the quantities that should go down', () => {
    for (const name of ['p99', 'checkout p99 latency', 'build time', 'runtime', 'cloud cost', 'MTTR', 'error rate', 'incidents']) {
      expect(lowerIsBetter(name)).toBe(true);
    }
    for (const name of ['throughput', 'test coverage', 'adoption', 'conversion', 'deploy frequency']) {
      expect(lowerIsBetter(name)).toBe(false);
    }
  });
});
