import { Type } from 'typebox';
import { Body } from './common.js';
import { Email, Name, Password, PersonRef } from './people.js';

/** What signing in (or first-run set-up, or `GET /me`) answers. */
export const SignedInSchema = Type.Object({
  person: PersonRef,
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});

export const SetupNeededAnswer = Type.Object({ needed: Type.Boolean() });
export const SetupBody = Body({ name: Name, email: Email, password: Password });
export const LoginBody = Body({ email: Email, password: Password });

export const PasswordChangeBody = Body({
  currentPassword: Password,
  newPassword: Password,
  revokeTokens: Type.Optional(Type.Boolean({ description: 'Also revoke every personal access token (but the one making this request).' })),
});
