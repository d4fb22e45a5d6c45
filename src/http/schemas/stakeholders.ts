import { Type } from 'typebox';
import { STAKEHOLDER_ROLES, STANCES } from '../../core/stakeholders/stakeholder-rules.js';
import { STAKEHOLDER_LIMITS as L } from '../../shared/staff-work-limits.js';
import { ISO_DATE_PATTERN } from '../../shared/dates.js';
import { RiskGrade } from './initiatives.js';
import { Body, Id, IsoDate, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';

export const StakeholderRole = lit(STAKEHOLDER_ROLES);
export const Stance = lit(STANCES);
const BodyDay = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD' });
const Grade = Type.Union([RiskGrade, Type.Null()]);

export const StakeholderSchema = Type.Object(
  {
    id: Id,
    initiativeId: NullableId,
    documentId: NullableId,
    personId: NullableId,
    teamId: NullableId,
    name: Type.Union([Type.String(), Type.Null()]),
    role: StakeholderRole,
    stance: Stance,
    influence: Type.Union([RiskGrade, Type.Null()], { description: 'Their pull on the outcome, for the influence/interest grid' }),
    interest: Type.Union([RiskGrade, Type.Null()], { description: 'How much the outcome matters to them' }),
    lastContactOn: Type.Union([IsoDate, Type.Null()]),
    note: Type.String(),
    stale: Type.Boolean({ description: 'Open parent, and never contacted or not within the organisation’s stakeholderStaleDays' }),
    history: Type.Array(Type.Object({ stance: Stance, at: IsoTime })),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Stakeholder' },
);
export const StakeholderRef = ref(StakeholderSchema);

const common = {
  stance: Type.Optional(Stance),
  influence: Type.Optional(Grade),
  interest: Type.Optional(Grade),
  lastContactOn: Type.Optional(Type.Union([BodyDay, Type.Null()])),
  note: Type.Optional(Type.String({ maxLength: L.note })),
};

export const NewStakeholderBody = Body({
  initiativeId: Type.Optional(Id),
  documentId: Type.Optional(Id),
  personId: Type.Optional(Id),
  teamId: Type.Optional(Id),
  name: Type.Optional(Type.String({ maxLength: L.name })),
  role: StakeholderRole,
  ...common,
});

export const StakeholderPatchBody = Body({ name: Type.Optional(Type.String({ maxLength: L.name })), role: Type.Optional(StakeholderRole), ...common });

export const StakeholderQuery = Type.Object({ ...PageQuery, initiativeId: Type.Optional(Id), documentId: Type.Optional(Id) });
