/**
 * A choice among my own initiatives, or none (an outcome may name one of its owner's
 * initiatives): the evidence editor's picker, with the outcome form's empty string for "none".
 */
import { InitiativeSelect as SharedInitiativeSelect } from '../evidence-fields/InitiativeSelect.js';

export { useMyInitiatives } from '../evidence-fields/InitiativeSelect.js';

export function InitiativeSelect({
  value,
  onChange,
  ...rest
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: string;
  onChange(value: string): void;
}) {
  return <SharedInitiativeSelect {...rest} value={value || null} onChange={(v) => onChange(v ?? '')} />;
}
