/**
 * Self, manager and target per dimension on one radar chart (recharts). Loaded on demand
 * with the framework page, so recharts stays out of the initial bundle.
 *
 * The value on each axis is the level's rank in the framework (0 = lowest) plus half a step
 * when a rating sits between two levels. The lowest level is drawn one ring out from the
 * centre so that it stays visible; the centre means "not rated".
 *
 * Colours come from CSS classes (the theme's tokens), not from props, so the chart follows
 * light and dark; the legend is plain HTML for the same reason. The chart itself is hidden
 * from assistive technology: the figure has a summary label and a table carries the data.
 */
import { useEffect, useRef, useState } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, type BaseTickContentProps } from 'recharts';
import type { LevelInfo } from '../data/vocabulary.js';

export interface RadarPoint {
  dimension: string;
  name: string;
  self: number | null;
  manager: number | null;
  target: number;
  /** Words for each value, for the table. */
  selfText: string;
  managerText: string;
  targetText: string;
}

export interface RadarSeriesFlags {
  self: boolean;
  manager: boolean;
}

/** Two lines for long names, so narrow screens keep them inside the chart. */
function labelLines(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2 || name.length <= 12) return [name];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

/** The chart's radius: as large as the box allows once the longest axis label fits beside it. */
function useRadius(names: string[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const longest = Math.max(4, ...names.flatMap(labelLines).map((l) => l.length));
  const labelWidth = longest * 6.6 + 14;
  const radius = width ? Math.max(48, Math.min(130, width / 2 - labelWidth)) : 110;
  return { ref, radius };
}

function AngleTick(props: BaseTickContentProps) {
  const { x, y, textAnchor, payload } = props;
  const lines = labelLines(String(payload.value));
  return (
    <text x={x} y={y} textAnchor={textAnchor} className="radar-axis-label">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? (lines.length > 1 ? '-0.3em' : '0.35em') : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function FrameworkRadar({
  data,
  levels,
  series,
  summary,
  caption,
}: {
  data: RadarPoint[];
  levels: readonly LevelInfo[];
  series: RadarSeriesFlags;
  /** A sentence or two that says what the chart shows. */
  summary: string;
  caption: string;
}) {
  const max = Math.max(levels.length - 1, 1);
  const ticks = levels.map((_, i) => i);
  const { ref, radius } = useRadius(data.map((d) => d.name));
  return (
    <figure className="radar">
      <div className="radar-chart" role="img" aria-label={summary} ref={ref}>
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={data} outerRadius={radius} margin={{ top: 12, right: 8, bottom: 12, left: 8 }} accessibilityLayer={false}>
            <PolarGrid className="radar-grid" />
            <PolarAngleAxis dataKey="name" tick={(p: BaseTickContentProps) => <AngleTick {...p} />} />
            <PolarRadiusAxis
              type="number"
              domain={[-1, max]}
              ticks={ticks}
              tickCount={levels.length + 1}
              allowDecimals={false}
              // Between the first two axes, where the level names cross the fewest lines.
              angle={90 - 180 / Math.max(data.length, 3)}
              axisLine={false}
              tickFormatter={(value: number) => levels[value]?.name ?? ''}
              // On a small chart the level names would cover the shapes; the table and caption carry them.
              tick={radius >= 80}
              className="radar-radius"
            />
            <Radar name="Target" dataKey="target" className="radar-series radar-target" isAnimationActive={false} fillOpacity={0} />
            {series.manager && <Radar name="Manager" dataKey="manager" className="radar-series radar-manager" isAnimationActive={false} dot connectNulls />}
            {series.self && <Radar name="Self" dataKey="self" className="radar-series radar-self" isAnimationActive={false} dot connectNulls />}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <ul className="radar-legend" aria-label="Legend">
        {series.self && (
          <li>
            <span className="radar-swatch radar-swatch-self" aria-hidden="true" /> Self
          </li>
        )}
        {series.manager && (
          <li>
            <span className="radar-swatch radar-swatch-manager" aria-hidden="true" /> Manager
          </li>
        )}
        <li>
          <span className="radar-swatch radar-swatch-target" aria-hidden="true" /> Target
        </li>
      </ul>
      <figcaption className="muted small">{caption}</figcaption>
      <div className="visually-hidden">
        <table>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Self</th>
            <th scope="col">Manager</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{d.name}</th>
              <td>{d.selfText}</td>
              <td>{d.managerText}</td>
              <td>{d.targetText}</td>
            </tr>
          ))}
        </tbody>
        </table>
      </div>
    </figure>
  );
}
