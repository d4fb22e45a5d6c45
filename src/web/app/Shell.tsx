/**
 * The frame around every signed-in page: the rail, the top bar, the drawer, quick capture,
 * the command palette and the keyboard shortcuts. The pieces live in ./shell/.
 */
import { useCallback, useMemo, useState } from 'react';
import { NavLink, Outlet, useNavigate, useNavigation } from 'react-router';
import { useFramework } from '../data/framework.js';
import { CaptureContext, type CaptureApi, type CapturePreset } from './capture.js';
import { CaptureDialog } from './CaptureDialog.js';
import CommandPalette from './CommandPalette.js';
import { chordTargets } from './nav.js';
import { useMe, useSession } from './session.js';
import { Brand } from './shell/Brand.js';
import { NavDrawer } from './shell/NavDrawer.js';
import { Navigation } from './shell/Navigation.js';
import { Topbar } from './shell/Topbar.js';
import { useFocusOnNavigate } from './shell/useFocusOnNavigate.js';
import { usePaletteCommands } from './shell/usePaletteCommands.js';
import { useGlobalShortcuts } from './shortcuts.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';

export function Shell() {
  const person = useMe();
  const { signOut: endSession } = useSession();
  const navigate = useNavigate();
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

  useFocusOnNavigate();

  // The active framework is the app's vocabulary (levels, dimensions): load it up front.
  useFramework();

  // Signing out clears the whole query cache (the session does that), framework included.
  const signOut = useCallback(async () => {
    await endSession();
    navigate('/signin', { replace: true });
  }, [endSession, navigate]);

  const openCapture = useCallback(() => capture.open(), [capture]);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const startSignOut = useCallback(() => void signOut(), [signOut]);
  const chords = useMemo(() => chordTargets(person), [person]);
  const commands = usePaletteCommands({ person, chords, onCapture: openCapture, onShortcuts: openShortcuts, onSignOut: startSignOut });

  useGlobalShortcuts({
    togglePalette: () => setPaletteOpen((o) => !o),
    openShortcuts,
    capture: openCapture,
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
        <Topbar
          person={person}
          drawerOpen={drawerOpen}
          onOpenDrawer={() => setDrawerOpen(true)}
          onOpenPalette={() => setPaletteOpen(true)}
          onCapture={openCapture}
          onShortcuts={openShortcuts}
          onSignOut={startSignOut}
        />
        <div className={`progress ${busy ? 'progress-active' : ''}`} aria-hidden="true" />

        <main id="main" className="main" tabIndex={-1} aria-busy={busy}>
          <CaptureContext.Provider value={capture}>
            <Outlet />
          </CaptureContext.Provider>
        </main>
      </div>

      <NavDrawer person={person} open={drawerOpen} onOpenChange={setDrawerOpen} />

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
