import { Search, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * The page's search box: `/` focuses it (data-page-search), Escape clears it.
 * Reports changes after a short pause so each keystroke does not hit the server.
 */
export function SearchBox({
  value,
  onChange,
  label,
  placeholder,
  delay = 250,
}: {
  value: string;
  onChange(value: string): void;
  label: string;
  placeholder?: string;
  delay?: number;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Follow the value from outside (a cleared filter, Back) during render, not in an effect:
  // an effect lags one render and, with no delay, the box and the URL could undo each other.
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => onChangeRef.current(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, value, delay]);

  return (
    <div className="searchbox">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Search size={16} aria-hidden="true" className="searchbox-icon" />
      <input
        id={id}
        type="search"
        data-page-search=""
        value={text}
        placeholder={placeholder ?? label}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
            onChange('');
          } else if (e.key === 'Enter') {
            onChange(text);
          }
        }}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
      />
      <span className="searchbox-key" aria-hidden="true">
        /
      </span>
      {text && (
        <button
          type="button"
          className="icon-button searchbox-clear"
          aria-label="Clear search"
          onClick={() => {
            setText('');
            onChange('');
          }}
        >
          <X size={14} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
