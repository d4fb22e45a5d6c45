import { Type, type TSchema } from 'typebox';
import { ERROR_STATUS } from '../../core/errors.js';

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.Union(Object.keys(ERROR_STATUS).map((c) => Type.Literal(c))),
    errors: Type.Optional(
      Type.Array(Type.Object({ pointer: Type.String(), message: Type.String(), in: Type.Optional(Type.String()) })),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details with a stable `code`.' },
);

export const Id = Type.String({ minLength: 1, maxLength: 100 });
export const IdParams = Type.Object({ id: Id });
export const NullableId = Type.Union([Id, Type.Null()]);
export const IsoTime = Type.String({ format: 'date-time' });
/** A real calendar date (`2026-02-30` is refused): `format: 'date'` is checked by src/shared/dates.ts. */
export const IsoDate = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD' });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Problem responses every authenticated route can give, for the OpenAPI document. */
const problemRef = Type.Unsafe({ $ref: 'Problem#' });
export const authErrors = {
  400: problemRef,
  401: problemRef,
  403: problemRef,
  404: problemRef,
  409: problemRef,
  413: problemRef,
  415: problemRef,
  429: problemRef,
};

export const NoContent = Type.Null({ description: 'No content' });

/** A body: unknown fields are refused (400 unknown_field). */
export const Body = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Object(props, { additionalProperties: false });
