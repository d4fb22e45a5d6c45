/**
 * Documents: design docs, RFCs, ADRs, migration plans, trade-off summaries, incident reviews
 * and roadmap input. Filters live in the query string:
 *
 *   kind, status, owner (me | all), reviewer=me&waiting=true (the review inbox)
 *
 * "New document" (the button, `n`, or `?new=1`) asks for a kind and a title and opens the
 * editor. The pieces live in pages/documents/.
 */
import { Inbox, Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.js';
import { useMe } from '../app/session.js';
import { usePageShortcut } from '../app/shortcuts.js';
import { Kbd, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { Select } from '../components/controls/index.js';
import { FormError } from '../components/Form.js';
import { useOpenFromUrl } from '../components/useUrlFilters.js';
import { usePeopleById } from '../data/people.js';
import { todayIn } from '../lib/evidence.js';
import { DocumentRow } from './documents/DocumentRow.js';
import { DocumentsEmpty } from './documents/DocumentsEmpty.js';
import { KINDS, STATUSES } from './documents/labels.js';
import { NewDocumentDialog } from './documents/NewDocumentDialog.js';
import { useDocumentList, type OwnerMode } from './documents/useDocumentList.js';
import './documents/documents.css';

const OWNERS: { value: OwnerMode; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'all', label: 'Everyone I can see' },
];

export default function DocumentsPage() {
  const me = useMe();
  const { filters, inbox, owner, kind, status, list, showInbox } = useDocumentList();
  const [creating, setCreating] = useState(false);
  const openNew = () => setCreating(true);
  usePageShortcut('n', openNew);
  useOpenFromUrl('new', openNew);
  const owners = usePeopleById(list.items.map((d) => (d.ownerId === me.id ? null : d.ownerId)));
  const filtered = owner !== 'me' || Boolean(kind) || Boolean(status);
  const today = todayIn(me.timeZone);

  return (
    <div className="page dc-page">
      <PageHeader
        title={inbox ? 'Review inbox' : 'Documents'}
        documentTitle={inbox ? 'Review inbox' : 'Documents'}
        description={
          inbox
            ? 'Documents in review that still wait for your verdict.'
            : 'Design docs, RFCs, ADRs and the rest of your technical writing: drafts, reviews and the decisions they record.'
        }
        actions={
          <button type="button" className="btn btn-primary" onClick={openNew} aria-keyshortcuts="n">
            <Plus size={16} aria-hidden="true" /> New document <Kbd>n</Kbd>
          </button>
        }
      />
      <div className="toolbar dc-toolbar">
        <div className="dc-views" role="group" aria-label="View">
          <button type="button" className="btn" aria-pressed={!inbox} onClick={() => showInbox(false)}>
            All documents
          </button>
          <button type="button" className="btn" aria-pressed={inbox} onClick={() => showInbox(true)}>
            <Inbox size={16} aria-hidden="true" /> Review inbox
          </button>
        </div>
        {!inbox && (
          <>
            <label className="dc-filter">
              <span className="field-label">Whose</span>
              <Select value={owner} options={OWNERS} onChange={(v) => filters.set('owner', v === 'me' ? null : v)} />
            </label>
            <label className="dc-filter">
              <span className="field-label">Kind</span>
              <Select value={kind} options={[{ value: '', label: 'Any kind' }, ...KINDS.map((k) => ({ value: k.value, label: k.label }))]} onChange={(v) => filters.set('kind', v || null)} />
            </label>
            <label className="dc-filter">
              <span className="field-label">Status</span>
              <Select value={status} options={[{ value: '', label: 'Any status' }, ...STATUSES]} onChange={(v) => filters.set('status', v || null)} />
            </label>
          </>
        )}
      </div>
      {list.error ? <FormError message={errorMessage(list.error)} /> : null}
      {list.loading ? (
        <Loading label="Loading documents…" />
      ) : list.items.length === 0 ? (
        !list.error && <DocumentsEmpty filtered={filtered} inbox={inbox} onNew={openNew} />
      ) : (
        <>
          <ul className="list dc-list" aria-label={inbox ? 'Reviews waiting on you' : 'Documents'}>
            {list.items.map((doc) => (
              <DocumentRow key={doc.id} doc={doc} today={today} ownerName={doc.ownerId === me.id ? 'You' : (owners.get(doc.ownerId)?.name ?? '…')} />
            ))}
          </ul>
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'document' : 'documents'}
            {list.nextCursor ? ' so far' : ''}
          </ListFoot>
        </>
      )}
      <NewDocumentDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
