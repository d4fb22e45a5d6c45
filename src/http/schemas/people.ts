import { Type } from 'typebox';
import { AUDIENCES, ROLES, WEEK_STARTS } from '../../core/types.js';
import { OWNER_RELATIONS } from '../../shared/policy.js';
import { Body, Id, IsoTime, lit, NullableId, PageQuery, ref } from './common.js';

export { lit } from './common.js';

export const Role = lit(ROLES);
export const AudienceItem = lit(AUDIENCES);
export const WeekStart = lit(WEEK_STARTS);
export const OwnerRelation = lit(OWNER_RELATIONS);
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const Email = Type.String({ minLength: 3, maxLength: 254 });
export const Password = Type.String({ minLength: 1, maxLength: 200 });
const Level = Type.String({ minLength: 1, maxLength: 60 });

export const PersonSchema = Type.Object(
  {
    id: Id,
    name: Type.String(),
    email: Type.String(),
    role: Role,
    managerId: NullableId,
    teamIds: Type.Array(Id),
    targetLevel: Type.String(),
    active: Type.Boolean(),
    defaultAudience: Type.Array(AudienceItem),
    timeZone: Type.String(),
    weekStart: WeekStart,
    mustChangePassword: Type.Boolean(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    relations: Type.Array(OwnerRelation, {
      description:
        'How the caller stands to this person: `owner` (it is you), `manager-chain` (they are in your reporting line, at any depth), ' +
        '`mentor` (you mentor them in an active mentorship), `org-member` (everyone signed in).',
    }),
  },
  { $id: 'Person' },
);
export const PersonRef = ref(PersonSchema);

export const PeopleQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 200 })),
  team: Type.Optional(Id),
  managerId: Type.Optional(Id),
  includeInactive: Type.Optional(Type.Boolean()),
});

export const NewPersonBody = Body({
  name: Name,
  email: Email,
  password: Password,
  managerId: Type.Optional(NullableId),
  role: Type.Optional(Role),
  targetLevel: Type.Optional(Level),
  teamIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  timeZone: Type.Optional(Type.String({ maxLength: 100 })),
});

export const PersonPatchBody = Body({
  name: Type.Optional(Name),
  email: Type.Optional(Email),
  role: Type.Optional(Role),
  managerId: Type.Optional(NullableId),
  targetLevel: Type.Optional(Level),
  active: Type.Optional(Type.Boolean()),
  teamIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  timeZone: Type.Optional(Type.String({ maxLength: 100 })),
  weekStart: Type.Optional(WeekStart),
  defaultAudience: Type.Optional(Type.Array(AudienceItem, { maxItems: 3 })),
});

export const MePatchBody = Body({
  name: Type.Optional(Name),
  timeZone: Type.Optional(Type.String({ maxLength: 100 })),
  weekStart: Type.Optional(WeekStart),
  defaultAudience: Type.Optional(Type.Array(AudienceItem, { maxItems: 3 })),
  targetLevel: Type.Optional(Level),
});

export const PasswordResetBody = Body({ password: Password });
export const MoveReportsBody = Body({ toManagerId: NullableId });
export const MovedAnswer = Type.Object({ moved: Type.Integer() });
