import { ScrollText } from 'lucide-react';
import { api, errorMessage } from '../api/client.js';
import type { AuditAction, AuditEntry, Page } from '../api/types.js';
import { RequireAdmin } from '../app/guards.js';
import { EmptyState, ListFoot, Loading, PageHeader, Time } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { keys } from '../data/keys.js';
import { usePagedQuery } from '../data/queries.js';

const ACTION_LABEL: Record<AuditAction, string> = {
  'person.created': 'Account added',
  'person.manager_changed': 'Reporting line',
  'person.role_changed': 'Role',
  'person.email_changed': 'E-mail address',
  'person.deactivated': 'Deactivated',
  'person.reactivated': 'Reactivated',
  'person.password_reset': 'Password reset',
  'people.reports_moved': 'Reports moved',
};

function AdminAudit() {
  const list = usePagedQuery(keys.audit.list({}), (cursor, signal) =>
    api.get<Page<AuditEntry>>('/audit', { query: { cursor, limit: 50 }, signal }),
  );

  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        documentTitle="Admin · Audit log"
        description="Every change to an account: reporting lines, roles, e-mail addresses, deactivation and password resets. Entries cannot be edited or removed."
      />

      <FormError message={list.error ? errorMessage(list.error) : null} />

      {list.loading && !list.items.length ? (
        <Loading label="Loading the audit log…" />
      ) : list.items.length === 0 ? (
        <EmptyState icon={<ScrollText size={28} />} title="Nothing recorded yet">
          <p>Changes to accounts appear here as admins make them.</p>
        </EmptyState>
      ) : (
        <>
          <ol className="list" aria-label="Audit log, newest first">
            {list.items.map((e) => (
              <li key={e.id} className="list-row">
                <ScrollText size={18} aria-hidden="true" className="row-icon" />
                <div className="grow">
                  <div>
                    <span className="badge">{ACTION_LABEL[e.action] ?? e.action}</span> {e.summary}
                  </div>
                  <div className="muted small">
                    <Time value={e.createdAt} />
                    {e.address && <> · from {e.address}</>}
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <ListFoot list={list}>
            {list.items.length} {list.items.length === 1 ? 'entry' : 'entries'} shown
          </ListFoot>
        </>
      )}
    </div>
  );
}

export default function AdminAuditPage() {
  return (
    <RequireAdmin>
      <AdminAudit />
    </RequireAdmin>
  );
}
