/** A choice among my own initiatives, or none (an outcome may name one of its owner's initiatives). */
import { getAll } from '../../api/client.js';
import type { Initiative } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { Select } from '../controls/index.js';

export function useMyInitiatives() {
  return useApiQuery(keys.initiatives.list({ owner: 'me', every: true }), () => getAll<Initiative>('/initiatives', { owner: 'me' }), { staleTime: 30_000 });
}

export function InitiativeSelect({
  id,
  value,
  onChange,
  ...aria
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: string;
  onChange(value: string): void;
}) {
  const mine = useMyInitiatives();
  const items = mine.data ?? [];
  const options = [
    { value: '', label: mine.loading ? 'Loading your initiatives…' : 'None' },
    ...items.map((i) => ({ value: i.id, label: i.title })),
  ];
  // A linked initiative that is not in the list (still loading) keeps its value selectable.
  if (value && !items.some((i) => i.id === value)) options.push({ value, label: 'The linked initiative' });
  return <Select id={id} {...aria} value={value} options={options} onChange={onChange} />;
}
