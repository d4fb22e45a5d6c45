import { Type } from 'typebox';
import { Body, lit } from './common.js';

export const ReadinessStatus = lit(['strong', 'developing', 'gap']);
export const ReadinessReasonSchema = Type.Object({ code: Type.String(), text: Type.String() });
const Num = Type.Union([Type.Integer(), Type.Null()]);
const Text = Type.Union([Type.String(), Type.Null()]);

export const DimensionFactsSchema = Type.Object({
  evidence: Type.Integer(),
  teams: Type.Integer(),
  measured: Type.Integer(),
  latest: Text,
  selfRating: Text,
  selfTowards: Text,
  managerRating: Text,
  managerTowards: Text,
  documents: Num,
  outcomes: Num,
  mentees: Num,
  reviews: Num,
});
export const DimensionReadinessSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: ReadinessStatus,
  reasons: Type.Array(ReadinessReasonSchema),
  facts: DimensionFactsSchema,
});
export const ReadinessSchema = Type.Object({
  personId: Type.String(),
  frameworkId: Type.String(),
  level: Type.String(),
  windowMonths: Type.Integer(),
  dimensions: Type.Array(DimensionReadinessSchema),
});
export const ReadinessQuery = Type.Object({
  level: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  window: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
});

export const PlanStepStateSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  detector: Type.String(),
  automatic: Type.Boolean(),
  detected: Type.Union([Type.Boolean(), Type.Null()], { description: 'What the detector sees over what you may see; null for a manual step, or when what it watches is not visible to you and nothing you can see ticks it' }),
  visible: Type.Boolean({ description: 'Whether you may see everything the detector watches (someone else’s mentorships, for instance, are visible to their two parties only)' }),
  manual: Type.Union([Type.Boolean(), Type.Null()]),
  done: Type.Boolean(),
  how: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()], { description: 'What the detector found or still misses, in words, over what you may see' }),
});
export const PlanSchema = Type.Object({ personId: Type.String(), steps: Type.Array(PlanStepStateSchema), done: Type.Integer(), total: Type.Integer() });
export const PlanStepParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), stepId: Type.String({ minLength: 1, maxLength: 60 }) });
export const PlanTickBody = Body({ done: Type.Union([Type.Boolean(), Type.Null()]) });
