/**
 * The review side column: Reviews, Comments, Stakeholders (W2's components from
 * components/documents) and Revisions (ours).
 *
 * PLACEHOLDER (W2): until components/documents/index.ts is merged into this branch, the three
 * review tabs say so instead of mounting ReviewPanel, CommentsPanel and DocumentStakeholders.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Document } from '../../api/types.js';
import { RevisionsPanel } from './RevisionsPanel.js';

type Tab = 'reviews' | 'comments' | 'stakeholders' | 'revisions';
const TABS: { value: Tab; label: string }[] = [
  { value: 'reviews', label: 'Reviews' },
  { value: 'comments', label: 'Comments' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'revisions', label: 'Revisions' },
];

interface Props {
  doc: Document;
  sections: string[];
  timeZone: string;
  canRestore: boolean;
  onRestore(revision: number): Promise<void>;
}

export function ReviewSide({ doc, sections, timeZone, canRestore, onRestore }: Props) {
  const [tab, setTab] = useState<Tab>('reviews');
  const id = useId();
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const at = TABS.findIndex((t) => t.value === tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.value;
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  let panel: ReactNode;
  if (tab === 'revisions') panel = <RevisionsPanel doc={doc} timeZone={timeZone} canRestore={canRestore} onRestore={onRestore} />;
  else panel = <p className="small muted">Coming with the review panels ({sections.length} sections to comment on).</p>;
  return (
    <section className="card dc-side" aria-label="Reviews, comments, stakeholders and revisions">
      <div role="tablist" aria-label="Side panels" className="md-tabs dc-side-tabs">
        {TABS.map((t) => (
          <button
            key={t.value}
            type="button"
            role="tab"
            id={`${id}-tab-${t.value}`}
            aria-selected={tab === t.value}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t.value ? 0 : -1}
            className="md-tab"
            onClick={() => setTab(t.value)}
            onKeyDown={onKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="dc-side-panel">
        {panel}
      </div>
    </section>
  );
}
