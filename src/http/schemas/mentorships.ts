import { Type } from 'typebox';
import { MENTORSHIP_STATUSES } from '../../core/types.js';
import { Body, Id, IsoTime, lit, PageQuery } from './common.js';

export const MentorshipStatus = lit(MENTORSHIP_STATUSES);

export const MentorshipSchema = Type.Object({
  id: Id,
  mentorId: Id,
  menteeId: Id,
  proposedById: Id,
  status: MentorshipStatus,
  createdAt: IsoTime,
  updatedAt: IsoTime,
  acceptedAt: Type.Union([IsoTime, Type.Null()]),
  endedAt: Type.Union([IsoTime, Type.Null()]),
});
export const MentorshipsQuery = Type.Object({ ...PageQuery, status: Type.Optional(MentorshipStatus) });
export const NewMentorshipBody = Body({ mentorId: Id, menteeId: Id });
