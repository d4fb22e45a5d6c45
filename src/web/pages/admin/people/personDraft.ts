/**
 * A person as the admin forms edit them, and what a form sends: the body that creates a
 * person, the patch of what an edit changed, and the checks made before asking the server:
 * a blank name or e-mail, and the shared password rule. Everything else (the e-mail's form,
 * field limits, reporting lines) is the server's, whose problems show beside each field.
 */
import { passwordProblem } from '../../../../shared/passwords.js';
import { ApiError } from '../../../api/client.js';
import type { Person } from '../../../api/types.js';
import type { PersonDraft } from '../../../components/PersonFields.js';

export type PersonFormMode = 'create' | 'edit';

/** The draft an edit starts from; `defaultLevel` stands in for a person with no target level. */
export function draftOf(p: Person, defaultLevel: string): PersonDraft {
  return {
    name: p.name,
    email: p.email,
    password: '',
    role: p.role,
    managerId: p.managerId,
    targetLevel: p.targetLevel ?? defaultLevel,
    teamIds: [...p.teamIds],
  };
}

/** The problems a draft has before it is sent, as the server would report them; null when none. */
export function checkDraft(draft: PersonDraft, mode: PersonFormMode): ApiError | null {
  const errors: { pointer: string; message: string }[] = [];
  if (!draft.name.trim()) errors.push({ pointer: '/name', message: 'Enter a name.' });
  // Only that it is there: what makes an e-mail address valid is the server's rule, shown beside the field.
  if (!draft.email.trim()) errors.push({ pointer: '/email', message: 'Enter an email address.' });
  const password = mode === 'create' ? passwordProblem(draft.password) : null;
  if (password) errors.push({ pointer: '/password', message: password });
  return errors.length
    ? new ApiError({ status: 400, code: 'validation_failed', detail: 'Please check the highlighted fields.', errors })
    : null;
}

/** The body of `POST /people`. */
export function createBody(draft: PersonDraft) {
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    password: draft.password,
    role: draft.role,
    managerId: draft.managerId,
    targetLevel: draft.targetLevel,
    teamIds: draft.teamIds,
  };
}

/** The fields an edit changed, for `PATCH /people/{id}`; empty when nothing did. */
export function patchOf(draft: PersonDraft, before: PersonDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (draft.name.trim() !== before.name) patch.name = draft.name.trim();
  if (draft.email.trim() !== before.email) patch.email = draft.email.trim();
  if (draft.role !== before.role) patch.role = draft.role;
  if (draft.managerId !== before.managerId) patch.managerId = draft.managerId;
  if (draft.targetLevel !== before.targetLevel) patch.targetLevel = draft.targetLevel;
  if ([...draft.teamIds].sort().join() !== [...before.teamIds].sort().join()) patch.teamIds = draft.teamIds;
  return patch;
}
