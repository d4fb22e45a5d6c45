/** The draft, error and pending state that adding and editing a person share. */
import { useRef, useState } from 'react';
import { PERSON_FIELDS, type PersonDraft } from '../../../components/PersonFields.js';
import { problemsOf } from '../../../components/Form.js';
import { useFocusFirstError } from '../../../lib/hooks.js';
import { checkDraft, type PersonFormMode } from './personDraft.js';

export function usePersonForm(initial: () => PersonDraft, mode: PersonFormMode) {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  /** Checks the draft locally; shows the problems and answers false if there are any. */
  function valid(): boolean {
    const local = checkDraft(draft, mode);
    if (local) setError(local);
    return !local;
  }

  async function save(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const set = (patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, setDraft, set, setError, pending, formRef, valid, save, problems: problemsOf(error, PERSON_FIELDS) };
}
