/**
 * The app's one calendar-date control (`YYYY-MM-DD`, or '' for none). It renders the
 * platform's date input, which gives a keyboard-editable field and a calendar in every
 * browser staffpath supports; pages never write `<input type="date">` themselves.
 */
import type { InputHTMLAttributes } from 'react';

export interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max'> {
  value: string;
  onChange(value: string): void;
  /** Earliest allowed day, `YYYY-MM-DD`. */
  min?: string | undefined;
  /** Latest allowed day, `YYYY-MM-DD`. */
  max?: string | undefined;
}

export function DateInput({ value, onChange, min, max, className, ...rest }: DateInputProps) {
  return (
    <input
      {...rest}
      type="date"
      className={`control-date ${className ?? ''}`.trim()}
      value={value}
      min={min || undefined}
      max={max || undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
