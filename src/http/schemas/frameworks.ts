/**
 * The API's framework: a stored version with its definition. The definition is written out
 * field by field, as src/core/frameworks/framework-types.ts has it (and
 * frameworks/framework.schema.json checks it on import): responses are serialised from the
 * schema, which drops what it does not declare, so every field of the core's `Framework` is
 * here. The type check at the end keeps the two equal.
 */
import { Type, type Static } from 'typebox';
import {
  PLAN_DETECTORS,
  type Dimension as CoreDimension,
  type Framework as CoreFramework,
  type ScopeRuleKey,
  type ThresholdKey,
} from '../../core/frameworks/framework-file.js';
import type { StoredFramework as CoreStoredFramework } from '../../core/frameworks/frameworks.service.js';
import { Body, IsoTime, lit, ref } from './common.js';

const Count = Type.Integer({ minimum: 0 });
const Months = Type.Integer({ minimum: 1 });

export const LevelSchema = Type.Object({ id: Type.String(), name: Type.String(), summary: Type.String() });
export const DimensionLevelSchema = Type.Object({
  description: Type.String(),
  signals: Type.Array(Type.String(), { description: 'Observable signals: each can be checked against one piece of work.' }),
});
export const NamedItemSchema = Type.Object({ id: Type.String(), name: Type.String() });
export const ScopeQuestionSchema = Type.Object({ id: Type.String(), text: Type.String() });

export const DimensionSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  summary: Type.String(),
  principle: Type.Optional(Type.String({ description: 'The core idea of the dimension in a sentence or two.' })),
  questions: Type.Optional(Type.Array(ScopeQuestionSchema, { description: 'Questions that test a problem against the dimension.' })),
  artifacts: Type.Optional(Type.Array(NamedItemSchema, { description: 'Kinds of written artifacts the dimension is shown through.' })),
  practices: Type.Optional(Type.Array(Type.String(), { description: 'Behaviours or practices the dimension is built from.' })),
  impactKinds: Type.Optional(Type.Array(NamedItemSchema, { description: 'Kinds of business impact (ids match evidence `impact`).' })),
  levels: Type.Record(Type.String(), DimensionLevelSchema, { description: 'One entry per framework level, keyed by level id.' }),
});

export const ReadinessThresholdsSchema = Type.Object(
  {
    minEvidence: Type.Optional(Count),
    minTeams: Type.Optional(Count),
    minMeasured: Type.Optional(Count),
    minDocuments: Type.Optional(Count),
    minOutcomes: Type.Optional(Count),
    minMentees: Type.Optional(Count),
    minReviews: Type.Optional(Count),
  },
  { description: 'Minimum counts; a key that is absent is no requirement.' },
);
const overrideFields = {
  recentMonths: Type.Optional(Months),
  strong: Type.Optional(ReadinessThresholdsSchema),
  developing: Type.Optional(ReadinessThresholdsSchema),
};
export const ReadinessOverrideSchema = Type.Object(overrideFields);
const ByDimension = Type.Record(Type.String(), ReadinessOverrideSchema);
export const ReadinessLevelOverrideSchema = Type.Object({ ...overrideFields, dimensions: Type.Optional(ByDimension) });

export const ReadinessConfigSchema = Type.Object({
  windowMonths: Months,
  recentMonths: Months,
  strong: ReadinessThresholdsSchema,
  developing: ReadinessThresholdsSchema,
  dimensions: Type.Optional(ByDimension),
  levels: Type.Optional(Type.Record(Type.String(), ReadinessLevelOverrideSchema)),
});

export const ScopeRuleSchema = Type.Object(
  {
    minTeams: Type.Optional(Count),
    minOutsideTeams: Type.Optional(Count),
    minOneWayDecisions: Type.Optional(Count),
    minOpenHighRisks: Type.Optional(Count),
  },
  { description: "Minimum counts from an initiative's scope canvas, all of which must be met; a key that is absent is no requirement." },
);
export const ScopeThresholdsSchema = Type.Object({
  anyOf: Type.Array(ScopeRuleSchema, { description: 'Alternatives: the scope meets the level when one of them is met in full.' }),
});
export const ScopeConfigSchema = Type.Object({
  levels: Type.Record(Type.String(), ScopeThresholdsSchema, { description: 'Keyed by level id; a level without an entry has no scope bar.' }),
});

export const PlanDetector = lit(PLAN_DETECTORS);
export const PlanStepSchema = Type.Object({ id: Type.String(), title: Type.String(), description: Type.String(), detector: PlanDetector });

/** The framework file, parsed (see frameworks/framework.schema.json). */
export const FrameworkDefinitionSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    version: Type.Integer(),
    description: Type.String(),
    levels: Type.Array(LevelSchema, { description: 'Ordered from the lowest level to the highest.' }),
    dimensions: Type.Array(DimensionSchema),
    readiness: ReadinessConfigSchema,
    scope: Type.Optional(ScopeConfigSchema),
    plan: Type.Array(PlanStepSchema),
  },
  { description: 'The framework file, parsed (see frameworks/framework.schema.json)' },
);

export const FrameworkSchema = Type.Object(
  {
    id: Type.String(),
    key: Type.String(),
    version: Type.Integer(),
    name: Type.String(),
    active: Type.Boolean(),
    createdAt: IsoTime,
    definition: FrameworkDefinitionSchema,
  },
  { $id: 'Framework' },
);
export const FrameworkRef = ref(FrameworkSchema);

export const FrameworkIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, description: 'a stored id, or `active`' }) });
export const FrameworkVersionsAnswer = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), version: Type.Integer(), createdAt: IsoTime })) });
export const FrameworkYaml = Type.String();
export const FrameworkImportBody = Body({
  content: Type.String({ minLength: 1, maxLength: 1_000_000 }),
  fileName: Type.Optional(Type.String({ maxLength: 200 })),
  activate: Type.Optional(Type.Boolean()),
});

// The wire definition and the core's are one shape: a field added on either side fails here.
// Mutual assignability alone lets an optional field be missing on one side, so the objects
// made only of optional fields (or holding some) are compared by their keys, too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDefinition: Same<Static<typeof FrameworkDefinitionSchema>, CoreFramework> = true;
const sameStored: Same<Static<typeof FrameworkSchema>, CoreStoredFramework> = true;
const sameDefinitionKeys: Same<keyof Static<typeof FrameworkDefinitionSchema>, keyof CoreFramework> = true;
const sameDimensionKeys: Same<keyof Static<typeof DimensionSchema>, keyof CoreDimension> = true;
const sameThresholdKeys: Same<keyof Static<typeof ReadinessThresholdsSchema>, ThresholdKey> = true;
const sameScopeRuleKeys: Same<keyof Static<typeof ScopeRuleSchema>, ScopeRuleKey> = true;
void sameDefinition;
void sameStored;
void sameDefinitionKeys;
void sameDimensionKeys;
void sameThresholdKeys;
void sameScopeRuleKeys;
