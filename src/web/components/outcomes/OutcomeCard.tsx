/** One outcome as a card: its name (a link to its page), chart, progress and, for its owner, record and import. */
import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Outcome } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { usePeopleById } from '../../data/people.js';
import { impactLabel } from '../../lib/evidence.js';
import { DeleteOutcomeDialog } from './DeleteOutcome.js';
import { EditOutcomeDialog } from './EditOutcomeDialog.js';
import { MeasurementForm } from './MeasurementForm.js';
import { MeasurementImport } from './MeasurementImport.js';
import { MeasurementTable } from './MeasurementTable.js';
import { OutcomeChart } from './OutcomeChart.js';
import { OutcomeProgress } from './Progress.js';
import { useInitiativeTitle } from './useOutcomes.js';
import './outcomes.css';

export function OutcomeCard({ outcome, canEdit, headingLevel, showInitiative }: { outcome: Outcome; canEdit: boolean; headingLevel: 2 | 3 | 4; showInitiative: boolean }) {
  const me = useMe();
  const mine = outcome.ownerId === me.id;
  const editable = canEdit && mine;
  const owner = usePeopleById([mine ? null : outcome.ownerId]).get(outcome.ownerId);
  const initiativeTitle = useInitiativeTitle(showInitiative ? outcome.initiativeId : null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const count = outcome.measurements.length;
  return (
    <article className="card oc-card" aria-labelledby={`oc-${outcome.id}`}>
      <header className="oc-card-head">
        <div className="oc-card-title-wrap">
          <Heading id={`oc-${outcome.id}`} className="oc-card-title">
            <Link to={`/outcomes/${outcome.id}`}>{outcome.name}</Link>
          </Heading>
          <p className="oc-meta muted small">
            {outcome.impact && <span className="badge badge-muted">{impactLabel(outcome.impact)}</span>}
            {!mine && owner && <span>{owner.name}</span>}
            {showInitiative && outcome.initiativeId && initiativeTitle && (
              <span>
                Initiative: <Link to={`/initiatives/${outcome.initiativeId}`}>{initiativeTitle}</Link>
              </span>
            )}
          </p>
        </div>
        {editable && (
          <div className="oc-card-actions">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(true)} aria-label={`Edit ${outcome.name}`}>
              <Pencil size={14} aria-hidden="true" /> Edit
            </button>
            <button type="button" className="btn btn-small btn-ghost btn-danger-quiet" onClick={() => setDeleting(true)} aria-label={`Delete ${outcome.name}`}>
              <Trash2 size={14} aria-hidden="true" /> Delete
            </button>
          </div>
        )}
      </header>
      <div className="oc-card-body">
        <OutcomeProgress outcome={outcome} />
        <OutcomeChart outcome={outcome} canEdit={editable} />
      </div>
      {editable && <MeasurementForm outcome={outcome} />}
      {count > 0 && (
        <details className="oc-measurements">
          <summary>
            {count} {count === 1 ? 'measurement' : 'measurements'}
          </summary>
          <MeasurementTable outcome={outcome} canEdit={editable} />
        </details>
      )}
      {editable && <MeasurementImport outcome={outcome} />}
      {editable && (
        <>
          <EditOutcomeDialog outcomeId={editing ? outcome.id : null} onClose={() => setEditing(false)} />
          <DeleteOutcomeDialog outcome={outcome} open={deleting} onOpenChange={setDeleting} />
        </>
      )}
    </article>
  );
}
