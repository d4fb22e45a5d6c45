/**
 * The canonical form of a framework: keys in the documented order and nothing undefined —
 * what parsing returns and what the YAML export writes.
 */
import {
  SCOPE_RULE_KEYS,
  THRESHOLD_KEYS,
  type DimensionLevel,
  type Framework,
  type ReadinessOverride,
  type ReadinessThresholds,
  type ScopeConfig,
  type ScopeRule,
} from './framework-types.js';

/** Scope bars with levels in the framework's order and rule keys in SCOPE_RULE_KEYS order. */
function canonicalScope(f: Framework, scope: ScopeConfig): ScopeConfig {
  const rule = (r: ScopeRule): ScopeRule => {
    const out: ScopeRule = {};
    for (const k of SCOPE_RULE_KEYS) if (r[k] !== undefined) out[k] = r[k];
    return out;
  };
  const levels = f.levels.flatMap((l) => {
    const t = Object.hasOwn(scope.levels, l.id) ? scope.levels[l.id] : undefined;
    return t ? [[l.id, { anyOf: t.anyOf.map(rule) }] as const] : [];
  });
  return { levels: Object.fromEntries(levels) };
}

/** A copy with keys in the documented order and nothing undefined. */
export function canonical(f: Framework): Framework {
  const thresholds = (t: ReadinessThresholds): ReadinessThresholds => {
    const out: ReadinessThresholds = {};
    for (const k of THRESHOLD_KEYS) if (t[k] !== undefined) out[k] = t[k];
    return out;
  };
  const override = (o: ReadinessOverride): ReadinessOverride => ({
    ...(o.recentMonths !== undefined ? { recentMonths: o.recentMonths } : {}),
    ...(o.strong ? { strong: thresholds(o.strong) } : {}),
    ...(o.developing ? { developing: thresholds(o.developing) } : {}),
  });
  const byDimension = (m: Record<string, ReadinessOverride>): Record<string, ReadinessOverride> =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, override(v)]));
  const r = f.readiness;
  return {
    id: f.id,
    name: f.name,
    version: f.version,
    description: f.description,
    levels: f.levels.map((l) => ({ id: l.id, name: l.name, summary: l.summary })),
    dimensions: f.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      summary: d.summary,
      ...(d.principle !== undefined ? { principle: d.principle } : {}),
      ...(d.questions ? { questions: d.questions.map((q) => ({ id: q.id, text: q.text })) } : {}),
      ...(d.artifacts ? { artifacts: d.artifacts.map((a) => ({ id: a.id, name: a.name })) } : {}),
      ...(d.practices ? { practices: [...d.practices] } : {}),
      ...(d.impactKinds ? { impactKinds: d.impactKinds.map((k) => ({ id: k.id, name: k.name })) } : {}),
      // Levels in the framework's order.
      levels: Object.fromEntries(
        f.levels.map((l) => {
          const dl = d.levels[l.id] as DimensionLevel;
          return [l.id, { description: dl.description, signals: [...dl.signals] }];
        }),
      ),
    })),
    readiness: {
      windowMonths: r.windowMonths,
      recentMonths: r.recentMonths,
      strong: thresholds(r.strong),
      developing: thresholds(r.developing),
      ...(r.dimensions ? { dimensions: byDimension(r.dimensions) } : {}),
      ...(r.levels
        ? {
            levels: Object.fromEntries(
              Object.entries(r.levels).map(([k, v]) => [k, { ...override(v), ...(v.dimensions ? { dimensions: byDimension(v.dimensions) } : {}) }]),
            ),
          }
        : {}),
    },
    ...(f.scope ? { scope: canonicalScope(f, f.scope) } : {}),
    plan: f.plan.map((s) => ({ id: s.id, title: s.title, description: s.description, detector: s.detector })),
  };
}
