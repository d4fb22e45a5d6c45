import { X } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { isHttpUrl } from '../../lib/evidence.js';

/** Free-text tags (teams, links): Enter or a comma adds one, Backspace removes the last. */
export function TagInput({
  id,
  values,
  onChange,
  suggestions = [],
  placeholder,
  validate,
  itemLabel,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  values: string[];
  onChange(values: string[]): void;
  suggestions?: string[];
  placeholder?: string;
  /** A message when the text cannot be added. */
  validate?(text: string): string | null;
  /** "team", "link": for the remove buttons' labels. */
  itemLabel: string;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();
  const problemId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string): boolean {
    const value = raw.trim();
    if (!value) return true;
    const message = validate?.(value) ?? null;
    if (message) {
      setProblem(message);
      return false;
    }
    setProblem(null);
    if (!values.some((v) => v.toLowerCase() === value.toLowerCase())) onChange([...values, value]);
    setText('');
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || (event.key === ',' && itemLabel !== 'link')) {
      if (text.trim() || event.key === ',') {
        event.preventDefault();
        event.stopPropagation();
        add(text);
      } else if (event.key === 'Enter') {
        // An empty tag box: let Enter do nothing rather than submit half a form.
        event.preventDefault();
      }
    } else if (event.key === 'Backspace' && !text && values.length) {
      onChange(values.slice(0, -1));
    }
  }

  const open = suggestions.filter((s) => !values.some((v) => v.toLowerCase() === s.toLowerCase()));
  return (
    <div className="tag-field">
      <div className={`tag-input ${problem || invalid ? 'tag-input-invalid' : ''}`} onClick={() => inputRef.current?.focus()}>
        {values.length > 0 && (
          <ul className="tag-list" aria-label={`Chosen ${itemLabel}s`}>
            {values.map((v) => (
              <li key={v} className="tag">
                <span className="tag-text">{v}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove ${itemLabel} ${v}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onChange(values.filter((x) => x !== v));
                  }}
                >
                  <X size={12} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          id={id}
          value={text}
          list={open.length ? listId : undefined}
          placeholder={values.length ? '' : placeholder}
          aria-describedby={[describedBy, problem ? problemId : ''].filter(Boolean).join(' ') || undefined}
          aria-invalid={problem || invalid ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(null);
            // Choosing from the datalist replaces the text in one go: add it at once.
            const native = e.nativeEvent as InputEvent;
            if (native.inputType === undefined || native.inputType === 'insertReplacementText') {
              if (open.includes(e.target.value)) add(e.target.value);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) add(text);
          }}
        />
        {open.length > 0 && (
          <datalist id={listId}>
            {open.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
      </div>
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export const validateLink = (text: string): string | null => (isHttpUrl(text) ? null : 'Use a full http or https address, such as https://github.com/acme/api/pull/42.');
