/**
 * Leaving a document with edits the server does not have yet. Closing or reloading the tab asks
 * the browser's own question; moving elsewhere in the app first saves what is typed and goes
 * on, and asks only when that save could not happen (a conflict, a failed request).
 */
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/Dialog.js';
import type { Autosave } from './useAutosave.js';

export function useLeaveGuard(autosave: Autosave, editable: boolean) {
  const latest = useRef({ autosave, editable });
  latest.current = { autosave, editable };
  const unsaved = (): boolean => latest.current.editable && (latest.current.autosave.dirty() || latest.current.autosave.conflict !== null);

  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers need a value to show their prompt; its text is not shown.
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && unsaved());
  const asking = blocker.state === 'blocked' && autosave.save.kind !== 'saving';

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (latest.current.autosave.conflict) return;
    let live = true;
    void latest.current.autosave.flush().then(() => {
      if (live && blocker.state === 'blocked' && !unsaved()) blocker.proceed();
    });
    return () => {
      live = false;
    };
    // Once per blocked navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);

  const dialog = (
    <ConfirmDialog
      open={asking && unsaved()}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description={
        autosave.conflict
          ? 'This document changed while you were editing, and your version is not saved. Stay to keep yours or take theirs; if you leave, your edits are lost.'
          : `Your latest edits could not be saved${autosave.save.kind === 'failed' ? ` (${autosave.save.message})` : ''}. Stay to try again; if you leave, they are lost.`
      }
      confirmLabel="Leave without saving"
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed();
      }}
    />
  );
  return { dialog };
}
