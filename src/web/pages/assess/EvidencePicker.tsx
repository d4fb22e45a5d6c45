/** Linked evidence for one dimension: the chosen entries, and a search to link more. */
import { Link2, Plus, Search, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { Dimension, Evidence, EvidenceListItem, Page } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { formatDay, todayIn } from '../../lib/evidence.js';
import { useDebounced } from '../../lib/hooks.js';

export function EvidencePicker({
  ownerId,
  dimension,
  value,
  onChange,
  titles,
  remember,
}: {
  ownerId: string;
  dimension: Dimension;
  value: string[];
  onChange(ids: string[]): void;
  titles: Map<string, string>;
  remember(items: Evidence[]): void;
}) {
  const me = useMe();
  const today = todayIn(me.timeZone);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 200);
  const id = useId();
  const search = query ? { owner: ownerId, q: query, limit: 8 } : { owner: ownerId, dimension: dimension.id, limit: 8 };
  const results = useApiQuery(
    [...keys.evidence.all, 'link-picker', search],
    async (signal) => (await api.get<Page<EvidenceListItem>>('/evidence', { query: search, signal })).items,
    { enabled: open },
  );
  useEffect(() => {
    if (results.data) remember(results.data);
  }, [results.data, remember]);
  const shown = (results.data ?? []).filter((e) => !value.includes(e.id));
  return (
    <div className="as-evidence">
      {value.length > 0 && (
        <ul className="as-evidence-chosen" aria-label={`Evidence linked to ${dimension.name}`}>
          {value.map((eid) => (
            <li key={eid} className="tag">
              <Link2 size={12} aria-hidden="true" />
              <Link to={`/evidence/${encodeURIComponent(eid)}`} className="tag-text">
                {titles.get(eid) ?? 'Evidence entry'}
              </Link>
              <button type="button" className="tag-remove" aria-label={`Unlink ${titles.get(eid) ?? 'evidence entry'}`} onClick={() => onChange(value.filter((x) => x !== eid))}>
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {!open ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(true)} disabled={value.length >= 20}>
          <Plus size={14} aria-hidden="true" /> Link evidence
        </button>
      ) : (
        <div className="as-evidence-search">
          <div className="searchbox">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              Search evidence for {dimension.name}
            </label>
            <Search size={16} aria-hidden="true" className="searchbox-icon" />
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              autoFocus
              placeholder={`Search entries (showing recent ${dimension.name.toLowerCase()} ones)`}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setOpen(false);
                  setQ('');
                }
              }}
              autoComplete="off"
            />
          </div>
          <ul className="as-evidence-results" aria-label="Matching evidence" aria-busy={results.loading}>
            {shown.map((e) => (
              <li key={e.id}>
                <button type="button" className="as-evidence-result" onClick={() => onChange([...value, e.id])} aria-label={`Link “${e.title}”`}>
                  <Plus size={14} aria-hidden="true" />
                  <span className="grow">{e.title}</span>
                  <span className="muted small num">{formatDay(e.occurredOn, today)}</span>
                </button>
              </li>
            ))}
            {!results.loading && shown.length === 0 && (
              <li className="muted small as-evidence-empty">{query ? `No entries match “${query}”.` : `No ${dimension.name.toLowerCase()} entries to link yet; search for others.`}</li>
            )}
          </ul>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setOpen(false);
              setQ('');
            }}
          >
            Done
          </button>
        </div>
      )}
    </div>
  );
}
