/**
 * Thresholds merge from the general to the specific: `strong`/`developing` →
 * `dimensions.<dim>` → `levels.<target>` → `levels.<target>.dimensions.<dim>`.
 */
import type { Framework, ReadinessOverride } from '../frameworks/framework-file.js';
import type { ResolvedThresholds } from './readiness-types.js';

function merge(into: ResolvedThresholds, o: ReadinessOverride | undefined): void {
  if (!o) return;
  if (o.recentMonths !== undefined) into.recentMonths = o.recentMonths;
  if (o.strong) into.strong = { ...into.strong, ...o.strong };
  if (o.developing) into.developing = { ...into.developing, ...o.developing };
}

/** The thresholds that apply to one dimension at one target level, after every override. */
export function resolveThresholds(framework: Framework, level: string, dimension: string): ResolvedThresholds {
  const r = framework.readiness;
  const out: ResolvedThresholds = { recentMonths: r.recentMonths, strong: { ...r.strong }, developing: { ...r.developing } };
  merge(out, r.dimensions?.[dimension]);
  const byLevel = r.levels?.[level];
  merge(out, byLevel);
  merge(out, byLevel?.dimensions?.[dimension]);
  return out;
}
