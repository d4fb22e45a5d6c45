import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client.js';
import { FormError } from './Form.js';

/*
 * Radix's <Dialog.Overlay> wraps itself in react-remove-scroll, which injects a <style>
 * element into <head>. The server's CSP (`style-src 'self'`) blocks that and the browser
 * logs a violation, so we draw our own backdrop and lock scrolling with a class instead.
 * Focus trapping, aria-hidden on the rest of the page and Escape still come from Radix.
 */

/*
 * Where focus returns when a dialog closes. Radix returns it to a <Dialog.Trigger>, but our
 * dialogs are often opened from a menu item, a shortcut or the command palette; so we
 * remember the last element focused outside menus and dialogs, and go back there.
 */
let lastFocusedOutside: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.closest('[role="dialog"], [data-radix-focus-guard]')) return;
      // Inside a menu, remember the button that opened it (Radix labels the menu by it).
      const menu = target.closest('[role="menu"]');
      if (menu) {
        const trigger = document.getElementById(menu.getAttribute('aria-labelledby') ?? '');
        if (trigger) lastFocusedOutside = trigger;
        return;
      }
      lastFocusedOutside = target;
    },
    true,
  );
}

function useScrollLock(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    const count = Number(root.dataset.scrollLocks ?? '0') + 1;
    root.dataset.scrollLocks = String(count);
    root.classList.add('scroll-locked');
    return () => {
      const left = Number(root.dataset.scrollLocks ?? '1') - 1;
      root.dataset.scrollLocks = String(left);
      if (left <= 0) root.classList.remove('scroll-locked');
    };
  }, [active]);
}

export interface ModalProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Extra class on the panel: `modal-wide`, `modal-palette`, `drawer`. */
  className?: string;
  /** Hide the title visually (still read by screen readers). */
  hideTitle?: boolean;
  showClose?: boolean;
  onOpenAutoFocus?: (event: Event) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

export function Modal({
  open,
  onOpenChange,
  title,
  description,
  children,
  className,
  hideTitle,
  showClose = true,
  onOpenAutoFocus,
  onCloseAutoFocus,
}: ModalProps) {
  useScrollLock(open);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) returnTo.current = lastFocusedOutside;
  }, [open]);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <div className="modal-backdrop" aria-hidden="true" />
        <RadixDialog.Content
          className={`modal ${className ?? ''}`}
          onEscapeKeyDown={(event) => {
            // Escape inside an open picker closes the picker, not the dialog.
            if (event.target instanceof Element && event.target.closest('.picker-panel')) event.preventDefault();
          }}
          {...(onOpenAutoFocus ? { onOpenAutoFocus } : {})}
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            event.preventDefault();
            const target = returnTo.current;
            if (target?.isConnected) target.focus({ preventScroll: true });
          }}
        >
          <div className="modal-head">
            <RadixDialog.Title className={hideTitle ? 'visually-hidden' : 'modal-title'}>{title}</RadixDialog.Title>
            {showClose && (
              <RadixDialog.Close className="icon-button" aria-label="Close">
                <X size={16} aria-hidden="true" />
              </RadixDialog.Close>
            )}
          </div>
          {description && <RadixDialog.Description className="modal-description">{description}</RadixDialog.Description>}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  /** `danger` for destructive actions. */
  tone?: 'danger' | 'primary';
  onConfirm(): Promise<void> | void;
}

/** Ask once before a destructive action; shows the server's answer if it fails. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  tone = 'danger',
  onConfirm,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal open={open} onOpenChange={(o) => !pending && onOpenChange(o)} title={title} description={description}>
      <FormError message={error} />
      <div className="modal-actions">
        <RadixDialog.Close className="btn" disabled={pending}>
          Cancel
        </RadixDialog.Close>
        <button
          type="button"
          className={`btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`}
          onClick={confirm}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

export const DialogClose = RadixDialog.Close;
