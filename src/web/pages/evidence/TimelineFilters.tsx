/** Search, whose entries, grouping, the dimension/impact/team/date filters, and the chips of active filters. */
import { X } from 'lucide-react';
import { DateInput, Select } from '../../components/controls/index.js';
import { SearchBox } from '../../components/SearchBox.js';
import { formatDay, IMPACTS, impactLabel } from '../../lib/evidence.js';
import { MultiFilter } from './MultiFilter.js';
import { OWNER_LABELS, type OwnerMode } from './filterParams.js';
import type { EvidenceQuery } from './useEvidenceQuery.js';

export function TimelineFilters({ query: q }: { query: EvidenceQuery }) {
  const { filters, update, dimensions, dimensionName, today, searching, narrowed, clearAll, teamOptions } = q;
  return (
    <div className="ev-filters" role="search" aria-label="Search and filter evidence">
      <div className="toolbar ev-toolbar">
        <SearchBox
          value={filters.q}
          onChange={(v) => update({ q: v || null })}
          label="Search evidence"
          placeholder="Search titles and details"
          delay={150}
        />
        <div className="toolbar-field">
          <label htmlFor="ev-owner" className="visually-hidden">
            Whose entries
          </label>
          <Select
            id="ev-owner"
            value={filters.owner}
            options={(Object.keys(OWNER_LABELS) as OwnerMode[]).map((o) => ({ value: o, label: OWNER_LABELS[o] }))}
            onChange={(owner) => update({ owner: owner === 'me' ? null : owner })}
          />
        </div>
        {!searching && (
          <div className="segmented" role="group" aria-label="Group entries by">
            {(['week', 'month'] as const).map((g) => (
              <button
                key={g}
                type="button"
                className="segmented-item"
                aria-pressed={filters.group === g}
                onClick={() => update({ group: g === 'week' ? null : g })}
              >
                {g === 'week' ? 'Week' : 'Month'}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="toolbar ev-toolbar-2">
        <MultiFilter
          label="Dimensions"
          options={dimensions.map((d) => ({ id: d.id, label: d.name }))}
          value={filters.dimension}
          onChange={(v) => update({ dimension: v })}
        />
        <MultiFilter label="Impact" options={IMPACTS} value={filters.impact} onChange={(v) => update({ impact: v })} />
        <div className="toolbar-field ev-team">
          <label htmlFor="ev-team" className="visually-hidden">
            Team
          </label>
          <Select
            id="ev-team"
            value={filters.team}
            options={[{ value: '', label: 'All teams' }, ...teamOptions.map((name) => ({ value: name, label: name }))]}
            onChange={(team) => update({ team: team || null })}
          />
        </div>
        <div className="ev-dates">
          <label className="ev-date-field">
            <span>From</span>
            <DateInput value={filters.from} max={filters.to} onChange={(from) => update({ from: from || null })} />
          </label>
          <label className="ev-date-field">
            <span>To</span>
            <DateInput value={filters.to} min={filters.from} onChange={(to) => update({ to: to || null })} />
          </label>
        </div>
      </div>
      {narrowed && (
        <ul className="active-filters" aria-label="Active filters">
          {filters.dimension.map((d) => (
            <li key={`d-${d}`}>
              <button type="button" className="filter-chip" onClick={() => update({ dimension: filters.dimension.filter((x) => x !== d) })} aria-label={`Remove filter: ${dimensionName(d)}`}>
                {dimensionName(d)} <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
          {filters.impact.map((i) => (
            <li key={`i-${i}`}>
              <button type="button" className="filter-chip" onClick={() => update({ impact: filters.impact.filter((x) => x !== i) })} aria-label={`Remove filter: ${impactLabel(i)}`}>
                {impactLabel(i)} <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
          {filters.team && (
            <li>
              <button type="button" className="filter-chip" onClick={() => update({ team: null })} aria-label={`Remove filter: team ${filters.team}`}>
                Team: {filters.team} <X size={12} aria-hidden="true" />
              </button>
            </li>
          )}
          {(filters.from || filters.to) && (
            <li>
              <button type="button" className="filter-chip" onClick={() => update({ from: null, to: null })} aria-label="Remove filter: dates">
                {filters.from ? formatDay(filters.from, today) : 'Any time'} – {filters.to ? formatDay(filters.to, today) : 'today'} <X size={12} aria-hidden="true" />
              </button>
            </li>
          )}
          <li>
            <button type="button" className="link-button small" onClick={clearAll}>
              Clear all
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
