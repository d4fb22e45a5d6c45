/** After a 412: the initiative's two versions side by side, and the choice (ConflictView). */
import { ConflictView } from '../../components/ConflictView.js';
import { FormError } from '../../components/Form.js';
import { errorMessage } from '../../api/client.js';
import { audienceSummary, formatLongDay, formatTimeIn } from '../../lib/evidence.js';
import { gradeLabel, statusLabel } from './labels.js';
import type { InitiativeState } from './useInitiative.js';
import { differs, FIELD_LABELS, FIELDS, valuesOf, type Field, type Values } from './values.js';

function list(items: string[]) {
  if (!items.length) return <span className="muted">None</span>;
  return (
    <ul className="plain-list">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

function FieldValue({ field, value: v }: { field: Field; value: Values }) {
  switch (field) {
    case 'title':
      return <span>{v.title}</span>;
    case 'status':
      return <span>{statusLabel(v.status)}</span>;
    case 'startOn':
    case 'targetOn':
      return <span>{v[field] ? formatLongDay(v[field]) : 'No date'}</span>;
    case 'audience':
      return <span>{audienceSummary(v.audience).label}</span>;
    case 'problem':
    case 'why':
      return v[field].trim() ? <pre className="conflict-text">{v[field]}</pre> : <span className="muted">Empty</span>;
    case 'teams':
      return list(v.teams);
    case 'decisions':
      return list(v.decisions.map((d) => `${d.reversible ? 'Two-way' : 'One-way'}: ${d.text}${d.note ? ` (${d.note})` : ''}`));
    case 'risks':
      return list(v.risks.map((r) => `${r.open ? 'Open' : 'Closed'}: ${r.text} (likelihood ${gradeLabel(r.likelihood).toLowerCase()}, severity ${gradeLabel(r.severity).toLowerCase()})`));
    case 'duplication':
      return list(v.duplication.map((d) => `${d.text}${d.where ? ` — ${d.where}` : ''}`));
    case 'investments':
      return list(v.investments.map((d) => `${d.text}${d.unlocks ? ` — unlocks ${d.unlocks}` : ''}`));
    case 'milestones':
      return list(v.milestones.map((m) => `${m.done ? '✓ ' : ''}${m.title}${m.dueOn ? ` (${formatLongDay(m.dueOn)})` : ''}`));
  }
}

export function InitiativeConflict({ state }: { state: InitiativeState }) {
  const { conflict } = state;
  if (!conflict) return null;
  return (
    <>
      <FormError message={state.conflictError ? errorMessage(state.conflictError) : null} />
      <ConflictView<Values, Field>
        noun="initiative"
        fields={FIELDS}
        labels={FIELD_LABELS}
        differs={differs}
        renderValue={(f, value) => <FieldValue field={f} value={value} />}
        mine={conflict.mine}
        base={valuesOf(conflict.base)}
        theirs={valuesOf(conflict.theirs.initiative)}
        savedAt={formatTimeIn(conflict.theirs.initiative.updatedAt, state.me.timeZone)}
        pending={state.pending}
        onKeepMine={() => void state.keepMine()}
        onTakeTheirs={state.takeTheirs}
        onMerge={state.mergeByHand}
      />
    </>
  );
}
