/**
 * One ```mermaid block of a preview, drawn as SVG. Mermaid loads on first use; a diagram that
 * cannot be read shows mermaid's message in its place (the source stays beside it), and never
 * breaks the page.
 */
import { useEffect, useState } from 'react';

type Drawn = { source: string; svg: string } | { source: string; problem: string };

export function MermaidDiagram({ source }: { source: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    import('./MermaidRender.js')
      .then(async ({ renderMermaid, mermaidProblem }) => {
        try {
          const svg = await renderMermaid(source);
          if (live) setDrawn({ source, svg });
        } catch (e) {
          if (live) setDrawn({ source, problem: mermaidProblem(e) });
        }
      })
      .catch(() => live && setDrawn({ source, problem: 'The diagram renderer could not be loaded. Check your connection and reload.' }));
    return () => {
      live = false;
    };
  }, [source]);

  if (!drawn) {
    return (
      <figure className="mermaid-figure mermaid-pending" aria-busy="true">
        <pre className="mermaid-source">{source}</pre>
        <figcaption className="small muted">Drawing the diagram…</figcaption>
      </figure>
    );
  }
  if ('problem' in drawn) {
    return (
      <figure className="mermaid-figure mermaid-error">
        <figcaption className="mermaid-problem" role="note">
          <strong>This diagram could not be drawn:</strong> {drawn.problem}
        </figcaption>
        <pre className="mermaid-source">{drawn.source}</pre>
      </figure>
    );
  }
  return (
    <figure className="mermaid-figure">
      {/* Sanitised by DOMPurify's SVG profile in MermaidRender. */}
      <div className="mermaid-svg" role="img" aria-label="Diagram" dangerouslySetInnerHTML={{ __html: drawn.svg }} />
    </figure>
  );
}
