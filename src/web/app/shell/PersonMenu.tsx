import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, Keyboard, LogOut, Settings } from 'lucide-react';
import { useNavigate } from 'react-router';
import type { Person } from '../../api/types.js';
import { Avatar, Kbd } from '../../components/bits.js';

/** The account menu in the top bar: settings, keyboard shortcuts, sign out. */
export function PersonMenu({
  person,
  onShortcuts,
  onSignOut,
}: {
  person: Person;
  onShortcuts(): void;
  onSignOut(): void;
}) {
  const navigate = useNavigate();
  return (
    // Not modal: a modal menu would inject a <style> element that the CSP blocks.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="person-button" aria-label={`Account menu for ${person.name}`}>
        <Avatar name={person.name} size={26} />
        <span className="person-button-name">{person.name}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label">
            <span className="menu-label-name">{person.name}</span>
            <span className="menu-label-email">{person.email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/settings')}>
            <Settings size={16} aria-hidden="true" /> Settings
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={onShortcuts}>
            <Keyboard size={16} aria-hidden="true" /> Keyboard shortcuts
            <span className="menu-hint">
              <Kbd>?</Kbd>
            </span>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" onSelect={onSignOut}>
            <LogOut size={16} aria-hidden="true" /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
