/** The timeline's result: loading, the empty states, search results or entries grouped by period, and the list foot. */
import { NotebookText, SearchX } from 'lucide-react';
import { errorMessage } from '../../api/client.js';
import { EmptyState, ListFoot, Loading } from '../../components/bits.js';
import { EvidenceCard } from '../../components/EvidenceCard.js';
import { FormError } from '../../components/Form.js';
import { FirstEntryEmptyState } from './FirstEntryEmptyState.js';
import { OWNER_SUMMARY } from './filterParams.js';
import type { EvidenceQuery } from './useEvidenceQuery.js';

export function TimelineList({ query: q }: { query: EvidenceQuery }) {
  const { filters, today, query, searching, reports, reportIds, list, sentinel, groups, anyFilter, clearAll, ownerName, countLabel } = q;
  return (
    <>
      <FormError message={list.error ? errorMessage(list.error) : reports.error ? errorMessage(reports.error) : null} />

      {list.loading && !list.items.length ? (
        <Loading label={searching ? 'Searching…' : 'Loading evidence…'} />
      ) : list.items.length === 0 ? (
        list.error ? null : !anyFilter ? (
          <FirstEntryEmptyState />
        ) : filters.owner === 'reports' && reportIds.length === 0 && !reports.loading ? (
          <EmptyState icon={<NotebookText size={28} />} title="No direct reports">
            <p>Nobody reports to you in staffpath yet. When someone does, the entries they share with their manager show here.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon={<SearchX size={28} />}
            title={searching ? `Nothing matches “${query}”` : 'No entries match these filters'}
            action={
              <button type="button" className="btn" onClick={clearAll}>
                Clear search and filters
              </button>
            }
          >
            {searching ? (
              <p>
                Every word must appear. Try fewer words, a prefix such as <code>migrat*</code>, or a phrase in quotes such
                as <code>"error budget"</code>.
              </p>
            ) : (
              <p>Try a wider date range or fewer dimensions.</p>
            )}
          </EmptyState>
        )
      ) : (
        <>
          <p className="ev-summary muted small" aria-live="polite">
            {searching ? (
              <>
                {countLabel} for “{query}”, most relevant first
              </>
            ) : (
              <>
                {countLabel} {OWNER_SUMMARY[filters.owner]}
                {filters.group === 'month' ? ', by month' : ', by week'}
              </>
            )}
          </p>
          <div aria-busy={list.loading}>
            {searching ? (
              <ol className="ev-list" aria-label="Search results">
                {list.items.map((item) => (
                  <li key={item.id}>
                    <EvidenceCard item={item} today={today} q={query} ownerName={ownerName(item.ownerId)} headingLevel={2} />
                  </li>
                ))}
              </ol>
            ) : (
              groups.map((group) => (
                <section key={group.key} className="ev-group" aria-labelledby={`group-${group.key}`}>
                  <h2 className="ev-group-head" id={`group-${group.key}`}>
                    <span className="ev-group-label">{group.label}</span>
                    {group.range && <span className="ev-group-range muted num">{group.range}</span>}
                    <span className="ev-group-count muted num">
                      {group.items.length} {group.items.length === 1 ? 'entry' : 'entries'}
                    </span>
                  </h2>
                  <ol className="ev-list">
                    {group.items.map((item) => (
                      <li key={item.id}>
                        <EvidenceCard item={item} today={today} ownerName={ownerName(item.ownerId)} />
                      </li>
                    ))}
                  </ol>
                </section>
              ))
            )}
          </div>
          <ListFoot list={list} ref={sentinel}>
            {list.nextCursor ? `${list.items.length} shown` : `That is everything: ${countLabel}.`}
          </ListFoot>
        </>
      )}
    </>
  );
}
