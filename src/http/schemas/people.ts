import { Type, type TEnum } from 'typebox';
import { AUDIENCES, MENTORSHIP_STATUSES, ROLES, WEEK_STARTS } from '../../core/types.js';
import { ACCESS_SCOPES } from '../../core/auth.js';
import { Body, Id, IsoTime, NullableId } from './common.js';

export const lit = <T extends string[]>(values: readonly [...T]): TEnum<T> => Type.Enum(values);

export const Role = lit(ROLES);
export const AudienceItem = lit(AUDIENCES);
export const WeekStart = lit(WEEK_STARTS);
/** `read`, `write`, and `tokens` (a token with it may make tokens within its own scopes and expiry). */
export const Scope = lit(ACCESS_SCOPES);
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Email = Type.String({ minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 1, maxLength: 200 });
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
  },
  { $id: 'Person' },
);

export const SignedInSchema = Type.Object({
  person: Type.Unsafe({ $ref: 'Person#' }),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});

export const SetupBody = Body({ name: Name, email: Email, password: Password });
export const LoginBody = Body({ email: Email, password: Password });

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

export const PasswordChangeBody = Body({
  currentPassword: Password,
  newPassword: Password,
  revokeTokens: Type.Optional(Type.Boolean({ description: 'Also revoke every personal access token (but the one making this request).' })),
});
export const PasswordResetBody = Body({ password: Password });
export const MoveReportsBody = Body({ toManagerId: NullableId });

export const TokenSchema = Type.Object({
  id: Id,
  name: Type.String(),
  scopes: Type.Array(Scope),
  createdAt: IsoTime,
  lastUsedAt: Type.Union([IsoTime, Type.Null()]),
  expiresAt: Type.Union([IsoTime, Type.Null()]),
});
export const NewTokenSchema = Type.Object({ ...TokenSchema.properties, token: Type.String() });
export const NewTokenBody = Body({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(Scope, { minItems: 1, maxItems: ACCESS_SCOPES.length }),
  expiresAt: Type.Optional(
    Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: "A token made by a token expires no later than its parent; the child of an expiring token always expires.",
    }),
  ),
});

export const SessionSchema = Type.Object({
  id: Id,
  current: Type.Boolean(),
  userAgent: Type.String(),
  createdAt: IsoTime,
  lastSeenAt: IsoTime,
  expiresAt: IsoTime,
});

export const TeamSchema = Type.Object(
  {
    id: Id,
    name: Type.String(),
    slug: Type.String(),
    description: Type.String(),
    memberIds: Type.Array(Id),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { $id: 'Team' },
);
export const NewTeamBody = Body({
  name: Name,
  slug: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const TeamPatchBody = Body({
  name: Type.Optional(Name),
  slug: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const MentorshipSchema = Type.Object({
  id: Id,
  mentorId: Id,
  menteeId: Id,
  proposedById: Id,
  status: lit(MENTORSHIP_STATUSES),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  acceptedAt: Type.Union([IsoTime, Type.Null()]),
  endedAt: Type.Union([IsoTime, Type.Null()]),
});
export const NewMentorshipBody = Body({ mentorId: Id, menteeId: Id });
