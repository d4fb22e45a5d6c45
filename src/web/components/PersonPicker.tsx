import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { ChevronDown } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { Page, Person } from '../api/types.js';
import { keys } from '../data/keys.js';
import { rememberPeople, usePeopleById } from '../data/people.js';
import { useDebounced } from '../lib/hooks.js';
import { Avatar } from './bits.js';

export interface PersonPickerProps {
  /** Set by <Field>; the label element is `${id}-label`. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: string | null;
  onChange(personId: string | null, person: Person | null): void;
  /** Offer a "none" choice with this label (e.g. "No manager"). */
  noneLabel?: string;
  placeholder?: string;
  exclude?: string[];
  disabled?: boolean;
  /** Accessible name when not inside a <Field>. */
  label?: string;
}

/**
 * The directory search behind the picker, through the query cache: typing settles for 150 ms
 * before a request, the last answer stays on screen while the next one loads, and everyone it
 * finds is cached for name look-ups.
 */
function usePersonSearch(open: boolean, query: string): { results: Person[]; loading: boolean } {
  const client = useQueryClient();
  const typed = query.trim();
  const settled = useDebounced(typed, 150);
  const search = useQuery({
    queryKey: [...keys.people.all, 'picker', settled],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<Person>>('/people', { query: { q: settled, limit: 20 }, signal });
      rememberPeople(client, page.items);
      return page.items;
    },
    enabled: open,
    placeholderData: keepPreviousData,
  });
  return {
    results: search.isError ? [] : (search.data ?? []),
    loading: open && (search.isFetching || settled !== typed),
  };
}

/** Choose a person by searching the directory (a combobox with a listbox of results). */
export function PersonPicker({
  id,
  value,
  onChange,
  noneLabel,
  placeholder = 'Choose a person…',
  exclude = [],
  disabled,
  label,
  ...aria
}: PersonPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const selected = usePeopleById([value]).get(value ?? '');
  const { results, loading } = usePersonSearch(open, query);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function choose(person: Person | null) {
    onChange(person?.id ?? null, person);
    setOpen(false);
    setQuery('');
    triggerRef.current?.focus();
  }

  const shown = results.filter((p) => !exclude.includes(p.id) && p.active !== false);
  const valueId = id ? `${id}-value` : undefined;

  return (
    <div className="picker" ref={rootRef}>
      <button
        ref={triggerRef}
        id={id}
        type="button"
        className="picker-trigger"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-labelledby={id && !label ? `${id}-label ${valueId}` : undefined}
        aria-label={label ? `${label}: ${selected?.name ?? noneLabel ?? placeholder}` : undefined}
        aria-describedby={aria['aria-describedby']}
        aria-invalid={aria['aria-invalid']}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span id={valueId} className="picker-value">
          {selected ? (
            <>
              <Avatar name={selected.name} size={20} />
              {selected.name}
            </>
          ) : value ? (
            '…'
          ) : (
            <span className="muted">{noneLabel ?? placeholder}</span>
          )}
        </span>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open && (
        <div
          className="picker-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
              triggerRef.current?.focus();
            }
          }}
        >
          <Command shouldFilter={false} label={label ?? 'Search people'} loop>
            <Command.Input
              autoFocus
              value={query}
              onValueChange={setQuery}
              placeholder="Type a name or email…"
              className="picker-input"
            />
            <Command.List className="picker-list">
              {noneLabel && (
                <Command.Item value="__none__" onSelect={() => choose(null)}>
                  <span className="muted">{noneLabel}</span>
                </Command.Item>
              )}
              {shown.map((p) => (
                <Command.Item key={p.id} value={p.id} onSelect={() => choose(p)}>
                  <Avatar name={p.name} size={20} />
                  <span className="picker-name">{p.name}</span>
                  <span className="picker-email">{p.email}</span>
                </Command.Item>
              ))}
              {!loading && shown.length === 0 && (
                <div className="picker-empty" role="presentation">
                  {query ? `No one matches “${query}”.` : 'No one to choose yet.'}
                </div>
              )}
              {loading && shown.length === 0 && <div className="picker-empty">Searching…</div>}
            </Command.List>
          </Command>
        </div>
      )}
    </div>
  );
}
