/**
 * Rules a schema cannot say: unique ids, every dimension describes every level (and no
 * other), readiness overrides name known dimensions and levels, scope thresholds name known
 * levels, plan steps name known detectors.
 */
import { PLAN_DETECTORS, type Framework, type ReadinessOverride } from './framework-types.js';
import type { Segment } from './framework-yaml-lines.js';

export function crossFieldErrors(f: Framework): { path: Segment[]; message: string }[] {
  const out: { path: Segment[]; message: string }[] = [];

  const unique = (ids: string[], at: (i: number) => Segment[], what: string): void => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else out.push({ path: at(i), message: `duplicates the ${what} id "${id}" already used at position ${seen + 1}` });
    });
  };

  unique(f.levels.map((l) => l.id), (i) => ['levels', i, 'id'], 'level');
  unique(f.dimensions.map((d) => d.id), (i) => ['dimensions', i, 'id'], 'dimension');
  unique(f.plan.map((s) => s.id), (i) => ['plan', i, 'id'], 'plan step');

  const levelIds = [...new Set(f.levels.map((l) => l.id))];
  const dimensionIds = [...new Set(f.dimensions.map((d) => d.id))];

  f.dimensions.forEach((d, di) => {
    for (const key of ['questions', 'artifacts', 'impactKinds'] as const) {
      const items = d[key];
      if (items) unique(items.map((q) => q.id), (i) => ['dimensions', di, key, i, 'id'], key === 'questions' ? 'question' : key === 'artifacts' ? 'artifact' : 'impact kind');
    }
    for (const level of levelIds) {
      if (!Object.hasOwn(d.levels, level)) {
        out.push({
          path: ['dimensions', di, 'levels', level],
          message: `is missing: every dimension must describe every level (${levelIds.join(', ')})`,
        });
      }
    }
    for (const key of Object.keys(d.levels)) {
      if (!levelIds.includes(key)) {
        out.push({ path: ['dimensions', di, 'levels', key], message: `is not a level of this framework (levels: ${levelIds.join(', ')})` });
      }
    }
  });

  const checkDimensionKeys = (overrides: Record<string, ReadinessOverride> | undefined, base: Segment[]): void => {
    for (const key of Object.keys(overrides ?? {})) {
      if (!dimensionIds.includes(key)) {
        out.push({ path: [...base, key], message: `is not a dimension of this framework (dimensions: ${dimensionIds.join(', ')})` });
      }
    }
  };
  checkDimensionKeys(f.readiness.dimensions, ['readiness', 'dimensions']);
  for (const [key, override] of Object.entries(f.readiness.levels ?? {})) {
    if (!levelIds.includes(key)) {
      out.push({ path: ['readiness', 'levels', key], message: `is not a level of this framework (levels: ${levelIds.join(', ')})` });
    }
    checkDimensionKeys(override.dimensions, ['readiness', 'levels', key, 'dimensions']);
  }

  for (const key of Object.keys(f.scope?.levels ?? {})) {
    if (!levelIds.includes(key)) {
      out.push({ path: ['scope', 'levels', key], message: `is not a level of this framework (levels: ${levelIds.join(', ')})` });
    }
  }

  f.plan.forEach((step, i) => {
    if (!(PLAN_DETECTORS as readonly string[]).includes(step.detector)) {
      out.push({ path: ['plan', i, 'detector'], message: `must be one of: ${PLAN_DETECTORS.join(', ')}` });
    }
  });
  return out;
}
