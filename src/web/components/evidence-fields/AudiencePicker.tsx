import type { AudienceMember } from '../../api/types.js';
import { AUDIENCES, audienceSummary } from '../../lib/evidence.js';
import { AudienceBadge } from '../EvidenceBits.js';

/** Who can see an entry: the manager chain, mentors, the organisation, or nobody. */
export function AudiencePicker({ value, onChange, error }: { value: AudienceMember[]; onChange(value: AudienceMember[]): void; error?: string | undefined }) {
  const summary = audienceSummary(value);
  return (
    <fieldset className={`fieldset ${error ? 'field-invalid' : ''}`}>
      <legend className="field-label">Who can see it</legend>
      <div className="choices">
        {AUDIENCES.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(a.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, a.id] : value.filter((v) => v !== a.id))}
            />
            {a.long}
          </label>
        ))}
      </div>
      <p className="field-hint audience-hint">
        <AudienceBadge audience={value} /> {summary.description}
      </p>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
