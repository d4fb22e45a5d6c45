/**
 * One initiative as a one-page plan: problem, why it matters, the scope canvas with its summary,
 * stakeholders, outcomes, milestones and linked evidence. Its owner edits each section in
 * place; everyone else who may see it reads it.
 *
 * Saves are guarded by the initiative's ETag; a 412 shows both versions (InitiativeConflict)
 * and the section keeps its draft until the person has chosen. Pieces live in pages/initiatives/.
 */
import { useParams } from 'react-router';
import { Loading } from '../components/bits.js';
import { OutcomeList } from '../components/outcomes/OutcomeList.js';
import { Stakeholders } from '../components/stakeholders/Stakeholders.js';
import { ScopeCanvas } from './initiatives/canvas/ScopeCanvas.js';
import { DetailsEditor, detailsOf } from './initiatives/DetailsEditor.js';
import { InitiativeConflict } from './initiatives/InitiativeConflict.js';
import { InitiativeHeader } from './initiatives/InitiativeHeader.js';
import { InitiativeMissing } from './initiatives/InitiativeMissing.js';
import { LinkedEvidence } from './initiatives/LinkedEvidence.js';
import { Milestones } from './initiatives/Milestones.js';
import { TextSection } from './initiatives/TextSection.js';
import { useInitiative } from './initiatives/useInitiative.js';
import { useSectionEdit } from './initiatives/useSectionEdit.js';
import './initiatives/initiatives.css';

export default function InitiativeDetailPage() {
  const { id = '' } = useParams();
  const state = useInitiative(id);
  const initiative = state.current?.initiative;
  const details = useSectionEdit(state, () => (initiative ? detailsOf(initiative) : null));

  if (state.loaded.loading && !initiative) {
    return (
      <div className="page">
        <Loading label="Loading the initiative…" />
      </div>
    );
  }
  if (!initiative) return <InitiativeMissing error={state.loaded.error} onRetry={state.loaded.reload} />;

  return (
    <div className="page in-detail">
      <InitiativeHeader initiative={initiative} state={state} editing={details.editing} onEdit={details.start} />
      <InitiativeConflict state={state} />
      {details.draft && <DetailsEditor edit={details} />}
      <div className="in-plan">
        <div className="in-texts">
          <TextSection
            field="problem"
            title="Problem"
            value={initiative.problem}
            state={state}
            empty="No problem written yet. Say what is wrong today and for whom — for example: “Checkout p95 is 800 ms; three product teams lose conversions to it.”"
            placeholder="What is wrong today, for whom, and how do you know?"
          />
          <TextSection
            field="why"
            title="Why it matters"
            value={initiative.why}
            state={state}
            empty="Not written yet. Say why users or the business should care — for example: “Every 100 ms costs about 1% of completed checkouts.”"
            placeholder="What it costs users or the business today, and what solving it is worth."
          />
        </div>
        <ScopeCanvas initiative={initiative} state={state} />
        <Stakeholders initiativeId={initiative.id} canEdit={state.isOwner} />
        <div className="in-outcomes">
          <OutcomeList initiativeId={initiative.id} canEdit={state.isOwner} headingLevel={2} />
        </div>
        <Milestones initiative={initiative} state={state} />
        <LinkedEvidence initiativeId={initiative.id} isOwner={state.isOwner} />
      </div>
    </div>
  );
}
