import { Type } from 'typebox';
import { AUDIT_ACTIONS } from '../../core/audit.js';
import { Id, IsoTime, lit, NullableId } from './common.js';

export const AuditAction = lit(AUDIT_ACTIONS);

export const AuditEntrySchema = Type.Object({
  id: Id,
  action: AuditAction,
  actorId: NullableId,
  subjectId: NullableId,
  summary: Type.String({ description: 'One plain sentence, with the names as they were at the time.' }),
  details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]), {
    description: 'The facts behind the summary: ids and values before and after (`from`, `to`, …).',
  }),
  address: Type.Union([Type.String(), Type.Null()], { description: 'The client address of the request; `local` for the CLI in-process.' }),
  createdAt: IsoTime,
});
