import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  ChevronDown,
  ClipboardCheck,
  FileUp,
  KeyRound,
  MessageSquarePlus,
  Keyboard,
  LogOut,
  Menu,
  MonitorSmartphone,
  NotebookPen,
  Plus,
  Search,
  Settings,
  Trash2,
  UserPen,
  UserPlus,
} from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import type { Person } from '../api/types.js';
import { Avatar, Kbd } from '../components/bits.js';
import { Modal } from '../components/Dialog.js';
import { modKey } from '../lib/format.js';
import { resetFramework, useFramework } from '../lib/framework.js';
import { NotificationBell } from './Notifications.js';
import { CaptureContext, type CaptureApi, type CapturePreset } from './capture.js';
import { CaptureDialog } from './CaptureDialog.js';
import CommandPalette from './CommandPalette.js';
import type { PaletteCommand } from './commands.js';
import { allPages, chordTargets, FOOTER_NAV, MAIN_NAV, visibleNav, type NavItem } from './nav.js';
import { useMe, useSession } from './session.js';
import { useGlobalShortcuts } from './shortcuts.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';


function Brand() {
  return (
    <span className="brand">
      <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" className="brand-mark">
        <rect width="32" height="32" rx="7" />
        <path d="M8 23 L14 15 L18 19 L24 9" />
      </svg>
      <span className="brand-name">staffpath</span>
    </span>
  );
}

function NavList({ items, label, onNavigate }: { items: NavItem[]; label: string; onNavigate?: () => void }) {
  return (
    <ul className="nav-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          {item.children?.length ? (
            <>
              <span className="nav-group" id={`nav-group-${item.id}`}>
                <item.icon size={16} aria-hidden="true" />
                {item.label}
              </span>
              <ul className="nav-sublist" aria-labelledby={`nav-group-${item.id}`}>
                {item.children.map((child) => (
                  <li key={child.id}>
                    <NavLink to={child.to} end={child.end ?? false} className="nav-link nav-link-child" onClick={onNavigate}>
                      <span>{child.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <NavLink to={item.to} end={item.end ?? false} className="nav-link" onClick={onNavigate}>
              <item.icon size={16} aria-hidden="true" />
              <span>{item.label}</span>
            </NavLink>
          )}
        </li>
      ))}
    </ul>
  );
}

function Navigation({ person, onNavigate }: { person: Person; onNavigate?: () => void }) {
  return (
    <nav className="nav" aria-label="Main">
      <NavList items={visibleNav(MAIN_NAV, person)} label="Sections" {...(onNavigate ? { onNavigate } : {})} />
      <NavList items={visibleNav(FOOTER_NAV, person)} label="Your account" {...(onNavigate ? { onNavigate } : {})} />
    </nav>
  );
}

function PersonMenu({
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

export function Shell() {
  const person = useMe();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [captureOpen, setCaptureOpen] = useState(false);
  const [capturePreset, setCapturePreset] = useState<CapturePreset | null>(null);
  const capture = useMemo<CaptureApi>(
    () => ({
      open: (preset) => {
        setCapturePreset(preset ?? null);
        setCaptureOpen(true);
      },
    }),
    [],
  );
  const firstLocation = useRef(true);
  const drawerNavigated = useRef(false);

  // After an in-app navigation, move focus to the new page's title so that keyboard and
  // screen-reader users start at the top of the new page.
  useEffect(() => {
    if (firstLocation.current) {
      firstLocation.current = false;
      return;
    }
    if (location.hash) return; // the section named by the hash takes focus instead
    const heading = document.querySelector<HTMLElement>('#main h1');
    heading?.focus({ preventScroll: true });
  }, [location.pathname, location.hash]);

  // Jump to a section (`/settings#tokens`) once it is on the page.
  useEffect(() => {
    if (!location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const el = document.getElementById(id);
      if (el || ++tries > 40) {
        window.clearInterval(timer);
        if (el) {
          el.scrollIntoView({ block: 'start' });
          const focusable = el.matches('h2, h3') ? el : el.querySelector<HTMLElement>('h2, h3');
          if (focusable) {
            focusable.tabIndex = -1;
            focusable.focus({ preventScroll: true });
          }
        }
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [location.hash, location.key]);

  // The active framework is the app's vocabulary (levels, dimensions): load it once.
  useFramework();

  const { signOut: endSession } = session;
  const signOut = useCallback(async () => {
    await endSession();
    resetFramework();
    navigate('/signin', { replace: true });
  }, [endSession, navigate]);

  const isAdmin = person.role === 'admin';
  const chords = useMemo(() => chordTargets(person), [person]);

  const commands = useMemo<PaletteCommand[]>(() => {
    const pages: PaletteCommand[] = allPages(person).map((page) => {
      const chord = chords.find((c) => c.to === page.to);
      return {
        id: `page-${page.id}`,
        label: page.parent ? `${page.parent} › ${page.label}` : page.label,
        group: 'Go to',
        icon: page.icon,
        keywords: page.keywords ?? [],
        ...(chord ? { hint: `g ${chord.key}` } : {}),
        run: () => navigate(page.to),
      };
    });
    const actions: PaletteCommand[] = [
      { id: 'log-evidence', label: 'Log evidence', group: 'Actions', icon: NotebookPen, keywords: ['capture', 'brag', 'win', 'new entry', 'add', 'record'], hint: 'c', run: () => capture.open() },
      { id: 'evidence-trash', label: 'Evidence trash', group: 'Actions', icon: Trash2, keywords: ['deleted', 'restore', 'undo'], run: () => navigate('/evidence?deleted=true') },
      { id: 'rate-yourself', label: 'Rate yourself (self-assessment)', group: 'Actions', icon: ClipboardCheck, keywords: ['assess', 'assessment', 'self', 'framework', 'levels'], run: () => navigate('/framework/assess/me?kind=self') },
      { id: 'ask-peer', label: 'Ask a colleague for a peer assessment', group: 'Actions', icon: MessageSquarePlus, keywords: ['peer', 'feedback', 'request', 'review'], run: () => navigate('/framework?ask=peer') },
    ];
    if (isAdmin) {
      actions.push(
        { id: 'new-person', label: 'Add a person', group: 'Actions', icon: UserPlus, keywords: ['create', 'invite', 'account'], run: () => navigate('/admin/people?new=1') },
        { id: 'new-team', label: 'Create a team', group: 'Actions', icon: Plus, keywords: ['new', 'group'], run: () => navigate('/admin/teams?new=1') },
        { id: 'import-framework', label: 'Import a framework', group: 'Actions', icon: FileUp, keywords: ['yaml', 'career ladder', 'levels', 'upload'], run: () => navigate('/admin/frameworks#import') },
      );
    }
    actions.push(
      { id: 'profile', label: 'Edit your profile', group: 'Actions', icon: UserPen, keywords: ['name', 'time zone', 'week', 'audience', 'target level'], run: () => navigate('/settings#profile') },
      { id: 'password', label: 'Change your password', group: 'Actions', icon: KeyRound, keywords: ['security'], run: () => navigate('/settings#password') },
      { id: 'sessions', label: 'Manage your sessions', group: 'Actions', icon: MonitorSmartphone, keywords: ['devices', 'security', 'other sessions'], run: () => navigate('/settings#sessions') },
      { id: 'token', label: 'Create an access token', group: 'Actions', icon: KeyRound, keywords: ['cli', 'api', 'script', 'pat'], run: () => navigate('/settings#tokens') },
      { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Actions', icon: Keyboard, keywords: ['keys', 'help'], hint: '?', run: () => setShortcutsOpen(true) },
      { id: 'sign-out', label: 'Sign out', group: 'Actions', icon: LogOut, keywords: ['log out', 'logout', 'exit'], run: () => void signOut() },
    );
    return [...pages, ...actions];
  }, [person, chords, isAdmin, navigate, signOut, capture]);

  useGlobalShortcuts({
    togglePalette: () => setPaletteOpen((o) => !o),
    openShortcuts: () => setShortcutsOpen(true),
    capture: () => capture.open(),
    chord: (key) => {
      const target = chords.find((c) => c.key === key);
      if (!target) return false;
      navigate(target.to);
      return true;
    },
  });

  const busy = navigation.state !== 'idle';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="rail">
        <div className="rail-brand">
          <NavLink to="/" aria-label="staffpath home" className="brand-link">
            <Brand />
          </NavLink>
        </div>
        <Navigation person={person} />
      </aside>

      <div className="main-column">
        <header className="topbar">
          <button
            type="button"
            className="icon-button topbar-menu"
            aria-label="Open navigation"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          >
            <Menu size={20} aria-hidden="true" />
          </button>
          <NavLink to="/" aria-label="staffpath home" className="brand-link topbar-brand">
            <Brand />
          </NavLink>
          <button
            type="button"
            className="palette-trigger"
            onClick={() => setPaletteOpen(true)}
            aria-label="Open the command palette"
            aria-keyshortcuts="Control+K Meta+K"
          >
            <Search size={16} aria-hidden="true" />
            <span className="palette-trigger-text">Jump to…</span>
            <span className="palette-trigger-keys">
              <Kbd>{modKey}</Kbd>
              <Kbd>K</Kbd>
            </span>
          </button>
          <button
            type="button"
            className="btn btn-primary btn-small capture-trigger"
            onClick={() => capture.open()}
            aria-label="Log evidence"
            aria-keyshortcuts="C"
            title="Log evidence (c)"
          >
            <NotebookPen size={16} aria-hidden="true" />
            <span className="capture-trigger-text">Log evidence</span>
          </button>
          <NotificationBell />
          <PersonMenu person={person} onShortcuts={() => setShortcutsOpen(true)} onSignOut={() => void signOut()} />
        </header>
        <div className={`progress ${busy ? 'progress-active' : ''}`} aria-hidden="true" />

        <main id="main" className="main" tabIndex={-1} aria-busy={busy}>
          <CaptureContext.Provider value={capture}>
            <Outlet />
          </CaptureContext.Provider>
        </main>
      </div>

      <Modal
        open={drawerOpen}
        onOpenChange={setDrawerOpen}
        title="Navigation"
        hideTitle
        className="drawer"
        onCloseAutoFocus={(event) => {
          // After following a link, focus belongs to the new page's title, not the menu button.
          if (drawerNavigated.current) event.preventDefault();
          drawerNavigated.current = false;
        }}
      >
        <div className="drawer-brand">
          <Brand />
        </div>
        <Navigation
          person={person}
          onNavigate={() => {
            drawerNavigated.current = true;
            setDrawerOpen(false);
          }}
        />
      </Modal>

      <CaptureDialog open={captureOpen} onOpenChange={setCaptureOpen} preset={capturePreset} />

      <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} chords={chords} />

      <CommandPalette
        open={paletteOpen}
        onOpenChange={setPaletteOpen}
        commands={commands}
        onSearchPeople={(q) => navigate(`/people?q=${encodeURIComponent(q)}`)}
        onSearchEvidence={(q) => navigate(`/evidence?q=${encodeURIComponent(q)}`)}
      />
    </div>
  );
}
