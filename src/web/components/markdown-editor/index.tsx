/**
 * The Markdown editor (CodeMirror 6), loaded on demand: until CodeMirror has arrived a plain,
 * labelled text area holds the text, so nothing typed is lost while it loads.
 */
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './types.js';

export type { CodeEditorProps, EditorControl } from './types.js';

const CodeEditor = lazy(() => import('./CodeEditor.js'));

export function MarkdownCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <textarea
          className="code-editor-fallback"
          aria-label={props.label}
          value={props.value}
          readOnly={props.readOnly}
          onChange={(e) => props.onChange(e.target.value)}
        />
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}

/** Start loading CodeMirror ahead of need. */
export function preloadCodeEditor(): void {
  void import('./CodeEditor.js');
}
