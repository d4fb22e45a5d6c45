/** One field's value of an entry, shown read-only (in the conflict table and the merge reference). */
import type { ReactNode } from 'react';
import type { Evidence } from '../../api/types.js';
import { InitiativeLink } from '../../components/EvidenceBits.js';
import { useFramework } from '../../data/framework.js';
import { audienceSummary, formatLongDay, impactLabel, metricText } from '../../lib/evidence.js';
import type { EditableField } from './entryFields.js';

export function FieldValue({ field, value }: { field: EditableField; value: Pick<Evidence, EditableField> }): ReactNode {
  const { dimensionName } = useFramework();
  switch (field) {
    case 'title':
      return <span>{value.title}</span>;
    case 'body':
      return value.body.trim() ? <pre className="conflict-text">{value.body}</pre> : <span className="muted">Empty</span>;
    case 'occurredOn':
      return <span>{formatLongDay(value.occurredOn)}</span>;
    case 'dimensions':
      return <span>{value.dimensions.length ? value.dimensions.map((d) => dimensionName(d)).join(', ') : <span className="muted">None</span>}</span>;
    case 'impact':
      return <span>{impactLabel(value.impact)}</span>;
    case 'metrics':
      return value.metrics.length ? (
        <ul className="plain-list">
          {value.metrics.map((m, i) => (
            <li key={i}>{metricText(m)}</li>
          ))}
        </ul>
      ) : (
        <span className="muted">None</span>
      );
    case 'teams':
      return <span>{value.teams.length ? value.teams.join(', ') : <span className="muted">None</span>}</span>;
    case 'links':
      return value.links.length ? (
        <ul className="plain-list">
          {value.links.map((l) => (
            <li key={l} className="break">
              {l}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">None</span>
      );
    case 'audience':
      return <span>{audienceSummary(value.audience).label}</span>;
    case 'initiativeId':
      return value.initiativeId ? <InitiativeLink id={value.initiativeId} /> : <span className="muted">Not linked</span>;
  }
}
