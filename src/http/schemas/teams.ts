import { Type } from 'typebox';
import { Body, Id, IsoTime, ref } from './common.js';
import { Name } from './people.js';

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
export const TeamRef = ref(TeamSchema);
export const MemberParams = Type.Object({ id: Id, personId: Id });

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
