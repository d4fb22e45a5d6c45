/**
 * The brag document: a timeline of entries grouped by week or month, with filters and
 * search-as-you-type. Every filter lives in the query string, so any view can be shared:
 *
 *   q, owner (me | reports | all), dimension*, impact*, team, from, to, group (week | month)
 *
 * `?deleted=true` shows the trash instead.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ArchiveRestore, Check, ChevronDown, NotebookPen, NotebookText, SearchX, Trash2, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../api/client.js';
import type { EvidenceListItem, Page, Person } from '../api/types.js';
import { useCapture } from '../app/capture.js';
import { useMe } from '../app/session.js';
import { EmptyState, Kbd, ListFoot, Loading, PageHeader } from '../components/bits.js';
import { EvidenceCard } from '../components/EvidenceCard.js';
import { FormError } from '../components/Form.js';
import { SearchBox } from '../components/SearchBox.js';
import { useToast } from '../components/Toast.js';
import {
  addDays,
  dimensionLabel,
  evidenceChanged,
  formatDay,
  formatTimeIn,
  groupByPeriod,
  IMPACTS,
  impactLabel,
  onEvidenceChanged,
  todayIn,
  weekStartDay,
  type Grouping,
} from '../lib/evidence.js';
import { formatRelative } from '../lib/format.js';
import { useDimensions } from '../lib/framework.js';
import { useAsync, usePagedList, type PagedList } from '../lib/hooks.js';
import { usePeopleById, useTeams } from '../lib/people.js';

type OwnerMode = 'me' | 'reports' | 'all';

const OWNER_SUMMARY: Record<OwnerMode, string> = {
  me: 'of yours',
  reports: 'from your reports',
  all: 'you can see',
};

const OWNER_LABELS: Record<OwnerMode, string> = {
  me: 'Mine',
  reports: 'My reports',
  all: 'Everyone I can see',
};

interface Filters {
  q: string;
  owner: OwnerMode;
  dimension: string[];
  impact: string[];
  team: string;
  from: string;
  to: string;
  group: Grouping;
}

function readFilters(params: URLSearchParams): Filters {
  const owner = params.get('owner');
  return {
    q: params.get('q') ?? '',
    owner: owner === 'reports' || owner === 'all' ? owner : 'me',
    dimension: params.getAll('dimension'),
    impact: params.getAll('impact'),
    team: params.get('team') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    group: params.get('group') === 'month' ? 'month' : 'week',
  };
}

/** Write the parts of the query string that changed; `null` or `[]` removes a filter. */
function useFilterUpdate() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (patch: Partial<Record<keyof Filters, string | string[] | null>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            next.delete(key);
            if (Array.isArray(value)) value.forEach((v) => next.append(key, v));
            else if (value) next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
}

/** Loads the next page when the end of the list scrolls into view; the button stays as a fallback. */
function useInfiniteScroll(list: PagedList<unknown>) {
  const ref = useRef<HTMLDivElement>(null);
  const { nextCursor, loadingMore, loading, error, loadMore } = list;
  useEffect(() => {
    const el = ref.current;
    if (!el || !nextCursor || loadingMore || loading || error || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMore();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [nextCursor, loadingMore, loading, error, loadMore]);
  return ref;
}

function MultiFilter({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { id: string; label: string }[];
  value: string[];
  onChange(value: string[]): void;
}) {
  return (
    // Not modal: a modal menu would inject a <style> element that the CSP blocks.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={`btn filter-button ${value.length ? 'filter-button-on' : ''}`} aria-label={`${label}${value.length ? `: ${value.length} chosen` : ''}`}>
        {label}
        {value.length > 0 && <span className="filter-count num">{value.length}</span>}
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label menu-label-small">Show entries with any of</DropdownMenu.Label>
          {options.map((o) => (
            <DropdownMenu.CheckboxItem
              key={o.id}
              className="menu-item menu-check"
              checked={value.includes(o.id)}
              onCheckedChange={(checked) => onChange(checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
              onSelect={(e) => e.preventDefault()}
            >
              <span className="menu-check-box" aria-hidden="true">
                <DropdownMenu.ItemIndicator>
                  <Check size={14} />
                </DropdownMenu.ItemIndicator>
              </span>
              {o.label}
            </DropdownMenu.CheckboxItem>
          ))}
          {value.length > 0 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item className="menu-item" onSelect={() => onChange([])}>
                <X size={14} aria-hidden="true" /> Clear {label.toLowerCase()}
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

const EXAMPLES = [
  {
    title: 'Cut CI time for the monorepo from 22 min to 9 min',
    facts: ['Developer speed', 'CI time: 22 → 9 min', 'Platform, Mobile'],
  },
  {
    title: 'Wrote the RFC that moved billing off the legacy queue; three teams signed off on one migration plan',
    facts: ['Technical direction', 'Influence', 'Billing, Payments, SRE'],
  },
  {
    title: 'Paired with Sam on three incidents; Sam now leads incident reviews on their own',
    facts: ['Mentoring', 'Reliability'],
  },
];

function FirstEntryEmptyState() {
  const capture = useCapture();
  return (
    <div className="empty ev-empty">
      <div className="empty-icon" aria-hidden="true">
        <NotebookText size={28} />
      </div>
      <h2 className="empty-title">Start your brag document</h2>
      <div className="empty-body">
        <p>
          Log what you would otherwise forget by review time: decisions you drove, problems you unblocked, people you
          helped, numbers that moved. A single line is enough; details can come later.
        </p>
      </div>
      <ul className="ev-examples" aria-label="Examples of entries">
        {EXAMPLES.map((ex) => (
          <li key={ex.title} className="ev-example">
            <span className="ev-example-title">{ex.title}</span>
            <span className="ev-example-facts">
              {ex.facts.map((f) => (
                <span key={f} className="chip">
                  {f}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <div className="empty-action">
        <button type="button" className="btn btn-primary" onClick={() => capture.open()}>
          <NotebookPen size={16} aria-hidden="true" /> Log your first entry
        </button>
        <p className="muted small ev-empty-hint">
          Or press <Kbd>c</Kbd> on any page.
        </p>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- timeline

function Timeline() {
  const me = useMe();
  const capture = useCapture();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const update = useFilterUpdate();
  const { teams } = useTeams();
  const dimensions = useDimensions();
  const today = todayIn(me.timeZone);
  const startDay = weekStartDay(me.weekStart);
  // A query without a letter or digit (a lone quote while typing a phrase) is no search yet.
  const query = /[\p{L}\p{N}]/u.test(filters.q) ? filters.q.trim() : '';
  const searching = query !== '';

  // Only to tell "nobody reports to you" apart from "nothing shared yet".
  const reports = useAsync(
    async (signal) =>
      filters.owner === 'reports'
        ? (await api.get<Page<Person>>('/people', { query: { managerId: me.id, limit: 1 }, signal })).items
        : [],
    [filters.owner, me.id],
  );
  const reportIds = (reports.data ?? []).map((p) => p.id);

  const list = usePagedList<EvidenceListItem>(
    async (cursor, signal) => {
      // `reports` is everyone below you in the reporting line, worked out by the server.
      const owner = filters.owner === 'all' ? undefined : [filters.owner];
      return api.get<Page<EvidenceListItem>>('/evidence', {
        query: {
          q: query || undefined,
          owner,
          dimension: filters.dimension,
          impact: filters.impact,
          team: filters.team ? [filters.team] : undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
          cursor,
          limit: 25,
        },
        signal,
      });
    },
    [query, filters.owner, filters.dimension.join(','), filters.impact.join(','), filters.team, filters.from, filters.to],
  );
  useEffect(() => onEvidenceChanged(list.reload), [list.reload]);
  const sentinel = useInfiniteScroll(list);

  const owners = usePeopleById(list.items.map((i) => (i.ownerId !== me.id ? i.ownerId : null)));
  const groups = useMemo(() => (searching ? [] : groupByPeriod(list.items, filters.group, today, startDay)), [list.items, filters.group, today, startDay, searching]);

  const narrowed =
    filters.dimension.length > 0 || filters.impact.length > 0 || Boolean(filters.team || filters.from || filters.to);
  const anyFilter = narrowed || searching || filters.owner !== 'me';
  const clearAll = () => update({ q: null, owner: null, dimension: null, impact: null, team: null, from: null, to: null });

  const teamOptions = useMemo(() => {
    const names = teams.map((t) => t.name);
    if (filters.team && !names.some((n) => n.toLowerCase() === filters.team.toLowerCase())) names.unshift(filters.team);
    return names;
  }, [teams, filters.team]);

  const ownerName = (id: string) => (id === me.id ? undefined : owners.get(id)?.name ?? '…');
  const countLabel = `${list.items.length}${list.nextCursor ? '+' : ''} ${list.items.length === 1 && !list.nextCursor ? 'entry' : 'entries'}`;

  return (
    <div className="page">
      <PageHeader
        title="Evidence"
        description="Your brag document: what you did, when, and what it changed, written while you still remember the numbers."
        actions={
          <>
            <Link to="/evidence?deleted=true" className="btn">
              <Trash2 size={16} aria-hidden="true" /> Trash
            </Link>
            <button type="button" className="btn btn-primary" onClick={() => capture.open()} aria-keyshortcuts="C">
              <NotebookPen size={16} aria-hidden="true" /> Log evidence
            </button>
          </>
        }
      />

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
            <select id="ev-owner" value={filters.owner} onChange={(e) => update({ owner: e.target.value === 'me' ? null : e.target.value })}>
              {(Object.keys(OWNER_LABELS) as OwnerMode[]).map((o) => (
                <option key={o} value={o}>
                  {OWNER_LABELS[o]}
                </option>
              ))}
            </select>
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
            <select id="ev-team" value={filters.team} onChange={(e) => update({ team: e.target.value || null })}>
              <option value="">All teams</option>
              {teamOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="ev-dates">
            <label className="ev-date-field">
              <span>From</span>
              <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => update({ from: e.target.value || null })} />
            </label>
            <label className="ev-date-field">
              <span>To</span>
              <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => update({ to: e.target.value || null })} />
            </label>
          </div>
        </div>
        {narrowed && (
          <ul className="active-filters" aria-label="Active filters">
            {filters.dimension.map((d) => (
              <li key={`d-${d}`}>
                <button type="button" className="filter-chip" onClick={() => update({ dimension: filters.dimension.filter((x) => x !== d) })} aria-label={`Remove filter: ${dimensionLabel(d)}`}>
                  {dimensionLabel(d)} <X size={12} aria-hidden="true" />
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
    </div>
  );
}

// ---------------------------------------------------------------- trash

const TRASH_DAYS = 30;

function Trash() {
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const today = todayIn(me.timeZone);
  const [restoring, setRestoring] = useState<string | null>(null);
  const list = usePagedList<EvidenceListItem>(
    (cursor, signal) => api.get<Page<EvidenceListItem>>('/evidence', { query: { deleted: 'true', cursor, limit: 50 }, signal }),
    [],
  );
  useEffect(() => onEvidenceChanged(list.reload), [list.reload]);
  const sentinel = useInfiniteScroll(list);

  async function restore(item: EvidenceListItem) {
    setRestoring(item.id);
    try {
      await api.post(`/evidence/${encodeURIComponent(item.id)}/restore`);
      list.setItems((items) => items.filter((i) => i.id !== item.id));
      evidenceChanged();
      toast({
        message: `Restored “${item.title}”.`,
        action: { label: 'Open', onClick: () => navigate(`/evidence/${encodeURIComponent(item.id)}`) },
      });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setRestoring(null);
    }
  }

  return (
    <div className="page">
      <PageHeader
        title="Trash"
        documentTitle="Evidence trash"
        description={`Deleted entries wait here for ${TRASH_DAYS} days, in case you change your mind; then they are gone for good.`}
        actions={
          <Link to="/evidence" className="btn">
            <NotebookText size={16} aria-hidden="true" /> Back to evidence
          </Link>
        }
      />
      <FormError message={list.error ? errorMessage(list.error) : null} />
      {list.loading && !list.items.length ? (
        <Loading label="Loading the trash…" />
      ) : list.items.length === 0 ? (
        list.error ? null : (
          <EmptyState icon={<Trash2 size={28} />} title="The trash is empty">
            <p>
              When you delete an entry, such as “Drafted the Q3 reliability review”, it waits here for {TRASH_DAYS} days and
              you can restore it with one click.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="list" aria-label="Deleted entries">
            {list.items.map((item) => {
              const goneOn = item.deletedAt ? addDays(item.deletedAt.slice(0, 10), TRASH_DAYS) : null;
              return (
                <li key={item.id} className="list-row trash-row">
                  <div className="grow">
                    <div className="strong trash-title">{item.title}</div>
                    <div className="meta-line">
                      {formatDay(item.occurredOn, today)}
                      {item.deletedAt && (
                        <>
                          {' · '}
                          <span title={formatTimeIn(item.deletedAt, me.timeZone)}>deleted {formatRelative(item.deletedAt)}</span>
                        </>
                      )}
                      {goneOn && <> · gone for good on {formatDay(goneOn, today)}</>}
                    </div>
                  </div>
                  <button type="button" className="btn btn-small" onClick={() => void restore(item)} disabled={restoring === item.id} aria-label={`Restore “${item.title}”`}>
                    <ArchiveRestore size={14} aria-hidden="true" /> {restoring === item.id ? 'Restoring…' : 'Restore'}
                  </button>
                </li>
              );
            })}
          </ul>
          <ListFoot list={list} ref={sentinel}>
            {list.items.length} {list.items.length === 1 ? 'entry' : 'entries'} in the trash
          </ListFoot>
        </>
      )}
    </div>
  );
}

export default function EvidencePage() {
  const [params] = useSearchParams();
  return params.get('deleted') === 'true' ? <Trash /> : <Timeline />;
}
