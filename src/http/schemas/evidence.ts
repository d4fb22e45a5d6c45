import { Type } from 'typebox';
import { AUDIENCES } from '../../core/types.js';
import { EVIDENCE_SOURCES, IMPACTS } from '../../core/evidence/types.js';
import { ISO_DATE_PATTERN } from '../../shared/dates.js';
import { Body, Id, IsoDate, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';

const Num = Type.Union([Type.Number(), Type.Null()]);
export const MetricSchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), unit: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]), before: Num, after: Num, change: Num },
  { additionalProperties: false },
);
export const MetricInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    unit: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    before: Type.Optional(Num),
    after: Type.Optional(Num),
    change: Type.Optional(Num),
  },
  { additionalProperties: false },
);
export const ImpactKind = lit(IMPACTS);
export const Impact = Type.Union([ImpactKind, Type.Null()]);
export const AudienceMember = lit(AUDIENCES);
export const Audience = Type.Array(AudienceMember, { maxItems: 3 });
export const EvidenceSource = lit(EVIDENCE_SOURCES);
const Day = IsoDate;
/**
 * An entry's date as written in a body: the shape here, the calendar in the core's field
 * rules (the same date module), so one answer names every bad field of the entry together.
 */
const BodyDay = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD' });

export const EvidenceSchema = Type.Object(
  {
    id: Id,
    ownerId: Id,
    occurredOn: Day,
    title: Type.String(),
    body: Type.String(),
    dimensions: Type.Array(Type.String()),
    impact: Impact,
    metrics: Type.Array(MetricSchema),
    teams: Type.Array(Type.String()),
    links: Type.Array(Type.String()),
    initiativeId: NullableId,
    audience: Audience,
    source: EvidenceSource,
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Evidence' },
);
export const EvidenceRef = ref(EvidenceSchema);

export const EvidenceListItemSchema = Type.Object({
  ...EvidenceSchema.properties,
  snippet: Type.Optional(Type.String({ description: 'HTML-escaped extract with matched words in <mark>' })),
  deletedAt: Type.Optional(Type.Union([IsoTime, Type.Null()])),
});

const fields = {
  occurredOn: BodyDay,
  title: Type.String({ minLength: 1, maxLength: 300 }),
  body: Type.String({ maxLength: 100_000 }),
  dimensions: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
  impact: Impact,
  metrics: Type.Array(MetricInput, { maxItems: 20 }),
  teams: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 }),
  links: Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 50 }),
  initiativeId: NullableId,
  audience: Audience,
};
const optional = <T extends Record<string, Parameters<typeof Type.Optional>[0]>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>> };

const { occurredOn: _o, title: _t, ...rest } = fields;
export const NewEvidenceBody = Body({ title: fields.title, occurredOn: Type.Optional(BodyDay), ...optional(rest) });
export const EvidencePatchBody = Body(optional(fields));

export const EvidenceQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 1000 })),
  owner: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 })),
  dimension: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 })),
  impact: Type.Optional(Type.Array(ImpactKind, { maxItems: 6 })),
  team: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  deleted: Type.Optional(Type.Boolean()),
  initiativeId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Entries that name this initiative' })),
});

export const SuggestBody = Body({ text: Type.String({ maxLength: 100_000 }) });
export const SuggestAnswer = Type.Object({ metrics: Type.Array(MetricSchema) });

const File = Type.Object({ path: Type.String({ minLength: 1, maxLength: 300 }), content: Type.String({ maxLength: 5_000_000 }) }, { additionalProperties: false });
export const ExportQuery = Type.Object({ period: Type.Optional(lit(['month', 'quarter', 'year'])) });
export const ExportAnswer = Type.Object({ files: Type.Array(Type.Object({ path: Type.String(), content: Type.String() })) });
export const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean()) });
export const ImportBody = Type.Union([
  Type.Object({ format: Type.Literal('staffpath'), files: Type.Array(File, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false }),
  Type.Object({ format: Type.Literal('brag'), markdown: Type.String({ maxLength: 5_000_000 }), today: Type.Optional(Day) }, { additionalProperties: false }),
]);
/** A metric as an import read it: what the file did not say is absent. */
const PreviewMetric = Type.Object({
  name: Type.String(),
  unit: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  before: Type.Optional(Num),
  after: Type.Optional(Num),
  change: Type.Optional(Num),
});
export const ImportPreview = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  source: Type.String(),
  occurredOn: Type.String(),
  title: Type.String(),
  body: Type.Optional(Type.String()),
  dimensions: Type.Optional(Type.Array(Type.String())),
  impact: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  metrics: Type.Optional(Type.Array(PreviewMetric)),
  teams: Type.Optional(Type.Array(Type.String())),
  links: Type.Optional(Type.Array(Type.String())),
  audience: Type.Optional(Type.Array(Type.String())),
});
export const ImportAnswer = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  skipped: Type.Array(Type.Object({ id: Type.Union([Type.String(), Type.Null()]), source: Type.String(), reason: Type.String() })),
  entries: Type.Array(ImportPreview),
  warnings: Type.Array(Type.Object({ source: Type.String(), message: Type.String() })),
});
