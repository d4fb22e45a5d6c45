import { Type } from 'typebox';
import { INITIATIVE_STATUSES } from '../../core/initiatives/types.js';
import { RISK_GRADES } from '../../core/initiatives/scope-summary.js';
import { INITIATIVE_LIMITS as L } from '../../shared/staff-work-limits.js';
import { ISO_DATE_PATTERN } from '../../shared/dates.js';
import { Audience } from './evidence.js';
import { Body, Id, IsoDate, IsoTime, lit, PageQuery, ref } from './common.js';

export const InitiativeStatus = lit(INITIATIVE_STATUSES);
export const RiskGrade = lit(RISK_GRADES);
const BodyDay = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD' });
const NullableDay = Type.Union([BodyDay, Type.Null()]);
const ItemText = Type.String({ maxLength: L.itemText });
const ItemNote = Type.String({ maxLength: L.itemNote });

export const ScopeSchema = Type.Object({
  teams: Type.Array(Type.String()),
  decisions: Type.Array(Type.Object({ text: Type.String(), reversible: Type.Boolean(), note: Type.String() })),
  risks: Type.Array(Type.Object({ text: Type.String(), likelihood: RiskGrade, severity: RiskGrade, open: Type.Boolean() })),
  duplication: Type.Array(Type.Object({ text: Type.String(), where: Type.String() })),
  investments: Type.Array(Type.Object({ text: Type.String(), unlocks: Type.String() })),
});

export const ScopeInputSchema = Body({
  teams: Type.Optional(Type.Array(Type.String({ maxLength: L.team }), { maxItems: L.teams })),
  decisions: Type.Optional(
    Type.Array(Body({ text: ItemText, reversible: Type.Boolean(), note: Type.Optional(ItemNote) }), { maxItems: L.items }),
  ),
  risks: Type.Optional(
    Type.Array(Body({ text: ItemText, likelihood: RiskGrade, severity: RiskGrade, open: Type.Optional(Type.Boolean()) }), { maxItems: L.items }),
  ),
  duplication: Type.Optional(Type.Array(Body({ text: ItemText, where: Type.Optional(ItemNote) }), { maxItems: L.items })),
  investments: Type.Optional(Type.Array(Body({ text: ItemText, unlocks: Type.Optional(ItemNote) }), { maxItems: L.items })),
});

export const MilestoneSchema = Type.Object({ id: Id, title: Type.String(), dueOn: Type.Union([IsoDate, Type.Null()]), done: Type.Boolean() });
const MilestoneInput = Body({
  id: Type.Optional(Id),
  title: Type.String({ maxLength: L.title }),
  dueOn: Type.Optional(NullableDay),
  done: Type.Optional(Type.Boolean()),
});

export const ScopeSummarySchema = Type.Object({
  teams: Type.Integer({ description: 'Distinct organisation teams affected' }),
  outsideTeams: Type.Integer({ description: 'Of those, teams that are not the owner’s own' }),
  oneWayDecisions: Type.Integer(),
  openHighRisks: Type.Integer({ description: 'Open risks whose likelihood or severity is high' }),
  level: Type.String({ description: 'The owner’s target level' }),
  meetsLevel: Type.Boolean(),
  reasons: Type.Array(Type.Object({ code: Type.String(), text: Type.String() })),
});

export const InitiativeSchema = Type.Object(
  {
    id: Id,
    ownerId: Id,
    title: Type.String(),
    problem: Type.String(),
    why: Type.String(),
    status: InitiativeStatus,
    startOn: Type.Union([IsoDate, Type.Null()]),
    targetOn: Type.Union([IsoDate, Type.Null()]),
    audience: Audience,
    scope: ScopeSchema,
    milestones: Type.Array(MilestoneSchema),
    scopeSummary: ScopeSummarySchema,
    stakeholderSummary: Type.Object(
      { total: Type.Integer(), stale: Type.Integer(), stillToAnswer: Type.Integer() },
      { description: 'Computed: its stakeholders, the stale ones, and those who still have to answer (approvers not yet approved, anyone blocking or concerned)' },
    ),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Initiative' },
);
export const InitiativeRef = ref(InitiativeSchema);

const fields = {
  problem: Type.String({ maxLength: L.text }),
  why: Type.String({ maxLength: L.text }),
  status: InitiativeStatus,
  startOn: NullableDay,
  targetOn: NullableDay,
  audience: Audience,
  scope: ScopeInputSchema,
  milestones: Type.Array(MilestoneInput, { maxItems: L.milestones }),
};
const Title = Type.String({ minLength: 1, maxLength: L.title });
const opt = <T extends Record<string, Parameters<typeof Type.Optional>[0]>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Type.Optional(v)])) as { [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>> };

export const NewInitiativeBody = Body({ title: Title, ...opt(fields) });
export const InitiativePatchBody = Body({ title: Type.Optional(Title), ...opt(fields) });

export const InitiativeQuery = Type.Object({
  ...PageQuery,
  owner: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 })),
  status: Type.Optional(Type.Array(InitiativeStatus, { maxItems: 5 })),
});
