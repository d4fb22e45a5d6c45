import { lazy, Suspense } from 'react';

/** marked and DOMPurify load only when some Markdown is first shown. */
const Markdown = lazy(() => import('./Markdown.js'));

export function MarkdownView({ source, className, empty }: { source: string; className?: string; empty?: string }) {
  if (!source.trim()) return <p className="muted">{empty ?? 'Nothing written yet.'}</p>;
  return (
    <Suspense fallback={<div className={`prose prose-loading ${className ?? ''}`}>{source}</div>}>
      <Markdown source={source} {...(className ? { className } : {})} />
    </Suspense>
  );
}

/** Start loading the Markdown renderer ahead of need (e.g. when an editor opens). */
export function preloadMarkdown(): void {
  void import('./Markdown.js');
}
