/** The navigation as a drawer, for screens too narrow for the rail. */
import { useRef } from 'react';
import type { Person } from '../../api/types.js';
import { Modal } from '../../components/Dialog.js';
import { Brand } from './Brand.js';
import { Navigation } from './Navigation.js';

export function NavDrawer({ person, open, onOpenChange }: { person: Person; open: boolean; onOpenChange(open: boolean): void }) {
  const navigated = useRef(false);
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Navigation"
      hideTitle
      className="drawer"
      onCloseAutoFocus={(event) => {
        // After following a link, focus belongs to the new page's title, not the menu button.
        if (navigated.current) event.preventDefault();
        navigated.current = false;
      }}
    >
      <div className="drawer-brand">
        <Brand />
      </div>
      <Navigation
        person={person}
        onNavigate={() => {
          navigated.current = true;
          onOpenChange(false);
        }}
      />
    </Modal>
  );
}
