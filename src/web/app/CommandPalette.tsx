import { Command } from 'cmdk';
import { Search } from 'lucide-react';
import { useState } from 'react';
import { Modal } from '../components/Dialog.js';
import type { PaletteCommand } from './commands.js';

export interface CommandPaletteProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  commands: PaletteCommand[];
  /** Offer "Search people for …" for whatever was typed. */
  onSearchPeople(query: string): void;
  /** Offer "Search evidence for …" too. */
  onSearchEvidence?(query: string): void;
}

export default function CommandPalette({ open, onOpenChange, commands, onSearchPeople, onSearchEvidence }: CommandPaletteProps) {
  const [search, setSearch] = useState('');
  const groups = ['Go to', 'Actions'] as const;

  function run(action: () => void) {
    onOpenChange(false);
    setSearch('');
    action();
  }

  return (
    <Modal
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) setSearch('');
      }}
      title="Command palette"
      hideTitle
      showClose={false}
      className="modal-palette"
    >
      <Command label="Command palette" loop>
        <div className="palette-input">
          <Search size={16} aria-hidden="true" />
          <Command.Input value={search} onValueChange={setSearch} placeholder="Go to a page or run an action…" />
        </div>
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">Nothing matches “{search}”.</Command.Empty>
          {groups.map((group) => (
            <Command.Group key={group} heading={group}>
              {commands
                .filter((c) => c.group === group)
                .map((c) => (
                  <Command.Item
                    key={c.id}
                    value={c.label}
                    keywords={c.keywords ?? []}
                    onSelect={() => run(c.run)}
                  >
                    <c.icon size={16} aria-hidden="true" />
                    <span className="palette-label">{c.label}</span>
                    {c.hint && <span className="palette-hint">{c.hint}</span>}
                  </Command.Item>
                ))}
            </Command.Group>
          ))}
          {search.trim() && (
            <Command.Group heading="Search">
              {onSearchEvidence && (
                <Command.Item
                  value={`search evidence ${search}`}
                  forceMount
                  onSelect={() => run(() => onSearchEvidence(search.trim()))}
                >
                  <Search size={16} aria-hidden="true" />
                  <span className="palette-label">Search evidence for “{search.trim()}”</span>
                </Command.Item>
              )}
              <Command.Item
                value={`search people ${search}`}
                forceMount
                onSelect={() => run(() => onSearchPeople(search.trim()))}
              >
                <Search size={16} aria-hidden="true" />
                <span className="palette-label">Search people for “{search.trim()}”</span>
              </Command.Item>
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Modal>
  );
}
