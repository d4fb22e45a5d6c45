/**
 * The live preview: the body through the app's sanitised Markdown renderer, with each
 * ```mermaid fence drawn as a diagram (mermaid loads only when a body has one).
 */
import { useMemo } from 'react';
import { MarkdownView } from '../../components/MarkdownView.js';
import { MermaidDiagram } from '../../components/MermaidDiagram.js';
import { segmentsOf } from './headings.js';

/** Guidance comments of the templates (`<!-- … -->`) are for the writer, not the reader. */
const withoutComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '');

export function Preview({ body }: { body: string }) {
  const segments = useMemo(() => segmentsOf(withoutComments(body)), [body]);
  if (!segments.some((s) => s.text.trim())) return <p className="muted">Nothing written yet. The preview appears here as you type.</p>;
  return (
    <div className="dc-preview-body">
      {segments.map((s, i) =>
        s.kind === 'mermaid' ? <MermaidDiagram key={i} source={s.text} /> : s.text.trim() ? <MarkdownView key={i} source={s.text} /> : null,
      )}
    </div>
  );
}
