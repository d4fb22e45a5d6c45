/**
 * The body: the Markdown editor beside its live preview on wide screens, Write / Preview tabs
 * on narrow ones. Read-only documents show the preview alone, with the reason.
 */
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { MarkdownCodeEditor, type EditorControl } from '../../components/markdown-editor/index.js';
import { Preview } from './Preview.js';
import { useWide } from './useWide.js';

interface Props {
  body: string;
  onChange(body: string): void;
  readOnly: boolean;
  /** Why it is read-only, when it is. */
  reason?: string;
  onSaveNow(): void;
  controller: RefObject<EditorControl | null>;
}

type Tab = 'write' | 'preview';

export function EditorPane({ body, onChange, readOnly, reason, onSaveNow, controller }: Props) {
  const wide = useWide();
  const [tab, setTab] = useState<Tab>('write');
  const id = useId();
  if (readOnly) {
    return (
      <section className="dc-pane" aria-label="Document">
        {reason && <p className="notice dc-readonly">{reason}</p>}
        <div className="dc-preview">
          <Preview body={body} />
        </div>
      </section>
    );
  }
  const editor = <MarkdownCodeEditor value={body} onChange={onChange} label="Document body (Markdown)" onSaveNow={onSaveNow} controller={controller} />;
  const preview = (
    <div className="dc-preview" aria-live="off">
      <Preview body={body} />
    </div>
  );
  if (wide) {
    return (
      <div className="dc-split">
        <section className="dc-write" aria-label="Write">
          {editor}
        </section>
        <section className="dc-show" aria-label="Preview">
          <h2 className="dc-pane-title">Preview</h2>
          {preview}
        </section>
      </div>
    );
  }
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = tab === 'write' ? 'preview' : 'write';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  const tabButton = (value: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-tab-${value}`}
      aria-selected={tab === value}
      aria-controls={`${id}-panel-${value}`}
      tabIndex={tab === value ? 0 : -1}
      className="md-tab"
      onClick={() => setTab(value)}
      onKeyDown={onKey}
    >
      {label}
    </button>
  );
  return (
    <div className="dc-tabs">
      <div role="tablist" aria-label="Write or preview" className="md-tabs">
        {tabButton('write', 'Write')}
        {tabButton('preview', 'Preview')}
      </div>
      <div role="tabpanel" id={`${id}-panel-write`} aria-labelledby={`${id}-tab-write`} hidden={tab !== 'write'} className="dc-write">
        {editor}
      </div>
      <div role="tabpanel" id={`${id}-panel-preview`} aria-labelledby={`${id}-tab-preview`} hidden={tab !== 'preview'} className="dc-show">
        {tab === 'preview' && preview}
      </div>
    </div>
  );
}
