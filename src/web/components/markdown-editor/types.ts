/** The editor's props and the handle a page uses to move its cursor. */
import type { RefObject } from 'react';

export interface EditorControl {
  /** Put the cursor at the start of a 1-based line, scroll it into view and focus the editor. */
  goToLine(line: number): void;
  focus(): void;
}

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  /** The accessible name of the editing area. */
  label: string;
  readOnly?: boolean;
  /** Ctrl/⌘+S inside the editor. */
  onSaveNow?(): void;
  controller?: RefObject<EditorControl | null>;
}
