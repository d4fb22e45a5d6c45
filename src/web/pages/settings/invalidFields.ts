import { ApiError, type FieldProblem } from '../../api/client.js';

/**
 * Problems found before a round trip, in the server's own error shape, so a form shows them
 * (and moves focus to the first) exactly as it shows the server's answer.
 */
export function invalidFields(errors: FieldProblem[]): ApiError {
  return new ApiError({ status: 400, code: 'validation_failed', errors });
}
