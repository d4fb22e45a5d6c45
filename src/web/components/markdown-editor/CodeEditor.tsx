/**
 * CodeMirror 6 with Markdown, as one React component. This module is loaded with a dynamic
 * import() (see ./index.tsx), so CodeMirror is not in the initial bundle.
 *
 * - The editing area carries the label (`aria-label` on the content element, role textbox).
 * - Ctrl/⌘+S asks for an immediate save; Escape leaves the editor (focus moves to its frame,
 *   so Tab goes on from there).
 * - `value` is followed: a new value from outside (theirs taken, a restored revision) replaces
 *   the text; typing reports through `onChange`.
 */
import { markdown } from '@codemirror/lang-markdown';
import { EditorState, Compartment } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef } from 'react';
import type { CodeEditorProps } from './types.js';

/** The nonce the server put into this page's CSP, for CodeMirror's injected stylesheet. */
function pageNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property=csp-nonce]');
  return meta?.nonce || meta?.getAttribute('nonce') || '';
}

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '14px', height: '100%' },
  '.cm-content': { fontFamily: 'var(--font-mono, ui-monospace, monospace)', lineHeight: '1.6', caretColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2, var(--surface))', color: 'var(--text-muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--surface-hover)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { overflow: 'auto' },
});

export default function CodeEditor({ value, onChange, label, readOnly = false, onSaveNow, controller }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onSaveNow });
  latest.current = { onChange, onSaveNow };
  const editable = useRef(new Compartment());

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const frame = parent;
    const created = new EditorView({
      parent,
      state: EditorState.create({
        doc: value,
        extensions: [
          keymap.of([
            { key: 'Mod-s', preventDefault: true, run: () => (latest.current.onSaveNow?.(), true) },
            { key: 'Escape', run: () => (frame.focus(), true) },
          ]),
          EditorView.cspNonce.of(pageNonce()),
          basicSetup,
          markdown(),
          EditorView.lineWrapping,
          theme,
          editable.current.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
          // tabindex: the scroller's content is reachable by keyboard when read-only too.
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // Created once; value, readOnly and the label are followed below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const text = v.state.doc.toString();
    if (text !== value) v.dispatch({ changes: { from: 0, to: text.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]) });
  }, [readOnly]);

  useEffect(() => {
    if (!controller) return;
    controller.current = {
      goToLine(line: number) {
        const v = view.current;
        if (!v) return;
        const n = Math.min(Math.max(1, line), v.state.doc.lines);
        const at = v.state.doc.line(n).from;
        v.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        v.focus();
      },
      focus() {
        view.current?.focus();
      },
    };
    return () => {
      controller.current = null;
    };
  }, [controller]);

  return <div ref={host} className="code-editor" tabIndex={-1} data-label={label} />;
}
