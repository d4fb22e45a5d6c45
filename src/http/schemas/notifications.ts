import { Type } from 'typebox';
import { Body, Id, IsoTime, PageQuery } from './common.js';

export const NotificationSchema = Type.Object({
  id: Id,
  kind: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoTime,
  readAt: Type.Union([IsoTime, Type.Null()]),
});
export const NotificationsQuery = Type.Object({ ...PageQuery, unread: Type.Optional(Type.Boolean()) });
export const MarkReadBody = Body({ ids: Type.Union([Type.Array(Id, { maxItems: 200 }), Type.Literal('all')]) });
export const MarkedAnswer = Type.Object({ marked: Type.Integer() });
