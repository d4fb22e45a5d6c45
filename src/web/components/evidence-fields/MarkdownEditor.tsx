import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MarkdownView, preloadMarkdown } from '../MarkdownView.js';

/** A Markdown body with Write and Preview tabs. */
export function MarkdownEditor({
  id,
  value,
  onChange,
  label = 'Details',
  rows = 6,
  placeholder,
  onKeyDown,
  error,
}: {
  id?: string;
  value: string;
  onChange(value: string): void;
  label?: string;
  rows?: number;
  placeholder?: string;
  onKeyDown?(event: KeyboardEvent<HTMLTextAreaElement>): void;
  error?: string | undefined;
}) {
  const autoId = useId();
  const textId = id ?? `${autoId}-text`;
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const writeRef = useRef<HTMLButtonElement>(null);
  const previewRef = useRef<HTMLButtonElement>(null);

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = tab === 'write' ? 'preview' : 'write';
      setTab(next);
      (next === 'write' ? writeRef : previewRef).current?.focus();
    }
  }

  return (
    <div className={`field md-editor ${error ? 'field-invalid' : ''}`}>
      <div className="md-editor-head">
        <label htmlFor={textId} className="field-label" id={`${textId}-label`}>
          {label}
        </label>
        <div role="tablist" aria-label={`${label}: write or preview`} className="md-tabs">
          <button
            ref={writeRef}
            type="button"
            role="tab"
            id={`${autoId}-tab-write`}
            aria-selected={tab === 'write'}
            aria-controls={`${autoId}-panel-write`}
            tabIndex={tab === 'write' ? 0 : -1}
            className="md-tab"
            onClick={() => setTab('write')}
            onKeyDown={onTabKey}
          >
            Write
          </button>
          <button
            ref={previewRef}
            type="button"
            role="tab"
            id={`${autoId}-tab-preview`}
            aria-selected={tab === 'preview'}
            aria-controls={`${autoId}-panel-preview`}
            tabIndex={tab === 'preview' ? 0 : -1}
            className="md-tab"
            onMouseEnter={preloadMarkdown}
            onFocus={preloadMarkdown}
            onClick={() => setTab('preview')}
            onKeyDown={onTabKey}
          >
            Preview
          </button>
        </div>
      </div>
      <div role="tabpanel" id={`${autoId}-panel-write`} aria-labelledby={`${autoId}-tab-write`} hidden={tab !== 'write'}>
        <textarea
          id={textId}
          value={value}
          rows={rows}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="field-hint">Markdown: **bold**, lists with -, links as [text](https://…).</p>
      </div>
      <div role="tabpanel" id={`${autoId}-panel-preview`} aria-labelledby={`${autoId}-tab-preview`} hidden={tab !== 'preview'} className="md-preview" tabIndex={0}>
        {tab === 'preview' && <MarkdownView source={value} empty="Nothing to preview yet." />}
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
