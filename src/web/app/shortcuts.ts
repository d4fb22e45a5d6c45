import { useEffect, useRef } from 'react';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return false;
}

export interface ShortcutHandlers {
  togglePalette(): void;
  openShortcuts(): void;
  /** Open quick capture (`c`). */
  capture(): void;
  chord(key: string): boolean;
}

/**
 * Global keys: Ctrl/⌘+K (palette, works everywhere), `/` (focus the page's search box),
 * `?` (shortcuts), `c` (log evidence), `g` then a letter (go to a page). Letters are ignored while typing and
 * while a dialog or menu is open.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    let chordUntil = 0;
    function onKeyDown(event: KeyboardEvent) {
      const key = event.key;
      if ((event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && key.toLowerCase() === 'k') {
        event.preventDefault();
        ref.current.togglePalette();
        return;
      }
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      if (isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="menu"]')) return;

      if (chordUntil > Date.now()) {
        chordUntil = 0;
        if (ref.current.chord(key.toLowerCase())) event.preventDefault();
        return;
      }
      if (key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-page-search]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
        return;
      }
      if (key === '?') {
        event.preventDefault();
        ref.current.openShortcuts();
        return;
      }
      if (key === 'c') {
        event.preventDefault();
        ref.current.capture();
        return;
      }
      if (key === 'g') {
        chordUntil = Date.now() + 1500;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * A single-letter key for one page (`n` for "New initiative" or "New outcome"), ignored while
 * typing and while a dialog or menu is open, like the global letters.
 */
export function usePageShortcut(key: string, run: () => void, enabled = true): void {
  const ref = useRef(run);
  ref.current = run;
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== key || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"], [role="menu"]')) return;
      event.preventDefault();
      ref.current();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}
