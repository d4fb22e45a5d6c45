/** One framework in the list: name (and whether it is active), its shape, export, activate, versions. */
import { CircleCheck, Download } from 'lucide-react';
import type { StoredFramework } from '../../../api/types.js';
import { Time } from '../../../components/bits.js';
import { Versions } from './Versions.js';

export function FrameworkItem({ framework: f, onActivate }: { framework: StoredFramework; onActivate(id: string, label: string): void }) {
  return (
    <li className={`card fwa-item ${f.active ? 'fwa-item-active' : ''}`}>
      <div className="fwa-item-head">
        <div className="grow">
          <h2 className="fwa-name">
            {f.name}{' '}
            {f.active && (
              <span className="badge badge-success">
                <CircleCheck size={12} aria-hidden="true" /> Active
              </span>
            )}
          </h2>
          <p className="muted small">
            <span className="mono">{f.key}</span> · version {f.version} · {f.definition.levels.length} levels (
            {f.definition.levels.map((l) => l.name).join(', ')}) · {f.definition.dimensions.length} dimensions · imported{' '}
            <Time value={f.createdAt} />
          </p>
        </div>
        <div className="fwa-actions">
          <a className="btn btn-small" href={`/api/v1/frameworks/${encodeURIComponent(f.id)}/export`} download aria-label={`Export ${f.name} as YAML`}>
            <Download size={14} aria-hidden="true" /> Export
          </a>
          {!f.active && (
            <button type="button" className="btn btn-small btn-primary" onClick={() => onActivate(f.id, `${f.name}, version ${f.version}`)}>
              Activate
            </button>
          )}
        </div>
      </div>
      {f.definition.description && <p className="fwa-description">{f.definition.description}</p>}
      <Versions framework={f} onActivate={onActivate} />
    </li>
  );
}
