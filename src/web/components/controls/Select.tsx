/**
 * The app's one single-choice control. It renders the platform's `<select>` — the most
 * accessible pick-one there is, with type-ahead and the phone's own picker — styled as the
 * kit's other controls. Pages never write `<select>` themselves (eslint enforces it), so
 * every choice looks and behaves the same.
 */
import type { SelectHTMLAttributes } from 'react';

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  disabled?: boolean;
}

export interface SelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
  /** Options grouped under headings, after the plain ones. */
  groups?: readonly { label: string; options: readonly SelectOption<V>[] }[];
}

export function Select<V extends string>({ value, options, groups, onChange, className, ...rest }: SelectProps<V>) {
  return (
    <select {...rest} className={`control-select ${className ?? ''}`.trim()} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
      {groups?.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
