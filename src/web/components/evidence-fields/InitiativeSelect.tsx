/** Which of my initiatives an entry belongs to, or none. */
import { getAll } from '../../api/client.js';
import type { Initiative } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { Select } from '../controls/index.js';

/** My initiatives, for pickers (dropped ones last). */
export function useMyInitiatives() {
  return useApiQuery(keys.initiatives.list({ owner: 'me', for: 'picker' }), () => getAll<Initiative>('/initiatives', { owner: ['me'] }), { staleTime: 30_000 });
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
  value: string | null;
  onChange(value: string | null): void;
}) {
  const mine = useMyInitiatives();
  const items = [...(mine.data ?? [])].sort((a, b) => Number(a.status === 'dropped') - Number(b.status === 'dropped') || a.title.localeCompare(b.title));
  const options = [{ value: '', label: 'Not linked to an initiative' }, ...items.map((i) => ({ value: i.id, label: i.status === 'dropped' ? `${i.title} (dropped)` : i.title }))];
  // A link to an initiative not in the list (still loading) keeps its value.
  if (value && !items.some((i) => i.id === value)) options.push({ value, label: mine.loading ? 'Loading…' : 'An initiative you cannot see' });
  return <Select {...(id ? { id } : {})} {...aria} value={value ?? ''} options={options} onChange={(v) => onChange(v || null)} />;
}
