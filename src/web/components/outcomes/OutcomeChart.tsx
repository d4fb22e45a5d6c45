/**
 * The measurements of one outcome over time (recharts): the values as a line, the baseline as
 * a dashed line and the target as a dotted one, each labelled in words on the chart. Colours
 * come from CSS classes (the theme's tokens), so the chart follows light and dark.
 *
 * The drawing is one image with a summary as its accessible name; the same summary is written
 * beside it, and the measurements themselves are in the list or table next to the chart.
 * Without a measurement there is no empty chart: the words say so and how to add one.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Outcome } from '../../api/types.js';
import { formatTick, formatValue, measurementSummary } from './outcomeText.js';
import './outcome-chart.css';

const DAY_MS = 24 * 3600 * 1000;

interface Point {
  time: number;
  value: number;
}

function pointsOf(outcome: Outcome): Point[] {
  return outcome.measurements
    .map((m) => ({ time: Date.parse(`${m.measuredOn}T00:00:00Z`), value: m.value }))
    .filter((p) => Number.isFinite(p.time))
    .sort((a, b) => a.time - b.time);
}

/** 1, 2, 2.5 or 5 times a power of ten: a step a reader can add up. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

/** Round ticks over a range that holds every value, the baseline and the target. */
function valueTicks(points: Point[], outcome: Outcome): number[] {
  const values = [...points.map((p) => p.value), outcome.baseline, outcome.target];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) || 1), hi + (Math.abs(hi) || 1)];
  const step = niceStep((hi - lo) / 4);
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function timeDomain(points: Point[]): [number, number] {
  const first = points[0]?.time ?? 0;
  const last = points[points.length - 1]?.time ?? first;
  if (last - first < DAY_MS) return [first - DAY_MS, last + DAY_MS];
  return [first, last];
}

export function OutcomeChart({ outcome, size = 'small', canEdit = false }: { outcome: Outcome; size?: 'small' | 'large'; canEdit?: boolean }) {
  const summary = measurementSummary(outcome);
  const points = pointsOf(outcome);
  if (!points.length) {
    return (
      <div className="oc-chart-empty">
        <p className="strong">No measurement yet</p>
        <p className="muted small">
          {canEdit
            ? 'Record the first value below, or import several from a CSV file: the chart starts with it.'
            : 'The chart appears once its owner records a measurement.'}
        </p>
      </div>
    );
  }
  const unit = outcome.unit.trim();
  const ticks = valueTicks(points, outcome);
  const name = `Chart of ${outcome.name}${unit ? ` in ${unit}` : ''}: baseline ${formatValue(outcome.baseline, outcome.unit)}, target ${formatValue(outcome.target, outcome.unit)}. ${summary}`;
  return (
    <figure className={`oc-chart oc-chart-${size}`}>
      <div className="oc-chart-box" role="img" aria-label={name}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={timeDomain(points)}
              tickFormatter={formatTick}
              minTickGap={24}
            />
            <YAxis
              type="number"
              domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]}
              ticks={ticks}
              interval={0}
              tickFormatter={(v: number) => formatValue(v, '')}
              width={size === 'large' ? 64 : 52}
              {...(unit ? { label: { value: unit, angle: -90, position: 'insideLeft', className: 'oc-axis-label' } } : {})}
            />
            <ReferenceLine
              y={outcome.baseline}
              className="oc-baseline"
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: `Baseline ${formatValue(outcome.baseline, outcome.unit)}`, position: 'insideTopRight', className: 'oc-ref-label' }}
            />
            <ReferenceLine
              y={outcome.target}
              className="oc-target"
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{ value: `Target ${formatValue(outcome.target, outcome.unit)}`, position: 'insideBottomRight', className: 'oc-ref-label' }}
            />
            <Line type="monotone" dataKey="value" className="oc-line" isAnimationActive={false} dot={{ r: 3 }} activeDot={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small oc-chart-summary">{summary}</figcaption>
    </figure>
  );
}
