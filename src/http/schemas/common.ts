import { Type, type Static, type TEnum, type TSchema } from 'typebox';
import { ERROR_STATUS, type ErrorCode } from '../../core/errors.js';

/** A closed set of strings, from the core's `as const` list (one source for the values). */
export const lit = <T extends string[]>(values: readonly [...T]): TEnum<T> => Type.Enum(values);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.Unsafe<ErrorCode>(Type.Union(Object.keys(ERROR_STATUS).map((c) => Type.Literal(c)))),
    errors: Type.Optional(
      Type.Array(Type.Object({ pointer: Type.String(), message: Type.String(), in: Type.Optional(Type.String()) })),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details with a stable `code`.' },
);

/**
 * A `$ref` to a registered component whose static type is the component's own: Fastify's
 * TypeBox type provider then checks every handler's answer against the wire shape.
 */
export function ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

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
export const PageQuerySchema = Type.Object(PageQuery);

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Problem responses every authenticated route can give, for the OpenAPI document. */
export const ProblemRef = ref(ProblemSchema);
export const authErrors = {
  400: ProblemRef,
  401: ProblemRef,
  403: ProblemRef,
  404: ProblemRef,
  409: ProblemRef,
  413: ProblemRef,
  415: ProblemRef,
  429: ProblemRef,
};
/** If-Match was given and is stale. */
export const precondition = { 412: ProblemRef };

export const NoContent = Type.Null({ description: 'No content' });

/** A body: unknown fields are refused (400 unknown_field). */
export const Body = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Object(props, { additionalProperties: false });
