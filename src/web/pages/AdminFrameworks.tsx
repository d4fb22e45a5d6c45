/**
 * Admin › Frameworks: the organisation's career frameworks. List them (the active one
 * marked) with their versions, export any as YAML, import a file (pasted or chosen) with
 * its problems listed by line, and activate another one.
 *
 * The pieces live in pages/admin/frameworks/: useFrameworks (the list and the writes),
 * FrameworkItem → Versions, ImportForm.
 */
import { Layers } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../api/client.js';
import { EmptyState, Loading, PageHeader } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { FormError } from '../components/Form.js';
import { FrameworkItem } from './admin/frameworks/FrameworkItem.js';
import { ImportForm } from './admin/frameworks/ImportForm.js';
import { useFrameworks } from './admin/frameworks/useFrameworks.js';

export default function AdminFrameworksPage() {
  const frameworks = useFrameworks();
  const [confirm, setConfirm] = useState<{ id: string; label: string } | null>(null);
  const { items } = frameworks;
  const onActivate = (id: string, label: string) => setConfirm({ id, label });

  return (
    <div className="page">
      <PageHeader
        title="Frameworks"
        documentTitle="Admin · Frameworks"
        description="The career framework is data: levels, dimensions, signals, readiness thresholds and the starting plan. One is active for the whole organisation."
      />
      <FormError message={frameworks.error ? errorMessage(frameworks.error) : null} />
      {frameworks.loading && !frameworks.loaded ? (
        <Loading label="Loading frameworks…" />
      ) : items.length === 0 ? (
        frameworks.error ? null : (
          <EmptyState icon={<Layers size={28} />} title="No frameworks yet">
            <p>The default ladder (Senior, Staff, Principal) is installed the first time anyone needs it. Import your own below.</p>
          </EmptyState>
        )
      ) : (
        <ul className="fwa-list" aria-label="Frameworks">
          {items.map((f) => (
            <FrameworkItem key={f.id} framework={f} onActivate={onActivate} />
          ))}
        </ul>
      )}

      <ImportForm onImported={frameworks.imported} />

      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(o) => !o && setConfirm(null)}
        tone="primary"
        title="Activate this framework?"
        description={
          <>
            {confirm?.label} becomes the framework for everyone: its levels and dimensions are what people rate, tag and aim for from now on. Existing
            assessments keep the version they were made against; evidence tags and target levels that it does not know are kept and shown as unmapped.
          </>
        }
        confirmLabel="Activate"
        onConfirm={() => (confirm ? frameworks.activate(confirm.id) : undefined)}
      />
    </div>
  );
}

