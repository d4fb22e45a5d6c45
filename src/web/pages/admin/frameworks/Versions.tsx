/** A framework's versions, loaded when the disclosure opens: export any, activate one that is not active. */
import { Download } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../../api/client.js';
import type { StoredFramework } from '../../../api/types.js';
import { Time } from '../../../components/bits.js';
import { keys } from '../../../data/keys.js';
import { useApiQuery } from '../../../data/queries.js';

interface Version {
  id: string;
  version: number;
  createdAt: string;
}

export function Versions({ framework, onActivate }: { framework: StoredFramework; onActivate(id: string, label: string): void }) {
  const [open, setOpen] = useState(false);
  const versions = useApiQuery(
    [...keys.framework.one(framework.id), 'versions'],
    async (signal) => (await api.get<{ items: Version[] }>(`/frameworks/${encodeURIComponent(framework.id)}/versions`, { signal })).items,
    { enabled: open },
  );
  return (
    <details className="fwa-versions" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Versions</summary>
      {versions.error ? (
        <p className="muted small">{errorMessage(versions.error)}</p>
      ) : !versions.data ? (
        <p className="muted small">Loading…</p>
      ) : (
        <ul className="fwa-version-list">
          {[...versions.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.id}>
                <span className="num">Version {v.version}</span>
                <span className="muted small">
                  <Time value={v.createdAt} />
                </span>
                <a
                  className="btn btn-small btn-ghost"
                  href={`/api/v1/frameworks/${encodeURIComponent(v.id)}/export`}
                  download
                  aria-label={`Export version ${v.version} as YAML`}
                >
                  <Download size={14} aria-hidden="true" /> YAML
                </a>
                {v.id === framework.id && framework.active ? (
                  <span className="badge badge-success">Active</span>
                ) : (
                  <button type="button" className="btn btn-small" onClick={() => onActivate(v.id, `${framework.name}, version ${v.version}`)}>
                    Activate
                  </button>
                )}
              </li>
            ))}
        </ul>
      )}
    </details>
  );
}
