/** Admin › Organisation: the organisation's settings (today: when stakeholders become stale). */
import { errorMessage } from '../api/client.js';
import { RequireAdmin } from '../app/guards.js';
import { Loading, PageHeader } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { StaleDaysForm } from './admin/settings/StaleDaysForm.js';
import { useOrganisationSettings } from './admin/settings/useOrganisationSettings.js';

function AdminSettings() {
  const { query, save } = useOrganisationSettings();
  return (
    <div className="page page-narrow">
      <PageHeader title="Organisation" documentTitle="Admin · Organisation" description="Settings that hold for everyone in the organisation." />
      <section className="card settings-section" aria-labelledby="stale-days-title">
        <h2 id="stale-days-title" className="card-title">
          Stakeholders
        </h2>
        {query.data ? (
          <StaleDaysForm settings={query.data} save={save} />
        ) : query.error ? (
          <FormError message={errorMessage(query.error)} />
        ) : (
          <Loading label="Loading the settings…" />
        )}
      </section>
    </div>
  );
}

export default function AdminSettingsPage() {
  return (
    <RequireAdmin>
      <AdminSettings />
    </RequireAdmin>
  );
}
