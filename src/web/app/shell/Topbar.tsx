/** The bar above every page: the drawer button (narrow screens), the palette, quick capture, notifications, the account menu. */
import { Menu, NotebookPen, Search } from 'lucide-react';
import { NavLink } from 'react-router';
import type { Person } from '../../api/types.js';
import { Kbd } from '../../components/bits.js';
import { modKey } from '../../lib/format.js';
import { NotificationBell } from '../Notifications.js';
import { Brand } from './Brand.js';
import { PersonMenu } from './PersonMenu.js';

export function Topbar({
  person,
  drawerOpen,
  onOpenDrawer,
  onOpenPalette,
  onCapture,
  onShortcuts,
  onSignOut,
}: {
  person: Person;
  drawerOpen: boolean;
  onOpenDrawer(): void;
  onOpenPalette(): void;
  onCapture(): void;
  onShortcuts(): void;
  onSignOut(): void;
}) {
  return (
    <header className="topbar">
      <button type="button" className="icon-button topbar-menu" aria-label="Open navigation" aria-expanded={drawerOpen} onClick={onOpenDrawer}>
        <Menu size={20} aria-hidden="true" />
      </button>
      <NavLink to="/" aria-label="staffpath home" className="brand-link topbar-brand">
        <Brand />
      </NavLink>
      <button type="button" className="palette-trigger" onClick={onOpenPalette} aria-label={`Jump to… ${modKey} K: open the command palette`} aria-keyshortcuts="Control+K Meta+K">
        <Search size={16} aria-hidden="true" />
        <span className="palette-trigger-text">Jump to…</span>{' '}
        <span className="palette-trigger-keys">
          <Kbd>{modKey}</Kbd> <Kbd>K</Kbd>
        </span>
      </button>
      <button
        type="button"
        className="btn btn-primary btn-small capture-trigger"
        onClick={onCapture}
        aria-label="Log evidence"
        aria-keyshortcuts="C"
        title="Log evidence (c)"
      >
        <NotebookPen size={16} aria-hidden="true" />
        <span className="capture-trigger-text">Log evidence</span>
      </button>
      <NotificationBell />
      <PersonMenu person={person} onShortcuts={onShortcuts} onSignOut={onSignOut} />
    </header>
  );
}
