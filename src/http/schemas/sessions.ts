import { Type } from 'typebox';
import { ACCESS_SCOPES } from '../../core/auth.js';
import { Body, Id, IsoTime, lit } from './common.js';

/** `read`, `write`, and `tokens` (a token with it may make tokens within its own scopes and expiry). */
export const Scope = lit(ACCESS_SCOPES);

export const SessionSchema = Type.Object({
  id: Id,
  current: Type.Boolean(),
  userAgent: Type.String(),
  createdAt: IsoTime,
  lastSeenAt: IsoTime,
  expiresAt: IsoTime,
});

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
