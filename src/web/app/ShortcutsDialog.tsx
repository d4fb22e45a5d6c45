import { Kbd } from '../components/bits.js';
import { Modal } from '../components/Dialog.js';
import { modKey } from '../lib/format.js';

export interface ShortcutsDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  chords: { key: string; label: string }[];
}

export function ShortcutsDialog({ open, onOpenChange, chords }: ShortcutsDialogProps) {
  const general: [string[], string][] = [
    [[modKey, 'K'], 'Open the command palette'],
    [['c'], 'Log evidence (quick capture)'],
    [['/'], 'Search on this page'],
    [['n'], 'New initiative or outcome (on their pages)'],
    [['?'], 'Show these shortcuts'],
    [['Esc'], 'Close a dialog or menu'],
  ];
  return (
    <Modal open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" description="Letter keys work when you are not typing in a field.">
      <div className="shortcuts">
        <h3 className="shortcuts-heading">General</h3>
        <dl className="shortcut-list">
          {general.map(([keys, label]) => (
            <div key={label} className="shortcut-row">
              <dt>
                {keys.map((k, i) => (
                  <Kbd key={i}>{k}</Kbd>
                ))}
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
        <h3 className="shortcuts-heading">Go to</h3>
        <dl className="shortcut-list">
          {chords.map((c) => (
            <div key={c.key} className="shortcut-row">
              <dt>
                <Kbd>g</Kbd> <span className="muted">then</span> <Kbd>{c.key}</Kbd>
              </dt>
              <dd>{c.label}</dd>
            </div>
          ))}
        </dl>
      </div>
    </Modal>
  );
}
