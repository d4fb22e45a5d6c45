/**
 * The review side column: Reviews, Comments, Stakeholders (components/documents, shared by
 * every place a document is reviewed) and Revisions.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Document } from '../../api/types.js';
import { CommentsPanel, DocumentStakeholders, ReviewPanel } from '../../components/documents/index.js';
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
  else if (tab === 'reviews') panel = <ReviewPanel document={doc} />;
  else if (tab === 'comments') panel = <CommentsPanel document={doc} sections={sections} />;
  else panel = <DocumentStakeholders document={doc} />;
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
