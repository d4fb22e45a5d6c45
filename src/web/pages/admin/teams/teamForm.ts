/** What the team forms share: the fields a problem can point at, and the "needs a name" check. */
import { ApiError } from '../../../api/client.js';

export const TEAM_FIELDS = ['name', 'slug', 'description'] as const;

/** A problem for an empty name, worded by the form that found it; null when there is a name. */
export function nameMissing(name: string, message: string): ApiError | null {
  return name.trim() ? null : new ApiError({ status: 400, code: 'validation_failed', errors: [{ pointer: '/name', message }] });
}
