/**
 * The stakeholders of an initiative (or, later, a document): the list with each one's role,
 * stance and contact, who still has to answer, and the influence/interest grid. Reusable:
 * give `initiativeId` or `documentId`, and `canEdit` for the parent's owner.
 */
import { Users } from 'lucide-react';
import { useId, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Stakeholder } from '../../api/types.js';
import { ConfirmDialog } from '../Dialog.js';
import { FormError } from '../Form.js';
import { AddStakeholder } from './AddStakeholder.js';
import { AnswerMatrix } from './AnswerMatrix.js';
import { InfluenceGrid } from './InfluenceGrid.js';
import { StakeholderRow } from './StakeholderRow.js';
import { useStakeholders } from './useStakeholders.js';
import './stakeholders.css';

export interface StakeholdersProps {
  initiativeId?: string;
  documentId?: string;
  canEdit: boolean;
  /** Level of the section's heading (its parts take the next one). */
  headingLevel?: 2 | 3;
}

export function Stakeholders({ initiativeId, documentId, canEdit, headingLevel = 2 }: StakeholdersProps) {
  const state = useStakeholders({ initiativeId, documentId });
  const [removing, setRemoving] = useState<Stakeholder | null>(null);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const { items, nameOf } = state;
  return (
    <section className="card in-section sh-section" aria-labelledby={titleId}>
      <div className="section-head in-section-head">
        <Heading id={titleId} className="in-section-title">
          Stakeholders <span className="muted num">({items.length})</span>
        </Heading>
      </div>
      <p className="in-section-hint small muted">Who approves, who is consulted and who only needs to know — and where each of them stands.</p>
      {state.list.error ? <FormError message={errorMessage(state.list.error)} /> : null}
      {state.list.loading ? (
        <p className="small muted">Loading…</p>
      ) : items.length === 0 ? (
        <div className="in-empty small sh-empty">
          <Users size={16} aria-hidden="true" />
          <p>
            {canEdit
              ? 'No stakeholders yet. Start with whoever has to say yes — for example the head of Payments as approver — then the teams you will consult and those who only need to know.'
              : 'No stakeholders listed yet.'}
          </p>
        </div>
      ) : (
        <ul className="plain-list sh-list" aria-label="Stakeholders">
          {items.map((s) => (
            <StakeholderRow key={s.id} s={s} state={state} canEdit={canEdit} onRemove={() => setRemoving(s)} />
          ))}
        </ul>
      )}
      {canEdit && <AddStakeholder state={state} />}
      {items.length > 0 && (
        <div className="sh-views">
          <AnswerMatrix items={items} nameOf={nameOf} Heading={Sub} />
          <InfluenceGrid items={items} nameOf={nameOf} Heading={Sub} />
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Remove ${removing ? nameOf(removing) : ''}?`}
        description="Their role, stance history, contact date and note go with them."
        confirmLabel="Remove stakeholder"
        onConfirm={async () => {
          if (removing) await state.remove(removing.id);
        }}
      />
    </section>
  );
}
