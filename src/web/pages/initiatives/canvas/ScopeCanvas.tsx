/** The scope canvas section: the five questions (read, or edited in place by the owner) and the summary beside them. */
import type { Initiative } from '../../../api/types.js';
import { useTeams } from '../../../data/people.js';
import { ScopeSummaryPanel } from '../ScopeSummaryPanel.js';
import { Section } from '../Section.js';
import type { InitiativeState } from '../useInitiative.js';
import { useSectionEdit } from '../useSectionEdit.js';
import { draftOf } from './draft.js';
import { ScopeEditor } from './ScopeEditor.js';
import { ScopeRead } from './ScopeRead.js';
import './canvas.css';

export function ScopeCanvas({ initiative, state }: { initiative: Initiative; state: InitiativeState }) {
  const { teams } = useTeams();
  const edit = useSectionEdit(state, () => draftOf(initiative.scope));
  const ownTeams = teams.filter((t) => t.memberIds.includes(initiative.ownerId)).map((t) => t.name);
  return (
    <Section
      title="Scope canvas"
      hint="The five questions that show how far the work reaches beyond one team."
      canEdit={state.isOwner}
      editing={edit.editing}
      onEdit={edit.start}
      className="in-scope"
    >
      <div className="in-scope-grid">
        {edit.editing ? <ScopeEditor edit={edit} teams={teams} ownTeams={ownTeams} /> : <ScopeRead scope={initiative.scope} teams={teams} canEdit={state.isOwner} />}
        <ScopeSummaryPanel summary={initiative.scopeSummary} />
      </div>
    </Section>
  );
}
