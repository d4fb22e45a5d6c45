/** A person's "More actions" menu: edit, reset password, move reports, deactivate or reactivate. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Ellipsis, KeyRound, Pencil, Shuffle, UserCheck, UserX } from 'lucide-react';
import { useRef } from 'react';
import type { Person } from '../../../api/types.js';

export interface PersonActions {
  edit(person: Person): void;
  resetPassword(person: Person): void;
  moveReports(person: Person): void;
  toggleActive(person: Person): void;
}

export function PersonActionsMenu({ person, isMe, actions }: { person: Person; isMe: boolean; actions: PersonActions }) {
  // Editing opens in place: keep focus in the editor instead of returning it to the trigger.
  const keepFocus = useRef(false);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="icon-button" aria-label={`More actions for ${person.name}`}>
        <Ellipsis size={16} aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            // Keep focus in the editor (or dialog) the item opened.
            if (keepFocus.current) event.preventDefault();
            keepFocus.current = false;
          }}
        >
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => {
              keepFocus.current = true;
              actions.edit(person);
            }}
          >
            <Pencil size={16} aria-hidden="true" /> Edit
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => actions.resetPassword(person)}>
            <KeyRound size={16} aria-hidden="true" /> Reset password…
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => actions.moveReports(person)}>
            <Shuffle size={16} aria-hidden="true" /> Move their reports…
          </DropdownMenu.Item>
          {!isMe && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item
                className={`menu-item ${person.active ? 'menu-item-danger' : ''}`}
                onSelect={() => actions.toggleActive(person)}
              >
                {person.active ? (
                  <>
                    <UserX size={16} aria-hidden="true" /> Deactivate…
                  </>
                ) : (
                  <>
                    <UserCheck size={16} aria-hidden="true" /> Reactivate…
                  </>
                )}
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
