/**
 * A number typed in place: the text is kept while it is not a number yet ("1.", "-"), and the
 * value is emitted once it is one (or null when the field is emptied).
 */
import { useEffect, useState } from 'react';
import { parseNumber } from './matrix-edit.js';

export interface NumberCellProps {
  value: number | null;
  label: string;
  onChange(value: number | null): void;
  min?: number;
  className?: string;
  placeholder?: string;
}

export function NumberCell({ value, label, onChange, min, className, placeholder }: NumberCellProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(value === null ? '' : String(value));
  }, [value, focused]);
  const parsed = parseNumber(text);
  const invalid = parsed === undefined || (min !== undefined && typeof parsed === 'number' && parsed < min);
  return (
    <input
      type="text"
      inputMode="decimal"
      className={`dr-num-input num ${className ?? ''}`.trim()}
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={text}
      placeholder={placeholder}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (parseNumber(text) === undefined) setText(value === null ? '' : String(value));
      }}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseNumber(e.target.value);
        if (next === undefined || (min !== undefined && next !== null && next < min)) return;
        onChange(next);
      }}
    />
  );
}
