/**
 * Outcomes: my outcomes (or my reports', `?owner=reports`), each as a card with its chart and
 * progress and, when linked, its initiative. "New outcome" from the header, `n`, or
 * `/outcomes?new=1`. The cards and the dialog are components/outcomes/.
 */
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../components/bits.js';
import { NewOutcomeDialog } from '../components/outcomes/NewOutcomeDialog.js';
import { OutcomeCollection } from '../components/outcomes/OutcomeCollection.js';
import { usePageShortcut } from '../app/shortcuts.js';
import { useOpenFromUrl, useUrlFilters } from '../components/useUrlFilters.js';
import { OwnerSwitch } from './outcomes/OwnerSwitch.js';

export default function OutcomesPage() {
  const filters = useUrlFilters(['owner']);
  const owner = filters.values.owner === 'reports' ? 'reports' : 'me';
  const [adding, setAdding] = useState(false);
  useOpenFromUrl('new', () => setAdding(true));
  usePageShortcut('n', () => setAdding(true));

  const newButton = (
    <button type="button" className="btn btn-primary" onClick={() => setAdding(true)} aria-keyshortcuts="N" title="New outcome (N)">
      <Plus size={16} aria-hidden="true" /> New outcome
    </button>
  );
  return (
    <div className="page">
      <PageHeader
        title="Outcomes"
        description="The numbers your work moves, from a baseline towards a target, with every measurement."
        actions={newButton}
      />
      <div className="oc-toolbar">
        <OwnerSwitch value={owner} onChange={(next) => filters.set('owner', next === 'me' ? null : next)} />
      </div>
      <OutcomeCollection filter={{ owner }} canEdit={owner === 'me'} cardHeadingLevel={2} emptyAction={newButton} />
      <NewOutcomeDialog open={adding} onOpenChange={setAdding} />
    </div>
  );
}
