import type { Impact } from '../../api/types.js';
import { IMPACTS } from '../../lib/evidence.js';
import { Select, type SelectOption } from '../controls/index.js';

const OPTIONS: readonly SelectOption<Impact | ''>[] = [{ value: '', label: 'None' }, ...IMPACTS.map((i) => ({ value: i.id, label: i.label }))];

/** The kind of impact an entry had, or none. */
export function ImpactSelect({
  id,
  value,
  onChange,
  ...aria
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: Impact | null;
  onChange(value: Impact | null): void;
}) {
  return <Select id={id} {...aria} value={value ?? ''} options={OPTIONS} onChange={(v) => onChange(v || null)} />;
}
