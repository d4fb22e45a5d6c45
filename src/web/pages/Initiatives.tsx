/**
 * The initiatives I may see: mine by default. Filters live in the query string:
 *
 *   owner (me | reports | all), status (exploring | proposed | active | done | dropped)
 *
 * "New initiative" (the button, `n`, or `?new=1` from the command palette) asks for a title
 * and opens the new initiative's page. The pieces live in pages/initiatives/.
 */
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.js';
import { useMe } from '../app/session.js';
import { Kbd, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { Select } from '../components/controls/index.js';
import { FormError } from '../components/Form.js';
import { useOpenFromUrl } from '../components/useUrlFilters.js';
import { usePeopleById } from '../data/people.js';
import { InitiativeRow } from './initiatives/InitiativeRow.js';
import { InitiativesEmpty } from './initiatives/InitiativesEmpty.js';
import { STATUSES } from './initiatives/labels.js';
import { NewInitiativeDialog } from './initiatives/NewInitiativeDialog.js';
import { useInitiativeList, type OwnerMode } from './initiatives/useInitiativeList.js';
import { usePageShortcut } from '../app/shortcuts.js';
import './initiatives/initiatives.css';

const OWNERS: { value: OwnerMode; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'reports', label: 'My reports’' },
  { value: 'all', label: 'Everyone I can see' },
];

export default function InitiativesPage() {
  const me = useMe();
  const { filters, owner, status, list } = useInitiativeList();
  const [creating, setCreating] = useState(false);
  const openNew = () => setCreating(true);
  usePageShortcut('n', openNew);
  useOpenFromUrl('new', openNew);
  const owners = usePeopleById(list.items.map((i) => (i.ownerId === me.id ? null : i.ownerId)));
  const filtered = owner !== 'me' || Boolean(status);

  return (
    <div className="page in-page">
      <PageHeader
        title="Initiatives"
        description="Your Staff projects, each as a one-page plan: the problem, its scope, who has to agree and how you will measure it."
        actions={
          <button type="button" className="btn btn-primary" onClick={openNew} aria-keyshortcuts="n">
            <Plus size={16} aria-hidden="true" /> New initiative <Kbd>n</Kbd>
          </button>
        }
      />
      <div className="toolbar in-toolbar">
        <label className="in-filter">
          <span className="field-label">Whose</span>
          <Select value={owner} options={OWNERS} onChange={(v) => filters.set('owner', v === 'me' ? null : v)} />
        </label>
        <label className="in-filter">
          <span className="field-label">Status</span>
          <Select value={status} options={[{ value: '', label: 'Any status' }, ...STATUSES]} onChange={(v) => filters.set('status', v || null)} />
        </label>
      </div>
      {list.error ? <FormError message={errorMessage(list.error)} /> : null}
      {list.loading ? (
        <Loading label="Loading initiatives…" />
      ) : list.items.length === 0 ? (
        !list.error && <InitiativesEmpty filtered={filtered} onNew={openNew} />
      ) : (
        <>
          <ul className="list in-list" aria-label="Initiatives">
            {list.items.map((item) => (
              <InitiativeRow key={item.id} item={item} ownerName={item.ownerId === me.id ? undefined : owners.get(item.ownerId)?.name ?? '…'} />
            ))}
          </ul>
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'initiative' : 'initiatives'}
            {list.nextCursor ? ' so far' : ''}
          </ListFoot>
        </>
      )}
      <NewInitiativeDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
