/** One outcome, read and (for its owner) recorded, imported, edited and deleted. */
import { ArrowLeft, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/session.js';
import { PageHeader } from '../../components/bits.js';
import { DeleteOutcomeDialog } from '../../components/outcomes/DeleteOutcome.js';
import { EditOutcomeDialog } from '../../components/outcomes/EditOutcomeDialog.js';
import { MeasurementForm } from '../../components/outcomes/MeasurementForm.js';
import { MeasurementImport } from '../../components/outcomes/MeasurementImport.js';
import { MeasurementTable } from '../../components/outcomes/MeasurementTable.js';
import { OutcomeChart } from '../../components/outcomes/OutcomeChart.js';
import { goalText } from '../../components/outcomes/outcomeText.js';
import { OutcomeProgress } from '../../components/outcomes/Progress.js';
import type { Versioned } from '../../components/outcomes/useOutcomeEditor.js';
import { OutcomeFacts } from './OutcomeFacts.js';

export function OutcomeView({ versioned, onDeleted }: { versioned: Versioned; onDeleted(): void }) {
  const { outcome, etag } = versioned;
  const me = useMe();
  const navigate = useNavigate();
  const editable = outcome.ownerId === me.id;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const goal = goalText(outcome);
  return (
    <div className="page">
      <Link to="/outcomes" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Outcomes
      </Link>
      <PageHeader
        title={outcome.name}
        description={`${goal.charAt(0).toUpperCase()}${goal.slice(1)}.`}
        actions={
          editable && (
            <>
              <button type="button" className="btn" onClick={() => setEditing(true)}>
                <Pencil size={16} aria-hidden="true" /> Edit
              </button>
              <button type="button" className="btn btn-danger-quiet" onClick={() => setDeleting(true)}>
                <Trash2 size={16} aria-hidden="true" /> Delete
              </button>
            </>
          )
        }
      />
      <div className="oc-detail-grid">
        <section className="card oc-stack" aria-labelledby="oc-progress-title">
          <h2 id="oc-progress-title" className="visually-hidden">
            Progress and measurements
          </h2>
          <OutcomeProgress outcome={outcome} />
          <OutcomeChart outcome={outcome} size="large" canEdit={editable} />
          {editable && <MeasurementForm outcome={outcome} />}
          <MeasurementTable outcome={outcome} canEdit={editable} caption={`Measurements (${outcome.measurements.length}), newest first`} />
          {editable && <MeasurementImport outcome={outcome} />}
        </section>
        <OutcomeFacts outcome={outcome} />
      </div>
      {editable && (
        <>
          <EditOutcomeDialog outcomeId={editing ? outcome.id : null} onClose={() => setEditing(false)} />
          <DeleteOutcomeDialog
            outcome={outcome}
            etag={etag}
            open={deleting}
            onOpenChange={setDeleting}
            onGone={onDeleted}
            onDeleted={() => navigate('/outcomes')}
          />
        </>
      )}
    </div>
  );
}
