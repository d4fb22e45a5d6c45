import { Type } from 'typebox';
import { DIRECTIONS } from '../../core/outcomes/outcome-rules.js';
import { OUTCOME_LIMITS as L } from '../../shared/staff-work-limits.js';
import { ISO_DATE_PATTERN } from '../../shared/dates.js';
import { Audience, Impact } from './evidence.js';
import { Body, Id, IsoDate, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';

export const Direction = lit(DIRECTIONS);
const BodyDay = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD' });

export const MeasurementSchema = Type.Object({ id: Id, value: Type.Number(), measuredOn: IsoDate, note: Type.String() }, { $id: 'Measurement' });
export const MeasurementRef = ref(MeasurementSchema);

export const OutcomeSchema = Type.Object(
  {
    id: Id,
    ownerId: Id,
    name: Type.String(),
    unit: Type.String(),
    direction: Direction,
    baseline: Type.Number(),
    target: Type.Number(),
    impact: Impact,
    initiativeId: NullableId,
    audience: Audience,
    measurements: Type.Array(MeasurementSchema, { description: 'Oldest first' }),
    latest: Type.Union([Type.Object({ value: Type.Number(), measuredOn: IsoDate }), Type.Null()]),
    progress: Type.Union([Type.Number(), Type.Null()], {
      description: '(latest − baseline) / (target − baseline), not clamped; null without a measurement',
    }),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Outcome' },
);
export const OutcomeRef = ref(OutcomeSchema);

const fields = {
  unit: Type.String({ maxLength: L.unit }),
  direction: Direction,
  baseline: Type.Number(),
  target: Type.Number(),
  impact: Impact,
  initiativeId: NullableId,
  audience: Audience,
};
const Name = Type.String({ minLength: 1, maxLength: L.name });
const opt = <T extends Record<string, Parameters<typeof Type.Optional>[0]>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>> };

export const NewOutcomeBody = Body({
  name: Name,
  unit: fields.unit,
  direction: Direction,
  baseline: Type.Number(),
  target: Type.Number(),
  impact: Type.Optional(Impact),
  initiativeId: Type.Optional(NullableId),
  audience: Type.Optional(Audience),
});
export const OutcomePatchBody = Body({ name: Type.Optional(Name), ...opt(fields) });

export const OutcomeQuery = Type.Object({
  ...PageQuery,
  owner: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 })),
  initiativeId: Type.Optional(Id),
});

export const NewMeasurementBody = Body({ value: Type.Number(), measuredOn: BodyDay, note: Type.Optional(Type.String({ maxLength: L.note })) });
export const MeasurementParams = Type.Object({ id: Id, mid: Id });
export const ImportAnswer = Type.Object({ imported: Type.Integer(), outcome: OutcomeRef });
