/**
 * The outcomes of one initiative or one owner, each with its chart (baseline and target lines),
 * progress in words and, for its owner, "record a measurement". The props are the contract the
 * initiative page relies on; the pieces live beside this file.
 */
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { NewOutcomeDialog } from './NewOutcomeDialog.js';
import { OutcomeCollection } from './OutcomeCollection.js';

export interface OutcomeListProps {
  /** Outcomes linked to this initiative (GET /outcomes?initiativeId=). */
  initiativeId?: string;
  /** Whose outcomes; `me` by default when no initiative is given. */
  owner?: string;
  /** The caller owns them: show add, record, import, edit and delete. */
  canEdit: boolean;
  /** Heading level for the list's own heading, so it fits the page it sits on. */
  headingLevel?: 2 | 3;
}

export function OutcomeList({ initiativeId, owner, canEdit, headingLevel = 2 }: OutcomeListProps) {
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const add = (
    <button type="button" className="btn btn-primary btn-small" onClick={() => setAdding(true)}>
      <Plus size={14} aria-hidden="true" /> New outcome
    </button>
  );
  return (
    <section className="oc-section" aria-labelledby={headingId}>
      <div className="section-head">
        <Heading id={headingId} className="card-title">
          Outcomes
        </Heading>
        {canEdit && add}
      </div>
      <OutcomeCollection filter={{ initiativeId, owner }} canEdit={canEdit} cardHeadingLevel={headingLevel === 2 ? 3 : 4} />
      {canEdit && <NewOutcomeDialog open={adding} onOpenChange={setAdding} initiativeId={initiativeId} />}
    </section>
  );
}
